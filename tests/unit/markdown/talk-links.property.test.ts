/**
 * Property: in any export, every talk's video link and every extra link parse (marked.lexer)
 * as Markdown links to the right URL, and talk titles survive as text — whatever the
 * titles, speakers, labels and URLs hold (brackets, backslashes, spaces, parentheses…).
 */
import fc from 'fast-check';
import { Marked, Parser } from 'marked';
import type { Token, Tokens } from 'marked';
import { describe, expect, it } from 'vitest';
import { resolveExportOptions } from '../../../markdown/export-options';
import { talkTitle } from '../../../markdown/layouts/talk-parts';
import { stripFrontMatter } from '../../../markdown/preview';
import { renderReport } from '../../../markdown/render-report';
import { talkUrl } from '../../../markdown/talk-link';
import { clipsArbitrary, flavourArbitrary, layoutArbitrary, linkStyleArbitrary, tripArbitrary } from './support/arbitraries';
import { htmlText } from './support/html-text';
import { sameUrl } from './support/same-url';

const marked = new Marked({ gfm: true, async: false });

function walk(tokens: readonly Token[], visit: (token: Token) => void): void {
  for (const token of tokens) {
    visit(token);
    if ('tokens' in token && Array.isArray(token.tokens)) walk(token.tokens as Token[], visit);
    if (token.type === 'list') walk((token as Tokens.List).items, visit);
    if (token.type === 'table') {
      const table = token as Tokens.Table;
      for (const cell of [...table.header, ...table.rows.flat()]) walk(cell.tokens, visit);
    }
  }
}

/** Title text as the export must show it: control characters dropped, line breaks as spaces, trimmed. */
function shownText(text: string): string {
  return text
    // eslint-disable-next-line no-control-regex -- matching control characters is the point
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/g, '')
    .replace(/\s*[\r\n\u2028\u2029]+\s*/g, ' ')
    .trim();
}

/** Hundreds of runs; generous so that a loaded CI machine does not time them out. */
const PROPERTY_TIMEOUT_MS = 120_000;

describe('talk links in the export', () => {
  it('every talk and extra link parses as a Markdown link to its URL', () => {
    fc.assert(
      fc.property(tripArbitrary(), clipsArbitrary, flavourArbitrary, layoutArbitrary, linkStyleArbitrary, (trip, clips, frontMatter, layout, linkStyle) => {
        const options = resolveExportOptions({ frontMatter, layout, linkStyle }, '2024-05-25');
        const body = stripFrontMatter(renderReport(trip, clips, options).markdown);
        const links: Tokens.Link[] = [];
        const headings: string[] = [];
        walk(marked.lexer(body), (token) => {
          if (token.type === 'link') links.push(token as Tokens.Link);
          if (token.type === 'heading') headings.push(htmlText(marked.parser([token])).trim());
        });
        for (const clip of clips) {
          const url = talkUrl(clip, linkStyle);
          const videoLinks = links.filter((link) => link.href === url);
          expect(videoLinks.length, `${url} in ${body}`).toBeGreaterThanOrEqual(1);
          if (layout === 'rating') {
            // The link's own inline tokens, rendered: its `text` is half-unescaped source and
            // would not re-parse as the same text (a title `![` gives `\![`).
            const texts = videoLinks.map((link) => htmlText(Parser.parseInline(link.tokens)));
            expect(texts).toContain(shownText(talkTitle(clip)));
          } else {
            expect(headings.some((heading) => heading.includes(shownText(talkTitle(clip)))), talkTitle(clip)).toBe(true);
          }
          for (const extra of clip.links) {
            expect(
              links.some((link) => sameUrl(link.href, extra.url)),
              `${extra.url} in ${JSON.stringify(links.map((link) => link.href))} in ${body}`,
            ).toBe(true);
          }
        }
      }),
      { numRuns: 300 },
    );
  }, PROPERTY_TIMEOUT_MS);
});
