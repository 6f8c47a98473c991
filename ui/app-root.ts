/**
 * A page's #app element, once the document has it. An entry script loaded `async`
 * (wxt.config.ts) may run before the document is parsed: it starts its first read at
 * once and renders when this answers.
 */
export function appRoot(page: string, id = 'app'): Promise<HTMLElement> {
  return new Promise<HTMLElement>((resolve, reject) => {
    const found = () => {
      const root = document.getElementById(id);
      if (root === null) reject(new Error(`${page} has no #${id} element`));
      else resolve(root);
    };
    if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', found, { once: true });
    else found();
  });
}
