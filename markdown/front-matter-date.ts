/**
 * Dates in front matter, kept as they were written: a date (`2024-05-25`), a local
 * date-time (`2024-05-25T10:00:00`) or a date-time with an offset
 * (`2024-10-06T21:54:45+01:00`). A `FrontMatterDate` is a smol-toml `TomlDate` (so TOML
 * writes it as a TOML date or date-time) whose text drops zero milliseconds; the YAML
 * writer and reader use `YAML_TIMESTAMP_TAG`, which keeps the offset as written instead of
 * turning every time into UTC.
 */
import { TomlDate } from 'smol-toml';
import type { ScalarTag } from 'yaml';

export class FrontMatterDate extends TomlDate {
  override toISOString(): string {
    return super.toISOString().replace(/\.000(?=$|[Zz+-])/, '');
  }
}

/** YAML 1.1 timestamps: `2024-5-25`, `2024-05-25 10:00:00 +1`, `2024-05-25T10:00:00.5Z`… */
const YAML_TIMESTAMP =
  /^(\d{4})-(\d{1,2})-(\d{1,2})(?:(?:[Tt]|[ \t]+)(\d{1,2}):(\d{2}):(\d{2})(\.\d+)?(?:[ \t]*(Z|z|[-+]\d{1,2}(?::?\d{2})?))?)?$/;

const pad2 = (digits: string): string => digits.padStart(2, '0');

function rfc3339Offset(zone: string): string {
  if (zone === 'Z' || zone === 'z') return 'Z';
  const match = /^([-+])(\d{1,2})(?::?(\d{2}))?$/.exec(zone);
  if (match === null) return zone;
  return `${match[1]}${pad2(match[2] ?? '0')}:${match[3] ?? '00'}`;
}

/** A YAML 1.1 timestamp as a FrontMatterDate; undefined when `text` is none (or no real date). */
export function parseFrontMatterDate(text: string): FrontMatterDate | undefined {
  const match = YAML_TIMESTAMP.exec(text.trim());
  if (match === null) return undefined;
  const [, year = '', month = '', day = '', hour, minute = '', second = '', fraction = '', zone] = match;
  const date = `${year}-${pad2(month)}-${pad2(day)}`;
  const rfc3339 = hour === undefined ? date : `${date}T${pad2(hour)}:${minute}:${second}${fraction}${zone === undefined ? '' : rfc3339Offset(zone)}`;
  try {
    const parsed = new FrontMatterDate(rfc3339);
    return Number.isNaN(parsed.getTime()) ? undefined : parsed;
  } catch {
    return undefined;
  }
}

/** The yaml library's timestamp tag, reading into and writing from FrontMatterDate (any Date written as ISO). */
export const YAML_TIMESTAMP_TAG: ScalarTag = {
  identify: (value) => value instanceof Date,
  default: true,
  tag: 'tag:yaml.org,2002:timestamp',
  test: YAML_TIMESTAMP,
  resolve: (text) => parseFrontMatterDate(text) ?? text,
  stringify: ({ value }) => (value instanceof TomlDate ? value.toISOString() : value instanceof Date ? value.toISOString() : String(value)),
};
