/**
 * The one rule for a stored link (a clip's links, a trip's URL): an http:// or https://
 * URL of at most MAX_URL_LENGTH characters; no javascript:, data: or file: URLs.
 * model/schemas.ts checks it with zod; forms check it here, without loading zod.
 */
export const MAX_URL_LENGTH = 4096;

/** Whether `value` parses as a URL whose protocol is http: or https: (length not checked). */
export function hasHttpProtocol(value: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === 'http:' || url.protocol === 'https:';
  } catch {
    return false;
  }
}

/** Whether `value` may be stored as a link. */
export function isHttpUrl(value: string): boolean {
  return value.length <= MAX_URL_LENGTH && hasHttpProtocol(value);
}
