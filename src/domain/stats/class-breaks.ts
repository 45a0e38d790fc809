// Classes for a choropleth of a statistic: quantiles (equal numbers of areas per class) or natural
// breaks (ckmeans: the optimal one-dimensional grouping, what Jenks' method approximates). Missing
// values are never put in a class as if they were 0: they are left out and counted.
import { ckmeans, quantileSorted } from 'simple-statistics';

export type ClassMethod = 'quantile' | 'natural';

export interface ClassBreaks {
  method: ClassMethod;
  /**
   * Class boundaries, ascending: class i is [breaks[i], breaks[i + 1]), the last one also includes
   * the maximum. Only the last class may have zero width ([max, max]: values all equal to the
   * maximum, or all values equal). Empty without values.
   */
  breaks: number[];
  /** Number of values in each class. */
  counts: number[];
  /** Values left out because missing (null or not a finite number). */
  missing: number;
}

export interface LegendEntry {
  from: number;
  to: number;
  /** Only the last class includes its upper bound. */
  includesTo: boolean;
  count: number;
}

export interface Legend {
  entries: LegendEntry[];
  missing: number;
}

function present(values: Iterable<number | null>): { sorted: number[]; missing: number } {
  const sorted: number[] = [];
  let missing = 0;
  for (const v of values) {
    if (typeof v === 'number' && Number.isFinite(v)) sorted.push(v);
    else missing += 1;
  }
  return { sorted: sorted.sort((a, b) => a - b), missing };
}

function distinct(sortedBoundaries: number[]): number[] {
  return sortedBoundaries.filter((b, i) => i === 0 || b !== sortedBoundaries[i - 1]);
}

function innerBoundaries(sorted: number[], classes: number, method: ClassMethod): number[] {
  if (method === 'quantile') return Array.from({ length: classes - 1 }, (_, i) => quantileSorted(sorted, (i + 1) / classes));
  // ckmeans cannot make more groups than there are distinct values.
  const groups = Math.min(classes, distinct(sorted).length);
  return ckmeans(sorted, groups).slice(1).map((cluster) => cluster[0]!);
}

/** Breaks of the values into at most `classes` classes (fewer when the values do not allow more). */
export function classBreaks(values: Iterable<number | null>, classes: number, method: ClassMethod): ClassBreaks {
  const { sorted, missing } = present(values);
  if (!sorted.length) return { method, breaks: [], counts: [], missing };
  const min = sorted[0]!;
  const max = sorted[sorted.length - 1]!;
  const k = Math.max(1, Math.floor(classes));
  const inner = distinct(innerBoundaries(sorted, k, method).filter((b) => b > min && b <= max));
  const breaks = [min, ...inner, max];
  const result: ClassBreaks = { method, breaks, counts: new Array<number>(breaks.length - 1).fill(0), missing };
  for (const v of sorted) result.counts[classOf(result, v)!]! += 1;
  return result;
}

/** The class of a value, or null when it is missing or outside the classified range. */
export function classOf(classes: Pick<ClassBreaks, 'breaks'>, value: number | null): number | null {
  const { breaks } = classes;
  if (value === null || !Number.isFinite(value) || breaks.length < 2) return null;
  if (value < breaks[0]! || value > breaks[breaks.length - 1]!) return null;
  let i = breaks.length - 2;
  while (i > 0 && value < breaks[i]!) i -= 1;
  return i;
}

/** Numbers for a legend; the UI formats them as [from, to) and the last as [from, to]. */
export function legendOf(classes: ClassBreaks): Legend {
  const last = classes.breaks.length - 2;
  const entries = classes.counts.map((count, i) => ({
    from: classes.breaks[i]!, to: classes.breaks[i + 1]!, includesTo: i === last, count,
  }));
  return { entries, missing: classes.missing };
}
