/**
 * The README's pictures come from e2e specs. A spec checks on every run what its picture
 * shows, but writes the file in docs/ only when asked with UPDATE_DOCS_SCREENSHOT=1, so a
 * test run leaves the working tree as it found it.
 */
import { writeFileSync } from 'node:fs';

export const updatesDocsScreenshots = (): boolean => process.env.UPDATE_DOCS_SCREENSHOT === '1';

export function writeDocsScreenshot(path: `docs/${string}.png`, png: Buffer): void {
  if (updatesDocsScreenshots()) writeFileSync(path, png);
}
