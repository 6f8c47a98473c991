/**
 * For tests that render into the document: before each test an empty database and an
 * empty <div> attached to the body; after it, whatever was rendered there is unmounted
 * and the <div> removed. Call it in a describe block; it answers the current test's <div>.
 */
import { render } from 'preact';
import { afterEach, beforeEach } from 'vitest';
import { resetDatabase } from '../storage/helpers';

export function renderRootPerTest(): () => HTMLElement {
  let root: HTMLElement | undefined;
  beforeEach(async () => {
    await resetDatabase();
    root = document.createElement('div');
    document.body.append(root);
  });
  afterEach(() => {
    if (root === undefined) return;
    render(null, root);
    root.remove();
    root = undefined;
  });
  return () => {
    if (root === undefined) throw new Error('renderRootPerTest: no test is running');
    return root;
  };
}
