// Snapshot -> the GeoJSON of the map's sources, in the editor's feature properties, so the editor's
// layer specs (src/map/layers.ts) and symbol images draw the public map exactly like the editor's.
import type { Feature, FeatureCollection, Geometry, Point } from 'geojson';
import type { AreaGeometry, Id } from '../domain/model';
import type { PublicArea, PublicInvestment, PublicSnapshot } from '../domain/publish/snapshot-types';
import type { AreaProps, GeomType, InvestmentProps } from '../map/derive-sources';
import { SYMBOL_ALWAYS, shapeZoom, symbolPosition } from '../map/generalise';
import { UNRATED, encodeSymbolClass } from '../map/symbol-code';
import { interiorPoint, offsetKm } from '../map/planar';

export interface ViewerSources {
  areas: FeatureCollection<AreaGeometry, AreaProps>;
  areaLabels: FeatureCollection<Point, AreaProps>;
  /** A symbol for every investment; the viewer sends only the visible ones to the clustered source. */
  investmentPoints: Feature<Geometry, InvestmentProps>[];
  investmentShapes: FeatureCollection<Geometry, InvestmentProps>;
}

// The editor's layout for whole-area symbols (derive-sources.ts): rows of five under the area's
// label, 60 m apart, so both maps put them in the same place.
const SPACING_KM = 0.06;
const PER_ROW = 5;

function wholeAreaPosition(anchor: number[], k: number): number[] {
  const row = Math.floor(k / PER_ROW) + 1;
  const col = (k % PER_ROW) - (PER_ROW - 1) / 2;
  return offsetKm(anchor, col * SPACING_KM, row * SPACING_KM);
}

function geomTypeOf(inv: PublicInvestment, hasArea: boolean): GeomType {
  if (inv.wholeArea && hasArea) return 'point';
  if (inv.geometry.type === 'Point') return 'point';
  return inv.geometry.type.endsWith('LineString') ? 'line' : 'polygon';
}

const collection = <G extends Geometry, P>(features: Feature<G, P>[]): FeatureCollection<G, P> =>
  ({ type: 'FeatureCollection', features });

export function snapshotSources(snapshot: PublicSnapshot): ViewerSources {
  const anchors = new Map<Id, number[]>(snapshot.areas.map((a) => [a.id, interiorPoint(a.geometry)]));
  const areaById = new Map<Id, PublicArea>(snapshot.areas.map((a) => [a.id, a]));
  const wholeAreaSeen = new Map<Id, number>();
  const points: Feature<Geometry, InvestmentProps>[] = [];
  const shapes: Feature<Geometry, InvestmentProps>[] = [];

  for (const inv of snapshot.investments) {
    const area = inv.areaId ? areaById.get(inv.areaId) : undefined;
    const geomType = geomTypeOf(inv, area !== undefined);
    const { gateIndex, gateCode, status } = inv.phase;
    const properties: InvestmentProps = {
      id: inv.id, title: inv.title, kind: inv.kind, geomType, wholeArea: inv.wholeArea,
      shapeZoom: geomType === 'point' ? SYMBOL_ALWAYS : shapeZoom(inv.geometry),
      phaseIndex: gateIndex, gateCode, status,
      // Coloured by the residents' phase of its gate (viewer-map.ts); no ratings are published.
      c: encodeSymbolClass({ kind: inv.kind, status, gateIndex, ratings: UNRATED }),
      areaId: inv.areaId,
    };
    let symbolAt = symbolPosition(inv.geometry);
    if (inv.wholeArea && area) {
      const k = wholeAreaSeen.get(area.id) ?? 0;
      wholeAreaSeen.set(area.id, k + 1);
      symbolAt = wholeAreaPosition(anchors.get(area.id)!, k);
    }
    points.push({ type: 'Feature', id: inv.id, geometry: { type: 'Point', coordinates: symbolAt }, properties });
    if (geomType !== 'point') shapes.push({ type: 'Feature', id: inv.id, geometry: inv.geometry, properties });
  }

  const areaFeature = <G extends Geometry>(a: PublicArea, geometry: G): Feature<G, AreaProps> =>
    ({ type: 'Feature', id: a.id, geometry, properties: { id: a.id, name: a.name } });
  return {
    areas: collection(snapshot.areas.map((a) => areaFeature(a, a.geometry))),
    areaLabels: collection(snapshot.areas.map((a) => areaFeature(a, { type: 'Point' as const, coordinates: anchors.get(a.id)! }))),
    investmentPoints: points,
    investmentShapes: collection(shapes),
  };
}

/** What the map shows for a selection: a whole-area investment is shown with its area's shape. */
export function targetGeometry(snapshot: PublicSnapshot, target: { type: 'area' | 'investment'; id: Id }): Geometry | null {
  if (target.type === 'area') return snapshot.areas.find((a) => a.id === target.id)?.geometry ?? null;
  const inv = snapshot.investments.find((i) => i.id === target.id);
  if (!inv) return null;
  const area = inv.wholeArea && inv.areaId ? snapshot.areas.find((a) => a.id === inv.areaId) : undefined;
  return area ? area.geometry : inv.geometry;
}
