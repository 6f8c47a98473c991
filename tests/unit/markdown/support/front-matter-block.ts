/** The front matter text between the opening fence and the next fence line, or null. */
export function frontMatterBlock(markdown: string): { fence: '---' | '+++'; text: string } | null {
  const lines = markdown.split('\n');
  const fence = lines[0];
  if (fence !== '---' && fence !== '+++') return null;
  const end = lines.indexOf(fence, 1);
  if (end < 0) throw new Error('front matter is not closed');
  return { fence, text: lines.slice(1, end).join('\n') };
}
