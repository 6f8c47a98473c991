import { Marked } from 'marked';
import { describe, expect, it } from 'vitest';
import { escapeMarkdownText, markdownBlock, markdownDestination, markdownLink, wellFormed } from '../../../markdown/markdown-text';
import { htmlText } from './support/html-text';

const marked = new Marked({ gfm: true, async: false });

describe('escapeMarkdownText', () => {
  it('escapes link brackets and backslashes', () => {
    expect(escapeMarkdownText('[EN] a\\b')).toBe('\\[EN\\] a\\\\b');
  });

  it('leaves ordinary punctuation alone', () => {
    expect(escapeMarkdownText("PEP 683: Immortal Objects – it's \"new\", (really)! 50% off.")).toBe("PEP 683: Immortal Objects – it's \"new\", (really)! 50% off.");
  });

  it('neutralises emphasis, code, HTML, tables, math, headings and autolinks', () => {
    expect(escapeMarkdownText('*a* _b_ `c` <d> |e| $$f$$ #g http://h www.i.com')).toBe('\\*a\\* \\_b\\_ \\`c\\` \\<d\\> \\|e\\| \\$\\$f\\$\\$ \\#g http\\://h www\\.i.com');
  });

  it('writes braces and tildes as character references (Liquid, Hugo shortcodes, strikethrough)', () => {
    expect(escapeMarkdownText('{{ x }} {% y %} ~~z~~')).toBe('&#123;&#123; x &#125;&#125; &#123;% y %&#125; &#126;&#126;z&#126;&#126;');
  });

  it('keeps a literal character reference literal, and a bare & as is', () => {
    expect(escapeMarkdownText('AT&T &amp; &#123;')).toBe('AT&T &amp;amp; &amp;\\#123;');
  });

  it('puts the text on one line, without control characters', () => {
    expect(escapeMarkdownText('  one\r\ntwo\u2028three\u0000\u007f  ')).toBe('one two three');
  });

  it('cannot start a list, a rule or a setext heading when a template puts it at the start of a line', () => {
    expect(escapeMarkdownText('- not a list')).toBe('\\- not a list');
    expect(escapeMarkdownText('+ plus')).toBe('\\+ plus');
    expect(escapeMarkdownText('---')).toBe('\\---');
    expect(escapeMarkdownText('== notes')).toBe('\\== notes');
    expect(escapeMarkdownText('1. Intro')).toBe('1\\. Intro');
    expect(escapeMarkdownText('2024) recap')).toBe('2024\\) recap');
    // Only what would start a block: these stay as typed.
    for (const text of ['-1 degrees', '3.14 is pi', 'C++ - the good parts', '+1 for Rust', 'Q&A - panel']) {
      expect(escapeMarkdownText(text)).toBe(text);
    }
    for (const title of ['- not a list', '---', '1. Intro', '2024) recap', '+ plus', '===']) {
      // Right under a line of text, where `---` and `===` would underline it as a heading.
      const html = marked.parse(`Before\n${escapeMarkdownText(title)}\n\nAfter`, { async: false });
      expect(html, title).not.toMatch(/<(?:ul|ol|li|hr|h1|h2)\b/);
      expect(htmlText(html), title).toContain(title);
    }
  });

  it('renders back to the same text', () => {
    for (const text of ['[a](b) ![c](d) \\e', '{{ x }} &amp; ~~y~~', '<script>alert(1)</script>', 'www.example.com http://x.y']) {
      expect(htmlText(marked.parseInline(escapeMarkdownText(text), { async: false }))).toBe(text);
    }
  });
});

describe('markdownDestination', () => {
  it('leaves ordinary URLs as they are', () => {
    expect(markdownDestination('https://www.youtube.com/watch?v=Ch3Bs3K4Oeo&t=7873s')).toBe('https://www.youtube.com/watch?v=Ch3Bs3K4Oeo&t=7873s');
  });

  it('percent-encodes spaces and Markdown- or template-sensitive characters', () => {
    expect(markdownDestination('https://e.com/a b/{{x}}|`y`\\z?q=<1>%')).toBe('https://e.com/a%20b/%7B%7Bx%7D%7D%7C%60y%60/z?q=%3C1%3E%25');
  });

  it('wraps URLs with parentheses or brackets in <...>', () => {
    expect(markdownDestination('https://en.wikipedia.org/wiki/Rust_(programming_language)')).toBe('<https://en.wikipedia.org/wiki/Rust_(programming_language)>');
    expect(markdownLink('Rust [lang]', 'https://e.com/a (b)')).toBe('[Rust \\[lang\\]](<https://e.com/a%20(b)>)');
  });

  it('produces links marked reads back', () => {
    const tokens = marked.lexer(markdownLink('x', 'https://e.com/a (b)/c)d'));
    expect(JSON.stringify(tokens)).toContain('"href":"https://e.com/a%20(b)/c)d"');
  });
});

describe('markdownBlock', () => {
  it('normalises line endings and trims blank edges, nothing else', () => {
    expect(markdownBlock('\n  \n    code\r\nline  \r\n\n')).toBe('    code\nline');
    expect(markdownBlock('a <br>\n- b')).toBe('a <br>\n- b');
  });
});

describe('wellFormed', () => {
  it('replaces lone surrogates only', () => {
    expect(wellFormed('a\uD800b\uDC00c🚀')).toBe('a\uFFFDb\uFFFDc🚀');
  });
});
