// State -> GeoJSON for each map source. Pure (no MapLibre runtime), memoised on the identity of its
// inputs: an unchanged source comes back as the very same object, which is how the sync knows it
// need not send it again, and an unchanged investment keeps the same feature object, so a diff
// between two versions of a source is cheap.
import { destination, pointOnFeature } from '@turf/turf';
import type { Feature, FeatureCollection, Geometry, Point, Position } from 'geojson';
import { ASPECTS, type Area, type AreaGeometry, type Aspect, type GateDef, type Id, type Investment, type InvestmentKind, type PlatsenDocument, type Rating } from '../domain/model';
import type { DecisionFilter } from '../domain/filter';
import { INITIAL_PHASE, type PhaseState, type PhaseStatus } from '../domain/phase';
import { SYMBOL_ALWAYS, shapeZoom, symbolPosition } from './generalise';
import { UNRATED, encodeSymbolClass } from './symbol-code';

export type GeomType = 'point' | 'line' | 'polygon';

export interface InvestmentProps {
  id: Id;
  title: string;
  kind: InvestmentKind;
  /** Its geometry as drawn: whole-area investments are drawn as a point inside their area. */
  geomType: GeomType;
  /** From this zoom a line or polygon is drawn as itself, below it as its symbol (generalise.ts). */
  shapeZoom: number;
  wholeArea: boolean;
  phaseIndex: number;
  gateCode: string;
  status: PhaseStatus;
  /** Kind, status, phase and every aspect's latest rating in one number (symbol-code.ts): the
   *  layers draw colour and symbol from it for whichever colour is chosen. */
  c: number;
  areaId: Id | null;
}

export interface AreaProps {
  id: Id;
  name: string;
}

/** What the investment filter reads (domain/filter.ts), in a form a layer filter can test. */
export interface FilterProps {
  category: string;
  /** '' when none: a filter by department never lets it through. */
  departmentId: Id | '';
  decision: DecisionFilter;
  /** The goals as '|3|11|' (or ''): `in` finds '|3|' in it, with no array expressions. */
  sdgs: string;
}

/**
 * What a symbol carries: only what its layers read (`c` gives kind, status and colour).
 * At 50,000 symbols every property costs when a filter sends thousands of them to the worker;
 * the tooltip reads the rest from the store by id (interactions.ts).
 */
export type SymbolProps = Pick<InvestmentProps, 'id' | 'title' | 'c' | 'shapeZoom'>;
export type ShapeProps = InvestmentProps & FilterProps;
export type InvestmentFeature = Feature<Geometry, SymbolProps>;
export type ShapeFeature = Feature<Geometry, ShapeProps>;

export interface MapSources {
  areas: FeatureCollection<AreaGeometry, AreaProps>;
  areaLabels: FeatureCollection<Point, AreaProps>;
  /** A symbol for every investment, lines and polygons included (clustered on the map). */
  investmentPoints: FeatureCollection<Geometry, SymbolProps>;
  /** The symbols the filter lets through (all of them while none is active): see sync.ts. */
  filteredPoints: FeatureCollection<Geometry, SymbolProps>;
  /** Lines and polygons as drawn, all of them: the filter hides them with a layer filter on FilterProps. */
  investmentShapes: FeatureCollection<Geometry, ShapeProps>;
}

export interface DeriveInput {
  doc: PlatsenDocument;
  phases: Map<Id, PhaseState>;
  gates: GateDef[];
  /** The filtered investments (what the list shows), or null when no filter is active. */
  visible: Investment[] | null;
}

/** Whole-area symbols of one area sit in rows below its name, this far apart. */
const WHOLE_AREA_SPACING_KM = 0.06;
const WHOLE_AREA_PER_ROW = 5;

function lastCall<A extends unknown[], R>(fn: (...args: A) => R): (...args: A) => R {
  let lastArgs: A | null = null;
  let last: R;
  return (...args: A) => {
    if (!lastArgs || args.some((a, i) => a !== lastArgs![i])) {
      last = fn(...args);
      lastArgs = args;
    }
    return last;
  };
}

const collection = <G extends Geometry, P>(features: Feature<G, P>[]): FeatureCollection<G, P> =>
  ({ type: 'FeatureCollection', features });

function labelPoint(geometry: Geometry): Position {
  return pointOnFeature(geometry).geometry.coordinates;
}

/** Where the k-th whole-area investment of an area is drawn: rows under the area's label point. */
export function wholeAreaPosition(anchor: Position, k: number): Position {
  const row = Math.floor(k / WHOLE_AREA_PER_ROW) + 1;
  const col = (k % WHOLE_AREA_PER_ROW) - (WHOLE_AREA_PER_ROW - 1) / 2;
  const below = destination(anchor, row * WHOLE_AREA_SPACING_KM, 180).geometry.coordinates;
  return destination(below, Math.abs(col) * WHOLE_AREA_SPACING_KM, col < 0 ? 270 : 90).geometry.coordinates;
}

function geomTypeOf(inv: Investment, hasArea: boolean): GeomType {
  if (inv.wholeArea && hasArea) return 'point';
  switch (inv.geometry.type) {
    case 'Point': return 'point';
    case 'LineString':
    case 'MultiLineString': return 'line';
    default: return 'polygon';
  }
}

/** The code of what an investment's colour can show, whichever colour is chosen (symbol-code.ts). */
export function symbolCodeOf(kind: InvestmentKind, phase: PhaseState): number {
  const review = phase.lastReview;
  const ratings = review ? Object.fromEntries(ASPECTS.map((a) => [a, review.aspects[a].rating])) as Record<Aspect, Rating> : UNRATED;
  return encodeSymbolClass({ kind, status: phase.status, gateIndex: phase.gateIndex, ratings });
}

const sameProps = (a: SymbolProps, b: SymbolProps) =>
  (Object.keys(a) as Array<keyof SymbolProps>).every((k) => a[k] === b[k]);

/** Whole-area investments per area, ordered by id, each with its place under the area's label. */
function wholeAreaPositions(investments: PlatsenDocument['investments'], areas: PlatsenDocument['areas'], anchorOf: (a: Area) => Position): Map<Id, Position> {
  const byArea = new Map<Id, Id[]>();
  for (const inv of Object.values(investments)) {
    if (!inv.wholeArea || !inv.areaId || !areas[inv.areaId]) continue;
    const ids = byArea.get(inv.areaId);
    if (ids) ids.push(inv.id);
    else byArea.set(inv.areaId, [inv.id]);
  }
  const out = new Map<Id, Position>();
  for (const [areaId, ids] of byArea) {
    const anchor = anchorOf(areas[areaId]!);
    ids.sort().forEach((id, k) => out.set(id, wholeAreaPosition(anchor, k)));
  }
  return out;
}

interface Built {
  inv: Investment;
  phase: PhaseState;
  area: Area | undefined;
  gates: GateDef[];
  /** The point in the symbol source. */
  symbol: InvestmentFeature;
  /** The line or polygon as drawn, for those that have one. */
  shape: ShapeFeature | null;
}

/**
 * A deriver keeps its own memo (one per map), so the editor map and a second map never evict each
 * other's results.
 */
export function createSourceDeriver(): (input: DeriveInput) => MapSources {
  const areaLabelCache = new WeakMap<Area, Position>();
  const anchorOf = (area: Area) => {
    let p = areaLabelCache.get(area);
    if (!p) areaLabelCache.set(area, (p = labelPoint(area.geometry)));
    return p;
  };

  const areaSources = lastCall((areas: PlatsenDocument['areas']) => {
    const list = Object.values(areas).sort((a, b) => a.name.localeCompare(b.name, 'sv'));
    return {
      areas: collection(list.map((a) => ({ type: 'Feature' as const, id: a.id, geometry: a.geometry, properties: { id: a.id, name: a.name } }))),
      areaLabels: collection(list.map((a) => ({
        type: 'Feature' as const, id: a.id, geometry: { type: 'Point' as const, coordinates: anchorOf(a) }, properties: { id: a.id, name: a.name },
      }))),
    };
  });

  // An edit elsewhere (another investment, a review) must not make an unchanged source look new.
  const stable = <P>() => {
    let last: FeatureCollection<Geometry, P> | null = null;
    return (features: Feature<Geometry, P>[]) => {
      const same = last && last.features.length === features.length && last.features.every((f, i) => f === features[i]);
      if (!same) last = collection(features);
      return last!;
    };
  };
  const stablePoints = stable<SymbolProps>();
  const stableFiltered = stable<SymbolProps>();
  const stableShapes = stable<ShapeProps>();

  // A symbol per investment (and a shape for lines and polygons), rebuilt only when its record,
  // phase or area changed (by identity), and kept as the same object when what is drawn did not
  // change: at 50,000 investments an edit of one then costs a walk over the document, not 50,000
  // new features and a 50,000-way diff.
  // The order is the document's (stable: Dexie loads by id, edits keep their place).
  const built = new Map<Id, Built>();
  const investmentFeatures = lastCall((investments: PlatsenDocument['investments'], areas: PlatsenDocument['areas'],
    phases: Map<Id, PhaseState>, gates: GateDef[]) => {
    const wholeAreaAt = wholeAreaPositions(investments, areas, anchorOf);
    const symbols: InvestmentFeature[] = [];
    const shapes: ShapeFeature[] = [];
    let count = 0;
    for (const inv of Object.values(investments)) {
      count++;
      const phase = phases.get(inv.id) ?? INITIAL_PHASE;
      const area = inv.areaId ? areas[inv.areaId] : undefined;
      const at = wholeAreaAt.get(inv.id);
      let entry = built.get(inv.id);
      if (!entry || entry.inv !== inv || entry.phase !== phase || entry.area !== area || entry.gates !== gates
        || (at && !samePosition(entry.symbol.geometry, at))) {
        const next = buildFeatures(inv, phase, area, at, gates);
        entry = { inv, phase, area, gates, symbol: unlessSame(entry?.symbol, next.symbol), shape: unlessSame(entry?.shape ?? undefined, next.shape) };
        built.set(inv.id, entry);
      }
      symbols.push(entry.symbol);
      if (entry.shape) shapes.push(entry.shape);
    }
    if (built.size > count) for (const id of built.keys()) if (!Object.hasOwn(investments, id)) built.delete(id);
    return { symbols: stablePoints(symbols), shapes: stableShapes(shapes) };
  });

  const visiblePoints = lastCall((all: MapSources['investmentPoints'], visible: Investment[] | null) => {
    if (!visible) return all;
    const ids = new Set(visible.map((inv) => inv.id));
    return stableFiltered(all.features.filter((f) => ids.has(f.properties.id)));
  });

  return ({ doc, phases, gates, visible }) => {
    const { areas, areaLabels } = areaSources(doc.areas);
    const { symbols, shapes } = investmentFeatures(doc.investments, doc.areas, phases, gates);
    return { areas, areaLabels, investmentPoints: symbols, filteredPoints: visiblePoints(symbols, visible), investmentShapes: shapes };
  };
}

/** The previous feature when it draws the same, so that an unchanged feature keeps its identity. */
function unlessSame<F extends InvestmentFeature | null>(old: F | undefined, next: F): F {
  return old && next && sameProps(old.properties, next.properties) && sameGeometry(old.geometry, next.geometry) ? old : next;
}

function buildFeatures(inv: Investment, phase: PhaseState, area: Area | undefined, wholeAreaAt: Position | undefined,
  gates: GateDef[]): { symbol: InvestmentFeature; shape: ShapeFeature | null } {
  const geomType = geomTypeOf(inv, area !== undefined);
  const props: InvestmentProps = {
    id: inv.id, title: inv.title, kind: inv.kind, geomType, wholeArea: inv.wholeArea,
    shapeZoom: geomType === 'point' ? SYMBOL_ALWAYS : shapeZoom(inv.geometry),
    phaseIndex: phase.gateIndex, gateCode: gates[phase.gateIndex]?.code ?? '', status: phase.status,
    c: symbolCodeOf(inv.kind, phase), areaId: inv.areaId,
  };
  const symbolAt: Point = wholeAreaAt ? { type: 'Point', coordinates: wholeAreaAt }
    : inv.geometry.type === 'Point' ? inv.geometry : { type: 'Point', coordinates: symbolPosition(inv.geometry) };
  const symbol: InvestmentFeature = {
    type: 'Feature', id: inv.id, geometry: symbolAt, properties: { id: inv.id, title: inv.title, c: props.c, shapeZoom: props.shapeZoom },
  };
  if (geomType === 'point') return { symbol, shape: null };
  // Symbols are filtered by what their (clustered) source holds; only shapes need the fields a
  // layer filter reads (see sync.ts).
  return { symbol, shape: { type: 'Feature', id: inv.id, geometry: inv.geometry, properties: { ...props, ...filterProps(inv, phase) } } };
}

/** The fields the investment filter reads, as feature properties a MapLibre filter can test (layers.ts). */
export function filterProps(inv: Investment, phase: PhaseState): FilterProps {
  return {
    category: inv.category,
    departmentId: inv.departmentId ?? '',
    decision: phase.lastReview?.decision ?? 'none',
    sdgs: inv.sdgs.length ? `|${inv.sdgs.join('|')}|` : '',
  };
}

function samePosition(geometry: Geometry, p: Position): boolean {
  return geometry.type === 'Point' && geometry.coordinates[0] === p[0] && geometry.coordinates[1] === p[1];
}

// Symbols of whole-area investments, lines and polygons get a fresh position each time: compare by
// value, not identity.
function sameGeometry(a: Geometry, b: Geometry): boolean {
  if (a === b) return true;
  return a.type === 'Point' && b.type === 'Point'
    && a.coordinates[0] === b.coordinates[0] && a.coordinates[1] === b.coordinates[1];
}
