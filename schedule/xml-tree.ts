/**
 * XML text → a small tree of elements, for the schedule.xml reader. The XML itself is
 * read by saxes, a strict (well-formedness-checking) XML parser that runs the same in
 * Node, on extension pages and in a service worker (which has no DOMParser). Entities
 * declared in a DTD are not expanded. Pure.
 */
import { SaxesParser } from 'saxes';

export interface XmlElement {
  name: string;
  attributes: Record<string, string>;
  children: XmlElement[];
  /** The element's own text (not its children's), trimmed. */
  text: string;
  /** 1-based line of its start tag, for messages. */
  line: number;
}

export class XmlSyntaxError extends Error {
  override name = 'XmlSyntaxError';
  constructor(
    readonly line: number,
    readonly column: number,
    readonly reason: string,
    /** Whether the parser had read the whole text: a file cut short. */
    readonly atEnd = false,
  ) {
    super(`line ${line}, column ${column}: ${reason}`);
  }
}

const MAX_DEPTH = 64;

/** The document's root element. Throws XmlSyntaxError (with line and column) for XML that is not well formed. */
export function parseXmlTree(text: string): XmlElement {
  const parser = new SaxesParser({ xmlns: false, position: true });
  const stack: XmlElement[] = [];
  const texts: string[][] = [];
  let root: XmlElement | undefined;
  let failure: XmlSyntaxError | undefined;

  /** True once all the text is read: an error then means the file was cut short. */
  let closing = false;
  parser.on('error', (error) => {
    // saxes prefixes "line:column: "; keep only the reason, and say the position ourselves (1-based column).
    failure ??= new XmlSyntaxError(parser.line, parser.column + 1, error.message.replace(/^\d+:\d+: /, ''), closing);
  });
  parser.on('opentag', (tag) => {
    if (failure) return;
    if (stack.length >= MAX_DEPTH) {
      failure = new XmlSyntaxError(parser.line, parser.column + 1, `elements nested more than ${MAX_DEPTH} deep`);
      return;
    }
    const attributes: Record<string, string> = {};
    for (const [name, value] of Object.entries(tag.attributes)) attributes[name] = String(value);
    const element: XmlElement = { name: tag.name, attributes, children: [], text: '', line: parser.line };
    stack.at(-1)?.children.push(element);
    stack.push(element);
    texts.push([]);
    root ??= element;
  });
  const addText = (chunk: string) => {
    texts.at(-1)?.push(chunk);
  };
  parser.on('text', addText);
  parser.on('cdata', addText);
  parser.on('closetag', () => {
    const element = stack.pop();
    const parts = texts.pop();
    if (element && parts) element.text = parts.join('').trim();
  });

  try {
    parser.write(text);
    closing = true;
    parser.close();
  } catch (error) {
    failure ??= new XmlSyntaxError(parser.line, parser.column + 1, error instanceof Error ? error.message : String(error), closing);
  }
  if (failure) throw failure;
  if (!root) throw new XmlSyntaxError(1, 1, 'no element');
  return root;
}

export function childNamed(element: XmlElement | undefined, name: string): XmlElement | undefined {
  return element?.children.find((child) => child.name === name);
}

export function childrenNamed(element: XmlElement | undefined, name: string): XmlElement[] {
  return element ? element.children.filter((child) => child.name === name) : [];
}

/** The text of the first child with that name, '' when there is none. */
export function childText(element: XmlElement | undefined, name: string): string {
  return childNamed(element, name)?.text ?? '';
}
