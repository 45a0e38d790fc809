// What is in the view, counted from the symbols the map shows, for two uses:
// - when only a few investments are in view, none is grouped: sync.ts then shows an unclustered
//   set holding the symbols around the view (a margin of one view on each side, so a pan does not
//   run out of them at once) instead of the clustered one;
// - the legend lists only the classes present in view (in-view.ts).
// A linear pass over the symbols: about a millisecond per 50,000, once per settled move.
import type { Feature, Geometry, Point } from 'geojson';
import type { SymbolProps } from './derive-sources';

/** At most this many investments in view are shown each on its own, never grouped. */
export const FEW_IN_VIEW = 20;

/** [west, south, east, north] in degrees. */
export type Bounds = [number, number, number, number];

export function contains([w, s, e, n]: Bounds, [x, y]: number[]): boolean {
  return x! >= w && x! <= e && y! >= s && y! <= n;
}

/** The bounds grown by `factor` of their size on every side. */
export function grow([w, s, e, n]: Bounds, factor: number): Bounds {
  const dx = (e - w) * factor;
  const dy = (n - s) * factor;
  return [w - dx, s - dy, e + dx, n + dy];
}

export function within(outer: Bounds, inner: Bounds): boolean {
  return inner[0] >= outer[0] && inner[1] >= outer[1] && inner[2] <= outer[2] && inner[3] <= outer[3];
}

type SymbolFeature = Feature<Geometry, SymbolProps>;
const positionOf = (f: SymbolFeature) => (f.geometry as Point).coordinates;

export interface FewAround {
  /** The symbols inside `covered`, or null when more than a few are in view. */
  features: SymbolFeature[] | null;
  /** What `features` covers: within it, a move needs no new set. */
  covered: Bounds;
}

/** More than this many around the view (a sparse view beside a dense one): no margin. */
const MAX_AROUND = 300;

function around(symbols: readonly SymbolFeature[], view: Bounds, margin: number, few: number): FewAround {
  const covered = grow(view, margin);
  let inView = 0;
  const features: SymbolFeature[] = [];
  for (const f of symbols) {
    const p = positionOf(f);
    if (!contains(covered, p)) continue;
    if (contains(view, p) && ++inView > few) return { features: null, covered };
    features.push(f);
  }
  return { features, covered };
}

/** The symbols around the view when at most `few` are in it. */
export function fewAround(symbols: readonly SymbolFeature[], view: Bounds, few = FEW_IN_VIEW): FewAround {
  const wide = around(symbols, view, 1, few);
  return !wide.features || wide.features.length <= MAX_AROUND ? wide : around(symbols, view, 0, few);
}
