/**
 * YAML front matter (Jekyll, Hugo), written by the `yaml` library.
 *
 * Readers differ: Jekyll uses Ruby's Psych (YAML 1.1 plus quirks such as `:name` symbols
 * and `1,000` integers), Hugo a YAML 1.1-ish Go library, other tools YAML 1.2. So every
 * string value is written double-quoted (`defaultStringType: 'QUOTE_DOUBLE'`) and on one
 * line: `no`, `on`, `1e3`, `0o12`, `~`, `:star:` or `2024-05-25` stay strings for all of
 * them. Dates are YAML 1.1 timestamps as written (`date: 2024-05-25`,
 * `date: 2024-10-06T21:54:45+01:00`), which all of them accept. Lists of plain values are
 * written in the flavour's list style; lists holding mappings always as blocks.
 */
import { Document, isScalar, visit } from 'yaml';
import type { FrontMatterEntries } from './extra-front-matter';
import { frontMatterTags } from './extra-front-matter';

export type YamlListStyle = 'block' | 'flow';

/**
 * Characters the yaml library leaves raw inside double quotes that libyaml (Psych) rejects
 * (DEL, C1 controls, BOM, U+FFFE/U+FFFF) or reads as line breaks (NEL, U+2028, U+2029).
 * The output has them only inside double-quoted scalars, where `\uXXXX` is valid YAML 1.1
 * and 1.2.
 */
const RAW_FOR_LIBYAML = /[\u007f-\u009f\u2028\u2029\ufeff\ufffe\uffff]/g;

export function renderYamlFrontMatter(entries: FrontMatterEntries, lists: YamlListStyle): string {
  const doc = new Document(Object.fromEntries(entries), { version: '1.1', customTags: frontMatterTags });
  visit(doc, {
    Seq(_key, node) {
      node.flow = lists === 'flow' && node.items.every((item) => isScalar(item));
    },
    Map(_key, node) {
      if (node !== doc.contents) node.flow = false;
    },
  });
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
