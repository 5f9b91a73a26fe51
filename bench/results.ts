// One row per benchmark figure, collected by bench/run.ts into bench/results.json and a table.
// A bench calls report() for each figure; run alone (npx tsx bench/x.bench.ts) it just prints.
import { appendFileSync } from 'node:fs';

export interface ResultRow {
  name: string;
  value: number;
  unit: string;
  /** What the figure must be to pass, in words a reader can check: "≤ 100", "≥ 0.98". */
  target: string;
  pass: boolean;
  /** What limits a missed target, or how the figure was taken (a ratio to which floor). */
  note?: string;
}

/** Where bench/run.ts collects rows (JSON lines); unset when a bench runs on its own. */
export const RESULTS_ENV = 'SCRUTINEER_BENCH_RESULTS';

/** `value` checked against `at most` / `at least` a limit. */
export function atMost(limit: number): { target: string; test: (v: number) => boolean } {
  return { target: `≤ ${limit}`, test: (v) => v <= limit };
}
export function atLeast(limit: number): { target: string; test: (v: number) => boolean } {
  return { target: `≥ ${limit}`, test: (v) => v >= limit };
}

export function report(
  name: string,
  value: number,
  unit: string,
  limit: { target: string; test: (v: number) => boolean },
  note?: string,
): ResultRow {
  const row: ResultRow = {
    name,
    value: Number(value.toFixed(3)),
    unit,
    target: limit.target,
    pass: Number.isFinite(value) && limit.test(value),
    ...(note ? { note } : {}),
  };
  console.log(`RESULT ${row.name}: ${row.value} ${row.unit} (target ${row.target}: ${row.pass ? 'met' : 'MISSED'})`);
  const file = process.env[RESULTS_ENV];
  if (file) appendFileSync(file, `${JSON.stringify(row)}\n`);
  return row;
}

/** The median of several runs: every figure in results.json is one. */
export function median(xs: readonly number[]): number {
  if (!xs.length) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}
