/**
 * The body's blocks (headings, talks), separated by blank lines, collected as they are
 * written: each run of CHUNK blocks is joined at once into one flat string, so that a
 * long export keeps a few hundred strings alive until the end, not every talk's pieces
 * (a talk's text is a tree of the strings it was built from until it is joined). Joining
 * is all the same in the end (`join('\n\n')` of the same blocks); at 50,000 talks it
 * keeps the garbage collector's work per talk what it is at 10,000 (bench/README.md).
 * Empty blocks are left out.
 */
const CHUNK = 256;
const SEPARATOR = '\n\n';

export class Blocks {
  private readonly joined: string[] = [];
  private open: string[] = [];

  push(block: string): void {
    if (block === '') return;
    this.open.push(block);
    if (this.open.length >= CHUNK) {
      this.joined.push(this.open.join(SEPARATOR));
      this.open = [];
    }
  }

  /** The blocks so far, as fewer, longer blocks: joined with blank lines they read the same. */
  toArray(): string[] {
    return this.open.length === 0 ? [...this.joined] : [...this.joined, this.open.join(SEPARATOR)];
  }
}
