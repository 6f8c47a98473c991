/**
 * Turning plain text and URLs into Markdown that means the same thing to every reader the
 * export targets: CommonMark/GFM (marked, Hugo's Goldmark) and kramdown with Liquid in
 * front of it (Jekyll).
 *
 * Only characters both families accept as backslash escapes are escaped with a backslash;
 * the few that kramdown cannot escape, or that Liquid and Hugo shortcodes read before
 * Markdown does (`{` `}`), are written as numeric character references.
 */

/**
 * Characters that may need escaping. Most are escaped with a backslash wherever they are
 * (all of these are escapable in CommonMark and kramdown); a few only where they would
 * start something:
 * - `!` before `[` (an image);
 * - `(` after `]` (some parsers, marked included, read a link even when the `]` is escaped);
 * - the `:` of `://` and the `.` of a leading `www.` (GFM autolinks, which would swallow
 *   the rest of a link's text);
 * - `&` that would start a character reference (`&amp;`, `&#123;`), written `&amp;`.
 * `{` `}` (Liquid, Hugo shortcodes, kramdown attribute lists) and `~` (strikethrough) are
 * written as numeric character references, since kramdown cannot backslash-escape `~` and
 * Liquid reads `\{%` as a tag.
 */
const SPECIAL = /[\\`*_[\]<>#|$!(:.&{}~]/g;
const ENTITY_BODY = /^(?:#[0-9]{1,7};|#[xX][0-9a-fA-F]{1,6};|[A-Za-z][A-Za-z0-9]{1,31};)/;
const WWW_BEFORE = /(?:^|[^\p{L}\p{N}_])www$/iu;
const LINE_BREAK = /[\r\n\u2028\u2029]/;
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL_OR_BREAK = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/;
const LINE_BREAKS = /\s*[\r\n\u2028\u2029]+\s*/g;
/**
 * What would start a block if the text began a line (a custom template may put a title
 * there): a list bullet (`- `, `+ `), a rule or setext underline (`---`, `==`), or an
 * ordered list item (`1. `, `1) `). Its one marking character is escaped; `-1`, `3.14` and
 * these characters elsewhere in a line are ordinary text and left as they are.
 */
const BLOCK_START = /^(?:([-+=])(?:\s|$|\1)|\d{1,9}[.)](?:\s|$))/;
/** Invisible control characters (C0 except tab and line breaks, DEL, C1): dropped from plain text. */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROLS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/g;

function escapeSpecial(char: string, offset: number, text: string): string {
  switch (char) {
    case '{':
      return '&#123;';
    case '}':
      return '&#125;';
    case '~':
      return '&#126;';
    case '!':
      return text[offset + 1] === '[' ? '\\!' : char;
    case '(':
      return text[offset - 1] === ']' ? '\\(' : char;
    case ':':
      return text.startsWith('//', offset + 1) ? '\\:' : char;
    case '.':
      return WWW_BEFORE.test(text.slice(Math.max(0, offset - 4), offset)) ? '\\.' : char;
    case '&':
      return ENTITY_BODY.test(text.slice(offset + 1, offset + 42)) ? '&amp;' : char;
    default:
      return `\\${char}`;
  }
}

/**
 * Longest plain text written as one heading, link text, label or name, in characters: the
 * model's bound for a talk title, the longest of its inline texts (docs/architecture.md
 * §4). Text from YouTube, a schedule or a backup is bounded when it is stored; this cap
 * holds wherever it is written, whatever the caller passed.
 */
export const INLINE_TEXT_MAX = 1000;

/** The end that marks a text cut at its cap. */
export const CUT_MARK = '…';

const HIGH_SURROGATE = /[\uD800-\uDBFF]$/;

/**
 * `text` if it has at most `max` characters (UTF-16 code units), else its first ones and
 * `…`, `max` in all, never splitting a surrogate pair.
 */
export function capText(text: string, max: number): string {
  if (text.length <= max) return text;
  let head = text.slice(0, Math.max(0, max - CUT_MARK.length));
  if (HIGH_SURROGATE.test(head)) head = head.slice(0, -1);
  return `${head.trimEnd()}${CUT_MARK}`;
}

/**
 * Plain text (a title, a speaker, a link label) as inline Markdown that renders as exactly
 * that text. Line breaks become spaces, control characters go and the ends are trimmed:
 * the text must fit in a heading or a link. Capped at INLINE_TEXT_MAX characters before
 * it is escaped. One pass over the text, and a look at its start, so that it cannot open a
 * list or a rule at the start of a line. (One parameter only: callers map lists with it.)
 */
export function escapeMarkdownText(text: string): string {
  let plain = text;
  if (CONTROL_OR_BREAK.test(plain)) {
    plain = plain.replace(CONTROLS, '');
    if (LINE_BREAK.test(plain)) plain = plain.replace(LINE_BREAKS, ' ');
  }
  const escaped = capText(plain.trim(), INLINE_TEXT_MAX).replace(SPECIAL, escapeSpecial);
  return BLOCK_START.test(escaped) ? escapeBlockStart(escaped) : escaped;
}

/** `- a` -> `\- a`, `1. a` -> `1\. a`: the text can no longer start a list or a rule. */
function escapeBlockStart(text: string): string {
  const marker = /^\d+/.exec(text)?.[0].length ?? 0;
  return `${text.slice(0, marker)}\\${text.slice(marker)}`;
}

/**
 * Characters left as they are in a link destination once the URL is in WHATWG form: RFC
 * 3986's unreserved and reserved characters and `%`. The rest (`|`, `\\`, `^`, `` ` ``,
 * `{`, `}` and anything the URL serializer leaves raw in a query) is percent-encoded,
 * which leaves the URL meaning the same.
 */
const NOT_URL_SAFE = /[^A-Za-z0-9\-._~:/?#[\]@!$&'()*+,;=%]+/gu;

/** A `%` that does not start a percent-escape: written `%25`, as CommonMark renderers do. */
const STRAY_PERCENT = /%(?![0-9A-Fa-f]{2})/g;

/** The URL serialized by the WHATWG URL parser (punycode host, spaces and quotes encoded). */
function serializedUrl(url: string): string {
  try {
    return new URL(url).href;
  } catch {
    return url;
  }
}

/**
 * A URL as a Markdown link destination: serialized, Markdown- and template-sensitive
 * characters and stray `%` percent-encoded, and written in `<...>` when it has parentheses or brackets,
 * which every target then reads whole.
 */
export function markdownDestination(url: string): string {
  const encoded = serializedUrl(wellFormed(url))
    .replace(NOT_URL_SAFE, (run) => encodeURIComponent(run))
    .replace(STRAY_PERCENT, '%25');
  return /[()[\]]/.test(encoded) ? `<${encoded}>` : encoded;
}

/** `[text](url)` with the text escaped and the URL made a safe destination. */
export function markdownLink(text: string, url: string): string {
  return `[${escapeMarkdownText(text)}](${markdownDestination(url)})`;
}

/**
 * User Markdown (intro, outro, notes) ready to be placed between blank lines: line
 * endings become `\n`, leading blank lines and trailing white space go; nothing else
 * changes.
 */
export function markdownBlock(markdown: string): string {
  return markdown
    .replace(/\r\n?/g, '\n')
    .replace(/^(?:[ \t]*\n)+/, '')
    .trimEnd();
}

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Replaces unpaired UTF-16 surrogates (which no UTF-8 file can hold) with U+FFFD. */
export function wellFormed(text: string): string {
  return text.isWellFormed() ? text : text.replace(LONE_SURROGATE, '\uFFFD');
}
