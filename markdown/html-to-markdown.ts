/**
 * Rich HTML pasted into a notes field, as Markdown (Turndown): ATX headings, fenced code,
 * `- item` bullets, `1. item` numbers, `**strong**`, `_emphasis_`.
 *
 * Turndown parses a string with the page's DOMParser in a browser and with its bundled
 * domino in Node, so this module runs in both. Scripts, styles and other non-content
 * elements are dropped; links whose URL is not http(s) or mailto keep only their text;
 * Google Docs' whole-document `<b style="font-weight:normal">` wrapper is not bold.
 */
import TurndownService from 'turndown';

const SAFE_HREF = /^(?:https?:|mailto:)/i;

function createService(): TurndownService {
  const service = new TurndownService({
    headingStyle: 'atx',
    codeBlockStyle: 'fenced',
    bulletListMarker: '-',
    emDelimiter: '_',
    strongDelimiter: '**',
    hr: '---',
  });
  service.remove(['script', 'style', 'noscript', 'template', 'iframe', 'object', 'embed', 'head', 'meta', 'link', 'title']);
  // Turndown pads list markers to four columns (`-   item`); write `- item` / `1. item`.
  service.addRule('listItem', {
    filter: 'li',
    replacement: (content, node) => {
      const parent = node.parentNode as HTMLElement | null;
      let prefix = '- ';
      if (parent?.nodeName === 'OL') {
        const start = Number.parseInt(parent.getAttribute('start') ?? '1', 10);
        prefix = `${(Number.isNaN(start) ? 1 : start) + Array.prototype.indexOf.call(parent.children, node)}. `;
      }
      const isParagraph = /\n$/.test(content);
      const body = content.replace(/^\n+|\n+$/g, '') + (isParagraph ? '\n' : '');
      return prefix + body.replace(/\n/g, `\n${' '.repeat(prefix.length)}`) + (node.nextSibling ? '\n' : '');
    },
  });
  service.addRule('unsafeLink', {
    filter: (node) => node.nodeName === 'A' && !SAFE_HREF.test((node.getAttribute('href') ?? '').trim()),
    replacement: (content) => content,
  });
  service.addRule('notBold', {
    filter: (node) => node.nodeName === 'B' && /font-weight:\s*(?:normal|[1-4]00)\b/i.test(node.getAttribute('style') ?? ''),
    replacement: (content) => content,
  });
  return service;
}

let service: TurndownService | undefined;

export function htmlToMarkdown(html: string): string {
  service ??= createService();
  return service.turndown(html).trim();
}
