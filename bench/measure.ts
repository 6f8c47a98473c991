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
  /** `x`: a ratio of two timings taken in the same round. */
  unit: 'ms' | 'KB' | 'count' | 'x';
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
  if (unit === 'x') return value.toFixed(2);
  return value >= 100 ? value.toFixed(0) : value.toFixed(1);
}

/** A Markdown table of the figures (also readable on a terminal). */
export function figuresTable(figures: readonly Figure[]): string {
  const rows = [
    '| group | figure | median | min | max | budget | ok |',
    '| --- | --- | ---: | ---: | ---: | ---: | :---: |',
  ];
  for (const f of figures) {
    const unit = f.unit === 'count' ? '' : f.unit === 'x' ? 'x' : ` ${f.unit}`;
    const budget = f.budget !== undefined ? `<= ${formatNumber(f.budget.max, f.unit)}${unit}` : '';
    const ok = f.withinBudget === undefined ? '' : f.withinBudget ? 'yes' : '**NO**';
    rows.push(
      `| ${f.group} | ${f.name} | ${formatNumber(f.median, f.unit)}${unit} | ${formatNumber(f.min, f.unit)}${unit} | ${formatNumber(f.max, f.unit)}${unit} | ${budget} | ${ok} |`,
    );
  }
  return rows.join('\n');
}

/**
 * A figure judged against its floor measured in the same run: the real thing and the
 * floor were run alternately (real, floor, real, floor...), so that drift in the
 * machine's load hits both alike. `ratio` is the median of the pairwise ratios (each
 * real run over the floor run beside it).
 */
export interface Ratio {
  group: string;
  name: string;
  real: Figure;
  floor: Figure;
  ratio: number;
  /** The figure passes when `ratio` is at most this. */
  target?: number;
  withinTarget?: boolean;
  note?: string;
}

export function ratio(
  group: string,
  name: string,
  real: Figure,
  floor: Figure,
  extra: { target?: number; note?: string } = {},
): Ratio {
  const pairs = Math.min(real.samples.length, floor.samples.length);
  const pairwise: number[] = [];
  for (let i = 0; i < pairs; i++) {
    const over = floor.samples[i] as number;
    if (over > 0) pairwise.push((real.samples[i] as number) / over);
  }
  const value = pairwise.length > 0 ? median(pairwise) : real.median / floor.median;
  const out: Ratio = { group, name, real, floor, ratio: value };
  if (extra.target !== undefined) {
    out.target = extra.target;
    out.withinTarget = value <= extra.target;
  }
  if (extra.note !== undefined) out.note = extra.note;
  return out;
}

/**
 * Runs every function of `runs` once per round, `rounds` times after `warmup` unmeasured
 * rounds, rotating which one goes first; each function returns its own duration.
 */
export async function interleave<K extends string>(
  rounds: number,
  warmup: number,
  runs: Record<K, (round: number) => Promise<number> | number>,
): Promise<Record<K, number[]>> {
  const names = Object.keys(runs) as K[];
  const out = Object.fromEntries(names.map((name) => [name, [] as number[]])) as Record<K, number[]>;
  for (let round = -warmup; round < rounds; round++) {
    const shift = ((round % names.length) + names.length) % names.length;
    for (let i = 0; i < names.length; i++) {
      const name = names[(i + shift) % names.length] as K;
      const value = await runs[name](round);
      if (round >= 0) out[name].push(value);
    }
  }
  return out;
}

/** A Markdown table of the ratios, with both medians beside them. */
export function ratiosTable(ratios: readonly Ratio[]): string {
  const rows = [
    '| group | figure | ratio | target | ok | median | floor median | floor |',
    '| --- | --- | ---: | ---: | :---: | ---: | ---: | --- |',
  ];
  for (const r of ratios) {
    const unit = r.real.unit === 'count' ? '' : r.real.unit === 'x' ? 'x' : ` ${r.real.unit}`;
    const ok = r.withinTarget === undefined ? '' : r.withinTarget ? 'yes' : '**NO**';
    rows.push(
      `| ${r.group} | ${r.name} | ${r.ratio.toFixed(2)}x | ${r.target !== undefined ? `<= ${r.target}x` : ''} | ${ok} | ${formatNumber(r.real.median, r.real.unit)}${unit} | ${formatNumber(r.floor.median, r.floor.unit)}${unit} | ${r.floor.name} |`,
    );
  }
  return rows.join('\n');
}
