/**
 * Figures: a named measurement repeated after a warm-up, summarised by median, min and
 * max, with the budget it is judged against (docs/architecture.md §7), when there is one.
 */
export interface Budget {
  /** The figure passes when its median is at most this. */
  max: number;
  /** Where the budget comes from, e.g. "docs/architecture.md §7". */
  source: string;
}

export interface Figure {
  /** Group in the printed table, e.g. "Bundle size", "Capture". */
  group: string;
  name: string;
  unit: 'ms' | 'KB' | 'count';
  samples: number[];
  median: number;
  min: number;
  max: number;
  budget?: Budget;
  /** true / false when there is a budget; undefined otherwise. */
  withinBudget?: boolean;
  /** How it was measured, or why it could not be. */
  note?: string;
}

export function median(values: readonly number[]): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[middle] as number) : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
}

export function figure(
  group: string,
  name: string,
  unit: Figure['unit'],
  samples: readonly number[],
  extra: { budget?: Budget; note?: string } = {},
): Figure {
  const med = median(samples);
  const out: Figure = {
    group,
    name,
    unit,
    samples: samples.map((value) => Math.round(value * 100) / 100),
    median: med,
    min: samples.length > 0 ? Math.min(...samples) : Number.NaN,
    max: samples.length > 0 ? Math.max(...samples) : Number.NaN,
  };
  if (extra.budget !== undefined) {
    out.budget = extra.budget;
    out.withinBudget = med <= extra.budget.max;
  }
  if (extra.note !== undefined) out.note = extra.note;
  return out;
}

/** Runs `once` `warmup` times unmeasured, then `runs` times; `once` returns its own duration. */
export async function repeat(runs: number, warmup: number, once: (index: number) => Promise<number> | number): Promise<number[]> {
  for (let i = 0; i < warmup; i++) await once(-1 - i);
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) samples.push(await once(i));
  return samples;
}

/** Wall time of `work` in milliseconds (performance.now). */
export async function timed(work: () => Promise<unknown> | unknown): Promise<number> {
  const start = performance.now();
  await work();
  return performance.now() - start;
}

function formatNumber(value: number, unit: Figure['unit']): string {
  if (Number.isNaN(value)) return '—';
  if (unit === 'KB') return value.toFixed(2);
  if (unit === 'count') return String(Math.round(value));
  return value >= 100 ? value.toFixed(0) : value.toFixed(1);
}

/** A Markdown table of the figures (also readable on a terminal). */
export function figuresTable(figures: readonly Figure[]): string {
  const rows = [
    '| group | figure | median | min | max | budget | ok |',
    '| --- | --- | ---: | ---: | ---: | ---: | :---: |',
  ];
  for (const f of figures) {
    const unit = f.unit === 'count' ? '' : ` ${f.unit}`;
    const budget = f.budget !== undefined ? `<= ${formatNumber(f.budget.max, f.unit)}${unit}` : '';
    const ok = f.withinBudget === undefined ? '' : f.withinBudget ? 'yes' : '**NO**';
    rows.push(
      `| ${f.group} | ${f.name} | ${formatNumber(f.median, f.unit)}${unit} | ${formatNumber(f.min, f.unit)}${unit} | ${formatNumber(f.max, f.unit)}${unit} | ${budget} | ${ok} |`,
    );
  }
  return rows.join('\n');
}
