/**
 * Keeps the Clip talk button in place without any timer (docs/architecture.md §9): one
 * MutationObserver calls `place` again when YouTube's re-rendering took the button out of
 * the page, while the button floats for want of its anchor under the player (the anchor
 * may render after us), and when the `dark` attribute on <html> (YouTube's theme) changes.
 * Every other mutation batch costs one `isConnected` check and one attribute read.
 */
export function keepPlaced(doc: Document, host: HTMLElement, place: () => void): MutationObserver {
  const observer = new MutationObserver((records) => {
    if (!host.isConnected || host.hasAttribute('data-floating') || records.some((record) => record.attributeName !== null)) place();
  });
  observer.observe(doc.documentElement, { attributeFilter: ['dark'] });
  observer.observe(doc.body, { childList: true, subtree: true });
  return observer;
}
