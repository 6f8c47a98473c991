import { describe, expect, it, vi } from 'vitest';
import { createPreviewRenderer, stripFrontMatter } from '../../../markdown/preview';

describe('preview', () => {
  it('strips YAML and TOML front matter, nothing else', () => {
    expect(stripFrontMatter('---\ntitle: "x"\n---\n\n# Body\n')).toBe('# Body\n');
    expect(stripFrontMatter('+++\ntitle = "x"\n+++\nBody')).toBe('Body');
    expect(stripFrontMatter('# Body\n\n---\n')).toBe('# Body\n\n---\n');
    expect(stripFrontMatter('---\nunclosed')).toBe('---\nunclosed');
  });

  it('renders Markdown with marked and hands the HTML to the injected sanitizer', () => {
    const sanitize = vi.fn((html: string) => html.replace(/<script[\s\S]*?<\/script>/g, ''));
    const render = createPreviewRenderer({ sanitize, addHook: vi.fn() });
    const html = render('---\ntitle: "Secret"\n---\n\n## Talk\n\n[video](https://youtu.be/x?t=1)\n\n<script>alert(1)</script>\n');
    expect(sanitize).toHaveBeenCalledOnce();
    expect(html).toContain('<h2>Talk</h2>');
    expect(html).toContain('<a href="https://youtu.be/x?t=1">video</a>');
    expect(html).not.toContain('Secret');
    expect(html).not.toContain('<script>');
  });

  it('shows emoji shortcodes as the emoji the blog shows, except in code', () => {
    const render = createPreviewRenderer({ sanitize: (html) => html, addHook: vi.fn() });
    const html = render('### :eyes: **Also watched**\n\n:star: Great, see `:star:` and :not_an_emoji:\n\n```\n:heart:\n```\n');
    expect(html).toContain('<h3>👀 <strong>Also watched</strong></h3>');
    expect(html).toContain('⭐ Great, see <code>:star:</code> and :not_an_emoji:');
    expect(html).toContain('<code>:heart:\n</code>');
  });
});
