// What is in view right now, as counts by symbol code (symbol-code.ts), so a legend can list only
// the classes present (and how many of each) for whichever colour is chosen, without counting
// again when the colour changes. The editor's map publishes it (sync.ts) after every settled move
// and every change of what it shows; any legend (the editor's, presentation's, the public map's)
// summarises it with summariseInView for its colour mode.
import type { Feature, Geometry, Point } from 'geojson';
import type { InvestmentKind } from '../domain/model';
import type { PhaseStatus } from '../domain/phase';
import { classIndexOf, colourClasses, type ColourMode } from './colour-mode';
import type { SymbolProps } from './derive-sources';
import { contains, type Bounds } from './few-in-view';
import { KINDS, STATUSES, decodeSymbolClass } from './symbol-code';

/** How many symbols of each code are in view. */
export type CodeCounts = ReadonlyMap<number, number>;

export function countCodesInView(symbols: ReadonlyArray<Feature<Geometry, SymbolProps>>, view: Bounds): CodeCounts {
  const counts = new Map<number, number>();
  for (const f of symbols) {
    if (!contains(view, (f.geometry as Point).coordinates)) continue;
    counts.set(f.properties.c, (counts.get(f.properties.c) ?? 0) + 1);
  }
  return counts;
}

export interface InViewSummary {
  total: number;
  kinds: Record<InvestmentKind, number>;
  statuses: Record<PhaseStatus, number>;
  /** Per gate: the investments not stopped in that phase (waiting ones included: their symbols
   *  show the phase colour too). */
  gates: number[];
  /** Per class of colourClasses(mode), in its order. */
  classes: number[];
}

export function summariseInView(codes: CodeCounts, mode: ColourMode): InViewSummary {
  const out: InViewSummary = {
    total: 0,
    kinds: Object.fromEntries(KINDS.map((k) => [k, 0])) as InViewSummary['kinds'],
    statuses: Object.fromEntries(STATUSES.map((s) => [s, 0])) as InViewSummary['statuses'],
    gates: Array.from({ length: mode.gateCount }, () => 0),
    classes: colourClasses(mode).map(() => 0),
  };
  for (const [code, n] of codes) {
    const c = decodeSymbolClass(code);
    out.total += n;
    out.kinds[c.kind] += n;
    out.statuses[c.status] += n;
    out.classes[classIndexOf(c, mode)]! += n;
    if (c.status !== 'stopped' && mode.gateCount > 0) out.gates[Math.min(c.gateIndex, mode.gateCount - 1)]! += n;
  }
  return out;
}

// The editor map's latest counts, for React (useSyncExternalStore) without a store round trip.
let latest: CodeCounts | null = null;
const listeners = new Set<() => void>();

export function publishInView(codes: CodeCounts | null): void {
  latest = codes;
  for (const listener of listeners) listener();
}

export function subscribeInView(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** null until the map has counted (or while there is no map). */
export const latestInView = (): CodeCounts | null => latest;
