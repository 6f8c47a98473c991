/** Waits for Firefox to finish saving a download into the session's download folder. */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * Resolves with the name and text of the one finished download in `dir` (Firefox writes
 * `name.part` first and renames it when done), once its size has stopped changing.
 */
export async function waitForDownload(dir: string, timeout = 10_000): Promise<{ filename: string; text: string }> {
  const deadline = Date.now() + timeout;
  let last = '';
  for (;;) {
    const names = existsSync(dir) ? readdirSync(dir) : [];
    const done = names.filter((name) => !name.endsWith('.part'));
    const pending = names.some((name) => name.endsWith('.part'));
    if (done.length > 1) throw new Error(`Expected one download in ${dir}, found ${done.join(', ')}`);
    const [filename] = done;
    if (filename !== undefined && !pending) {
      const size = `${filename}:${statSync(join(dir, filename)).size}`;
      if (size === last) return { filename, text: readFileSync(join(dir, filename), 'utf8') };
      last = size;
    }
    if (Date.now() > deadline) throw new Error(`No finished download in ${dir} after ${timeout} ms (found: ${names.join(', ') || 'nothing'})`);
    await sleep(150);
  }
}
