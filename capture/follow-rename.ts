/**
 * The content script's end of `clipRenamed` (docs/architecture.md §3, §9): which messages
 * it may act on (who sent them, what shape) and which video the page shows now. Zod-free,
 * like the rest of the content script. The sentence itself is `describeRenamedClip`
 * (capture/describe-result.ts).
 */
import type { ClipRenamed } from '../messaging/protocol';
import { parseVideoId } from '../youtube/url';

/**
 * Checks a `clipRenamed` message's data before the content script acts on it: the ids
 * are compared with the announced clip's (describeRenamedClip), so only the title needs
 * more: text, not blank, no longer than a stored title (model/schemas.ts shortText).
 */
export function isClipRenamed(value: unknown): value is ClipRenamed {
  const title = typeof value === 'object' && value !== null ? (value as { title?: unknown }).title : undefined;
  return typeof title === 'string' && title.trim() !== '' && title.length <= 1000;
}

/** The parts of runtime.MessageSender we rely on. */
export interface RenameSender {
  id?: string;
  tab?: unknown;
}

/**
 * A runtime message from this extension's own pages or background, not from a tab (a
 * content script); a web page cannot send runtime messages at all, and its DOM events
 * never reach this path.
 */
export function isFromExtension(sender: RenameSender | undefined, extensionId: string): boolean {
  return sender?.id === extensionId && sender.tab === undefined;
}

/** The video the page shows: the URL's, else (a channel's /live page) the watch page's own. */
export function pageVideoId(doc: Document, href: string): string | null {
  return parseVideoId(href) ?? doc.querySelector('ytd-watch-flexy')?.getAttribute('video-id') ?? null;
}
