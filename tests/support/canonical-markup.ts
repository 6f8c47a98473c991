/**
 * A page region's markup in a form two renderers can be compared by (the plain-DOM first
 * paints against the Preact apps): attributes in name order, the ids Preact's useId makes
 * replaced by their order of appearance (and so in every attribute that refers to one),
 * and the live state of form controls (value, checked, selected option) written out.
 */
const ID_REFERENCES = new Set(['id', 'for', 'aria-labelledby', 'aria-describedby', 'aria-controls']);

export function canonicalMarkup(root: Element): string {
  const ids = new Map<string, string>();
  const idOf = (id: string) => {
    let mapped = ids.get(id);
    if (mapped === undefined) {
      mapped = `id${ids.size}`;
      ids.set(id, mapped);
    }
    return mapped;
  };
  const view = root.ownerDocument.defaultView!;
  const walk = (node: Node): string => {
    if (node.nodeType === node.TEXT_NODE) return node.textContent ?? '';
    if (!(node instanceof view.Element)) return '';
    const attributes = [...node.attributes]
      .map((attribute) => [attribute.name, ID_REFERENCES.has(attribute.name) ? attribute.value.split(' ').map(idOf).join(' ') : attribute.value] as const)
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([name, value]) => ` ${name}="${value}"`)
      .join('');
    let state = '';
    if (node instanceof view.HTMLInputElement) state = node.type === 'checkbox' ? ` .checked=${node.checked}` : ` .value="${node.value}"`;
    if (node instanceof view.HTMLTextAreaElement || node instanceof view.HTMLSelectElement) state = ` .value="${node.value}"`;
    if (node instanceof view.HTMLTextAreaElement) return `<textarea${attributes}${state}></textarea>`;
    return `<${node.localName}${attributes}${state}>${[...node.childNodes].map(walk).join('')}</${node.localName}>`;
  };
  return [...root.childNodes].map(walk).join('');
}
