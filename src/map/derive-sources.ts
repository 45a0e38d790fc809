// State -> GeoJSON for each map source. Pure (no MapLibre runtime), memoised on the identity of its
// inputs: an unchanged source comes back as the very same object, which is how the sync knows it
// need not send it again, and an unchanged investment keeps the same feature object, so a diff
// between two versions of a source is cheap.
import { destination, pointOnFeature } from '@turf/turf';
import type { Feature, FeatureCollection, Geometry, Point, Position } from 'geojson';
import type { Area, AreaGeometry, GateDef, Id, Investment, InvestmentKind, PlatsenDocument } from '../domain/model';
import type { PhaseState, PhaseStatus } from '../domain/phase';
import type { ColourBy } from '../store/session';
import { RATING_COLOURS, SHAPE_OF_KIND, phaseRamp, statusColour } from './encoding';
import { symbolImageId } from './symbols';

export type GeomType = 'point' | 'line' | 'polygon';

export interface InvestmentProps {
  id: Id;
  title: string;
  kind: InvestmentKind;
  /** How it is drawn: whole-area investments are drawn as a point inside their area. */
  geomType: GeomType;
  wholeArea: boolean;
  phaseIndex: number;
  gateCode: string;
  status: PhaseStatus;
  /** Resolved hex colour (phase or rating; grey when stopped). */
  colour: string;
  /** Name of the runtime symbol image for this shape, status and colour. */
  icon: string;
  areaId: Id | null;
}

export interface AreaProps {
  id: Id;
  name: string;
}

export type InvestmentFeature = Feature<Geometry, InvestmentProps>;

export interface MapSources {
  areas: FeatureCollection<AreaGeometry, AreaProps>;
  areaLabels: FeatureCollection<Point, AreaProps>;
  /** Point symbols (clustered on the map), only those the filter lets through: see sync.ts. */
  investmentPoints: FeatureCollection<Geometry, InvestmentProps>;
  /** Lines and polygons, all of them: the filter hides them with a layer filter. */
  investmentShapes: FeatureCollection<Geometry, InvestmentProps>;
}

export interface DeriveInput {
  doc: PlatsenDocument;
  phases: Map<Id, PhaseState>;
  gates: GateDef[];
  colourBy: ColourBy;
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

function colourOf(phase: PhaseState, ramp: string[], colourBy: ColourBy): string {
  const base = colourBy.type === 'phase'
    ? ramp[phase.gateIndex] ?? ramp.at(-1) ?? '#000000'
    : RATING_COLOURS[phase.lastReview?.aspects[colourBy.aspect].rating ?? 'notAssessed'];
  return statusColour(phase.status, base);
}

const sameProps = (a: InvestmentProps, b: InvestmentProps) =>
  (Object.keys(a) as Array<keyof InvestmentProps>).every((k) => a[k] === b[k]);

/**
 * A deriver keeps its own memo (one per map), so the editor map and a second map never evict each
 * other's results.
 */
export function createSourceDeriver(): (input: DeriveInput) => MapSources {
  const featureCache = new WeakMap<Investment, InvestmentFeature>();
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

  const investmentFeatures = lastCall((investments: PlatsenDocument['investments'], areas: PlatsenDocument['areas'],
    phases: Map<Id, PhaseState>, gates: GateDef[], colourBy: ColourBy) => {
    const ramp = phaseRamp(gates.length);
    const wholeAreaSeen = new Map<Id, number>();
    // Any stable order will do (ids are machine-made): sorting 50k ids with localeCompare took
    // 0.72 s here against 0.08 s by code units, and this runs on every edit.
    const sorted = Object.values(investments).sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    return sorted.map((inv): InvestmentFeature => {
      const phase = phases.get(inv.id) ?? { gateIndex: 0, status: 'active' as const, lastReview: null };
      const area = inv.areaId ? areas[inv.areaId] : undefined;
      const geomType = geomTypeOf(inv, area !== undefined);
      const colour = colourOf(phase, ramp, colourBy);
      const props: InvestmentProps = {
        id: inv.id, title: inv.title, kind: inv.kind, geomType, wholeArea: inv.wholeArea,
        phaseIndex: phase.gateIndex, gateCode: gates[phase.gateIndex]?.code ?? '', status: phase.status, colour,
        icon: symbolImageId({ shape: SHAPE_OF_KIND[inv.kind], status: phase.status, colour }),
        areaId: inv.areaId,
      };
      let geometry: Geometry = inv.geometry;
      if (inv.wholeArea && area) {
        const k = wholeAreaSeen.get(area.id) ?? 0;
        wholeAreaSeen.set(area.id, k + 1);
        geometry = { type: 'Point', coordinates: wholeAreaPosition(anchorOf(area), k) };
      }
      const cached = featureCache.get(inv);
      if (cached && sameProps(cached.properties, props) && sameGeometry(cached.geometry, geometry)) return cached;
      const feature: InvestmentFeature = { type: 'Feature', id: inv.id, geometry, properties: props };
      featureCache.set(inv, feature);
      return feature;
    });
  });

  // An edit elsewhere (another investment, a review) must not make an unchanged source look new.
  const stable = () => {
    let last: FeatureCollection<Geometry, InvestmentProps> | null = null;
    return (features: InvestmentFeature[]) => {
      const same = last && last.features.length === features.length && last.features.every((f, i) => f === features[i]);
      if (!same) last = collection(features);
      return last!;
    };
  };
  const stablePoints = stable();
  const stableShapes = stable();

  const split = lastCall((features: InvestmentFeature[]) => ({
    points: features.filter((f) => f.properties.geomType === 'point'),
    shapes: stableShapes(features.filter((f) => f.properties.geomType !== 'point')),
  }));

  const visiblePoints = lastCall((points: InvestmentFeature[], visible: Investment[] | null) => {
    if (!visible) return stablePoints(points);
    const ids = new Set(visible.map((inv) => inv.id));
    return stablePoints(points.filter((f) => ids.has(f.properties.id)));
  });

  return ({ doc, phases, gates, colourBy, visible }) => {
    const { areas, areaLabels } = areaSources(doc.areas);
    const { points, shapes } = split(investmentFeatures(doc.investments, doc.areas, phases, gates, colourBy));
    return { areas, areaLabels, investmentPoints: visiblePoints(points, visible), investmentShapes: shapes };
  };
}

// Whole-area symbols get a fresh position object each time: compare by value, not identity.
function sameGeometry(a: Geometry, b: Geometry): boolean {
  if (a === b) return true;
  return a.type === 'Point' && b.type === 'Point'
    && a.coordinates[0] === b.coordinates[0] && a.coordinates[1] === b.coordinates[1];
}
