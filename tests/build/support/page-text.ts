/** Reading built HTML pages back: visible text, link targets, base64 meta values. */
const NAMED: Readonly<Record<string, string>> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ',
  rsquo: "'", lsquo: "'", sbquo: "'", rdquo: '"', ldquo: '"', bdquo: '"',
};

export function decodeEntities(html: string): string {
  return html.replace(/&(#[0-9]+|#[xX][0-9a-fA-F]+|[A-Za-z]+);/g, (whole, name: string) => {
    if (/^#x/i.test(name)) return String.fromCodePoint(Number.parseInt(name.slice(2), 16));
    if (name.startsWith('#')) return String.fromCodePoint(Number.parseInt(name.slice(1), 10));
    return NAMED[name] ?? whole;
  });
}

/**
 * Text as a reader sees it, made comparable: typographic quotes (Hugo's and kramdown's
 * "smart quotes") as ASCII quotes, white space runs as one space.
 */
export function comparable(text: string): string {
  return text
    .replace(/[\u2018\u2019\u201a]/g, "'")
    .replace(/[\u201c\u201d\u201e]/g, '"')
    .replace(/\s+/g, ' ')
    .trim();
}

export function visibleText(html: string): string {
  const body = html.replace(/^[\s\S]*?<main>/, '').replace(/<\/main>[\s\S]*$/, '');
  return comparable(decodeEntities(body.replace(/<[^>]*>/g, '')));
}

export function hrefs(html: string): string[] {
  return [...html.matchAll(/href="([^"]*)"/g)].map((match) => decodeEntities(match[1] ?? ''));
}

export function metaBase64(html: string, name: string): string {
  const match = new RegExp(`<meta name="${name}" content="([^"]*)">`).exec(html);
  if (match === null) throw new Error(`no meta ${name}`);
  return Buffer.from(decodeEntities(match[1] ?? ''), 'base64').toString('utf8');
}

export function metaContent(html: string, name: string): string {
  const match = new RegExp(`<meta name="${name}" content="([^"]*)">`).exec(html);
  if (match === null) throw new Error(`no meta ${name}`);
  return decodeEntities(match[1] ?? '');
}
