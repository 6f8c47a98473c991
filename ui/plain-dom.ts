/**
 * What the plain-DOM first paints (the popup's and the report page's) are built with,
 * before Preact is loaded: an element maker that only ever puts text in as text, and the
 * inert, busy state a painted region keeps until its app has rendered over it.
 */

export type Attributes = Readonly<Record<string, string>>;

/** Makes `<tag attributes…>children…</tag>`; a string child is a text node, never markup. */
export type MakeElement = (tag: string, attributes?: Attributes, ...children: (Node | string)[]) => HTMLElement;

export function elementMaker(doc: Document): MakeElement {
  return (tag, attributes = {}, ...children) => {
    const element = doc.createElement(tag);
    for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
    for (const child of children) element.append(typeof child === 'string' ? doc.createTextNode(child) : child);
    return element;
  };
}

/**
 * Replaces `root`'s content with `painted`, inert and `aria-busy` until the app takes
 * over: it looks finished and is read as busy, and a click or a key on it does nothing
 * (no action is queued to fire later, when the row may have changed).
 */
export function showFirstPaint(root: HTMLElement, painted: Node): void {
  root.setAttribute('inert', '');
  root.setAttribute('aria-busy', 'true');
  root.replaceChildren(painted);
}

/** The app has taken over `root`: it is live again. */
export function endFirstPaint(root: HTMLElement): void {
  root.removeAttribute('inert');
  root.removeAttribute('aria-busy');
}
