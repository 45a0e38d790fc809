// One benchmark figure, as every bench script writes it and run.mjs prints it. Each figure comes
// with a baseline measured in the same run on the same machine, so the ratio stays meaningful on a
// busy 2-core box where absolute times swing.
import { writeFileSync } from 'node:fs';

export interface BenchResult {
  /** Target number in the brief (1–7), with a suffix for extra rows, e.g. '4b'. */
  id: string;
  what: string;
  /** Milliseconds unless `unit` says otherwise; null when it could not be measured. */
  figure: number | null;
  unit: 'ms' | 'KB';
  baseline: { what: string; value: number } | null;
  /** figure / baseline, or baseline / figure when `ratioIs` is 'speedup'. */
  ratio: number | null;
  ratioIs?: 'slowdown' | 'speedup';
  target: string;
  /** null: reported only (no target) or not measurable; see `notes`. */
  pass: boolean | null;
  notes: string[];
}

export function ratioOf(figure: number, baseline: number, ratioIs: 'slowdown' | 'speedup' = 'slowdown'): number {
  return ratioIs === 'speedup' ? baseline / figure : figure / baseline;
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

export function log(message: string): void {
  process.stderr.write(`[bench] ${message}\n`);
}

/** The path run.mjs passes as the last argument; results go there as JSON. */
export function writeResults(results: BenchResult[], extra: Record<string, unknown> = {}): void {
  const out = process.argv[2];
  const json = JSON.stringify({ results, ...extra }, null, 2);
  if (out) writeFileSync(out, json);
  else process.stdout.write(`${json}\n`);
}
