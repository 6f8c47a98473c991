/**
 * Getting a schedule's text into the report page: from a file the user picked, or from a
 * URL (pretalx, Sessionize, iCal) after asking for access to that one origin. The text
 * is then parsed by pure code (schedule/parse.ts).
 *
 * The extension has no host access beyond YouTube at install; `optional_host_permissions`
 * (wxt.config.ts) lets it ask for one schedule host at the moment the user presses Load.
 * permissions.request must be called inside that click, before anything is awaited.
 */
import { browser } from 'wxt/browser';

/** Larger than any real schedule (FOSDEM's XML is 1.6 MB); the parser refuses bigger text too. */
export const MAX_SCHEDULE_BYTES = 20 * 1024 * 1024;
const LOAD_TIMEOUT_MS = 30_000;

/** A schedule that could not be read or fetched; `message` is a sentence for the user. */
export class ScheduleSourceError extends Error {
  override name = 'ScheduleSourceError';
}

export async function readScheduleFile(file: File): Promise<{ text: string; fileName: string }> {
  if (file.size > MAX_SCHEDULE_BYTES) {
    throw new ScheduleSourceError(`${file.name}: the file is larger than 20 MB, more than any conference schedule; nothing was imported.`);
  }
  try {
    return { text: await file.text(), fileName: file.name };
  } catch {
    throw new ScheduleSourceError(`${file.name}: the file could not be read; nothing was imported.`);
  }
}

/**
 * The URL typed into Schedule URL, if it is an https URL: the extension pages' CSP
 * (wxt.config.ts, docs/architecture.md §13) lets them connect to https origins only.
 */
export function scheduleUrl(typed: string): URL | undefined {
  try {
    const url = new URL(typed.trim());
    return url.protocol === 'https:' ? url : undefined;
  } catch {
    return undefined;
  }
}

/** The match pattern of one origin: `https://pretalx.com/*`. */
export function originPattern(url: URL): string {
  return `${url.protocol}//${url.hostname}/*`;
}

/**
 * Asks for access to the URL's origin. Call it synchronously from the click handler (the
 * browser only shows the prompt for a user gesture). Resolves false when refused.
 */
export function requestOriginAccess(url: URL): Promise<boolean> {
  return browser.permissions.request({ origins: [originPattern(url)] });
}

/** The last part of the URL's path (`schedule.json`), a hint to the format. */
export function fileNameOfUrl(url: URL): string {
  const last = url.pathname.split('/').filter(Boolean).pop();
  return last !== undefined && last !== '' ? decodeURIComponent(last).slice(0, 200) : url.hostname;
}

/** Reads a response body as text, refusing more than `maxBytes`. */
async function boundedText(response: Response, maxBytes: number, source: string): Promise<string> {
  const declared = Number(response.headers.get('content-length'));
  if (Number.isFinite(declared) && declared > maxBytes) throw tooLarge(source);
  if (response.body === null) return '';
  const reader = response.body.getReader();
  const decoder = new TextDecoder();
  let text = '';
  let bytes = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    bytes += value.byteLength;
    if (bytes > maxBytes) {
      await reader.cancel();
      throw tooLarge(source);
    }
    text += decoder.decode(value, { stream: true });
  }
  return text + decoder.decode();
}

function tooLarge(source: string): ScheduleSourceError {
  return new ScheduleSourceError(`${source}: the schedule is larger than 20 MB, more than any conference schedule; nothing was imported.`);
}

/** Fetches the schedule at `url` (access to its origin already granted). */
export async function fetchSchedule(url: URL): Promise<{ text: string; fileName: string }> {
  const fileName = fileNameOfUrl(url);
  let response: Response;
  try {
    response = await fetch(url.href, { credentials: 'omit', redirect: 'follow', signal: AbortSignal.timeout(LOAD_TIMEOUT_MS) });
  } catch {
    throw new ScheduleSourceError(`${url.hostname} could not be reached, so nothing was loaded. Check the URL and your connection, or import the file instead.`);
  }
  if (!response.ok) {
    throw new ScheduleSourceError(`${url.hostname} answered ${response.status} for this URL, so nothing was loaded. Check the Schedule URL.`);
  }
  return { text: await boundedText(response, MAX_SCHEDULE_BYTES, fileName), fileName };
}
