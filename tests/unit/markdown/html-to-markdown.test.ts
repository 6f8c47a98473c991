import { describe, expect, it } from 'vitest';
import { htmlToMarkdown } from '../../../markdown/html-to-markdown';

describe('htmlToMarkdown (Turndown, in Node)', () => {
  it('writes ATX headings, fenced code, - bullets, strong and emphasis', () => {
    const html = '<h2>Take-aways</h2><p>Some <strong>bold</strong> and <em>italic</em> text.</p><ul><li>one</li><li>two</li></ul><pre><code class="language-python">print("hi")\n</code></pre>';
    expect(htmlToMarkdown(html)).toBe('## Take-aways\n\nSome **bold** and _italic_ text.\n\n- one\n- two\n\n```python\nprint("hi")\n```');
  });

  it('numbers ordered lists from their start and indents nested lists under the marker', () => {
    expect(htmlToMarkdown('<ol start="3"><li>three</li><li>four<ul><li>nested</li></ul></li></ol>')).toBe('3. three\n4. four\n   - nested');
  });

  it('keeps http(s) links and drops unsafe ones to their text', () => {
    expect(htmlToMarkdown('<a href="https://e.com/a">safe</a> <a href="javascript:alert(1)">unsafe</a>')).toBe('[safe](https://e.com/a) unsafe');
  });

  it('drops scripts and styles', () => {
    expect(htmlToMarkdown('<style>p{}</style><script>alert(1)</script><p>text</p>')).toBe('text');
  });

  it('does not bold a whole Google Docs paste', () => {
    expect(htmlToMarkdown('<b style="font-weight:normal;" id="docs-internal-guid-1"><p>Plain</p><p><span style="font-weight:700">x</span></p></b>')).toBe('Plain\n\nx');
  });

  it('escapes Markdown in plain text', () => {
    expect(htmlToMarkdown('<p>1. not a list *really*</p>')).toBe('1\\. not a list \\*really\\*');
  });
});
