/**
 * YAML front matter (Jekyll, Hugo), written by the `yaml` library.
 *
 * Readers differ: Jekyll uses Ruby's Psych (YAML 1.1 plus quirks such as `:name` symbols
 * and `1,000` integers), Hugo a YAML 1.1-ish Go library, other tools YAML 1.2. So every
 * string value is written double-quoted (`defaultStringType: 'QUOTE_DOUBLE'`) and on one
 * line: `no`, `on`, `1e3`, `0o12`, `~`, `:star:` or `2024-05-25` stay strings for all of
 * them. The date is a YAML 1.1 timestamp (`date: 2024-05-25`), which all of them accept.
 */
import { Document, isSeq } from 'yaml';
import type { FrontMatterFields } from './front-matter-fields';
import { wellFormed } from './markdown-text';

export type YamlListStyle = 'block' | 'flow';

/**
 * Characters the yaml library leaves raw inside double quotes that libyaml (Psych) rejects
 * (DEL, C1 controls, BOM, U+FFFE/U+FFFF) or reads as line breaks (NEL, U+2028, U+2029).
 * The output has them only inside double-quoted scalars, where `\uXXXX` is valid YAML 1.1
 * and 1.2.
 */
const RAW_FOR_LIBYAML = /[\u007f-\u009f\u2028\u2029\ufeff\ufffe\uffff]/g;

export function renderYamlFrontMatter(fields: FrontMatterFields, keys: readonly (keyof FrontMatterFields)[], lists: YamlListStyle): string {
  const data: Record<string, unknown> = {};
  for (const key of keys) {
    const value = fields[key];
    if (value === undefined || value === '' || (Array.isArray(value) && value.length === 0)) continue;
    if (key === 'date') data[key] = new Date(`${fields.date}T00:00:00Z`);
    else if (typeof value === 'string') data[key] = wellFormed(value);
    else if (Array.isArray(value)) data[key] = value.map((item: string) => wellFormed(item));
    else data[key] = value;
  }
  const doc = new Document(data, { version: '1.1' });
  for (const key of ['tags', 'categories']) {
    const node = doc.get(key, true);
    if (isSeq(node)) node.flow = lists === 'flow';
  }
  const body = doc.toString({
    defaultStringType: 'QUOTE_DOUBLE',
    defaultKeyType: 'PLAIN',
    lineWidth: 0,
    doubleQuotedMinMultiLineLength: Number.MAX_SAFE_INTEGER,
    flowCollectionPadding: false,
  });
  const escaped = body.replace(RAW_FOR_LIBYAML, (char) => `\\u${char.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`);
  return `---\n${escaped}---\n`;
}
