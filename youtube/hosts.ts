/**
 * The one list of YouTube hosts (docs/architecture.md §5): the pages the content scripts
 * run on and the only senders the background accepts a clip from. The manifest's match
 * patterns and host permissions are derived from it.
 */
export const YOUTUBE_HOSTS = ['www.youtube.com', 'm.youtube.com', 'music.youtube.com'] as const;

/** Match patterns for content scripts and host permissions (YouTube only, never <all_urls>). */
export const YOUTUBE_MATCHES = YOUTUBE_HOSTS.map((host) => `https://${host}/*` as const);

export function isYouTubeHost(hostname: string): boolean {
  return (YOUTUBE_HOSTS as readonly string[]).includes(hostname);
}
