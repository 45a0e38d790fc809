// Where an indicator's baseline, measurements and target go in a small chart: time across (in
// years), value up. A yearly figure (baseline, target) describes its whole year, so it is drawn at
// the middle of the year; a measurement at its date.
import type { Indicator, IsoDate } from '../domain/model';

export interface ChartBox {
  width: number;
  height: number;
  left: number;
  right: number;
  top: number;
  bottom: number;
}

export interface ChartPoint {
  x: number;
  y: number;
  value: number;
}

export interface TrendLayout {
  baseline: ChartPoint | null;
  measurements: ChartPoint[];
  target: ChartPoint | null;
  /** Value range of the vertical axis (rounded outwards), and years of the horizontal axis' ends. */
  yMin: number;
  yMax: number;
  firstYear: number;
  lastYear: number;
}

function yearOf(date: IsoDate): number {
  const d = new Date(`${date}T12:00:00Z`);
  const start = Date.UTC(d.getUTCFullYear(), 0, 1);
  const end = Date.UTC(d.getUTCFullYear() + 1, 0, 1);
  return d.getUTCFullYear() + (d.getTime() - start) / (end - start);
}

/** Axis ends on a round step (1, 2 or 5 times a power of ten), so the two labels read as plain numbers. */
export function niceRange(min: number, max: number): [number, number] {
  const span = max > min ? max - min : Math.abs(max) || 1;
  const raw = span / 4;
  const magnitude = 10 ** Math.floor(Math.log10(raw));
  const step = ([1, 2, 5, 10].find((m) => m * magnitude >= raw) ?? 10) * magnitude;
  const lo = Math.floor(min / step) * step;
  const hi = Math.ceil(max / step) * step;
  return hi > lo ? [lo, hi] : [lo, lo + step];
}

/** Null when there is nothing to draw. */
export function trendLayout(ind: Pick<Indicator, 'baseline' | 'target' | 'measurements'>, box: ChartBox): TrendLayout | null {
  const raw = [
    ...(ind.baseline ? [{ t: ind.baseline.year + 0.5, v: ind.baseline.value }] : []),
    ...ind.measurements.map((m) => ({ t: yearOf(m.date), v: m.value })),
    ...(ind.target ? [{ t: ind.target.year + 0.5, v: ind.target.value }] : []),
  ];
  if (!raw.length) return null;
  let tMin = Math.min(...raw.map((p) => p.t));
  let tMax = Math.max(...raw.map((p) => p.t));
  if (tMax - tMin < 1) [tMin, tMax] = [tMin - 0.5, tMax + 0.5];
  const [yMin, yMax] = niceRange(Math.min(...raw.map((p) => p.v)), Math.max(...raw.map((p) => p.v)));

  const x = (t: number) => box.left + ((t - tMin) / (tMax - tMin)) * (box.width - box.left - box.right);
  const y = (v: number) => box.top + (1 - (v - yMin) / (yMax - yMin)) * (box.height - box.top - box.bottom);
  const at = (t: number, v: number): ChartPoint => ({ x: x(t), y: y(v), value: v });

  return {
    baseline: ind.baseline ? at(ind.baseline.year + 0.5, ind.baseline.value) : null,
    measurements: ind.measurements.map((m) => at(yearOf(m.date), m.value)),
    target: ind.target ? at(ind.target.year + 0.5, ind.target.value) : null,
    yMin, yMax, firstYear: Math.floor(tMin), lastYear: Math.floor(tMax),
  };
}
