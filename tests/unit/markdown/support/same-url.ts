/**
 * Equal as URLs: both in WHATWG form, with percent-escapes of printable ASCII (other than
 * `%` itself) decoded and stray `%` encoded, since the export may percent-encode characters Markdown cares about.
 */
export function comparableUrl(url: string): string {
  let href = url;
  try {
    href = new URL(url).href;
  } catch {
    // compare as written
  }
  return href.replace(/%(?![0-9A-Fa-f]{2})/g, '%25').replace(/%(2[0-46-9A-F]|[3-7][0-9A-F])/gi, (_, hex: string) => String.fromCharCode(Number.parseInt(hex, 16)));
}

export function sameUrl(a: string, b: string): boolean {
  return comparableUrl(a) === comparableUrl(b);
}
