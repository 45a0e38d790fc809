// The snapshot's areas and investments as places the search box finds, and what is near a point.
import type { Geometry } from 'geojson';
import type { PublicInvestment, PublicSnapshot } from '../domain/publish/snapshot-types';
import { bboxOf, interiorPoint, type Bbox } from '../map/planar';
import { distanceTo } from '../search/distance';
import type { Place } from '../search/places';
import { targetGeometry } from './sources';

const centreOf = ([w, s, e, n]: Bbox): [number, number] => [(w + e) / 2, (s + n) / 2];

export function snapshotPlaces(snapshot: PublicSnapshot): Place[] {
  const areaName = new Map(snapshot.areas.map((a) => [a.id, a.name]));
  return [
    ...snapshot.areas.map((a): Place => ({
      kind: 'area', id: a.id, label: a.name, detail: '', center: interiorPoint(a.geometry) as [number, number], bbox: bboxOf(a.geometry),
    })),
    ...snapshot.investments.map((inv): Place => {
      const box = bboxOf(targetGeometry(snapshot, { type: 'investment', id: inv.id })!);
      return { kind: 'investment', id: inv.id, label: inv.title, detail: (inv.areaId && areaName.get(inv.areaId)) || '', center: centreOf(box), bbox: box };
    }),
  ];
}

/** Where residents' address searches are preferred: the published areas, with some room around. */
export function searchBias(snapshot: PublicSnapshot): Bbox | null {
  if (snapshot.areas.length === 0) return null;
  const [w, s, e, n] = bboxOf({ type: 'GeometryCollection', geometries: snapshot.areas.map((a) => a.geometry) });
  const dx = Math.max((e - w) * 0.5, 0.05);
  const dy = Math.max((n - s) * 0.5, 0.03);
  return [w - dx, s - dy, e + dx, n + dy];
}

export interface Nearby {
  investment: PublicInvestment;
  metres: number;
}

/** Investments within `radius` metres of `point`, nearest first (a whole-area one counts from its area). */
export function nearby(snapshot: PublicSnapshot, point: [number, number], radius: number): Nearby[] {
  return snapshot.investments
    .map((investment) => ({ investment, metres: distanceTo(point, targetGeometry(snapshot, { type: 'investment', id: investment.id }) as Geometry) }))
    .filter((n) => n.metres <= radius)
    .sort((a, b) => a.metres - b.metres || a.investment.title.localeCompare(b.investment.title, 'sv'));
}
