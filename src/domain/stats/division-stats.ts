// Statistics imported for a division of the workspace, in the shape the bundled DeSO statistics have
// (one feature per part with a value per statistic), so the choropleth and Mätning work on them
// exactly as on Malmö's: an area adopted from the division's parts gets exact figures (the features
// carry the division as their layer), any other area is apportioned from the parts it overlaps.
import type { DivisionStatistic, PlatsenDocument, ReferenceDivision } from '../model';
import type { DesoFeature } from './deso-index';

/** The division whose statistics the workspace shows: the one imported into most recently. */
export function statsDivision(doc: Pick<PlatsenDocument, 'divisions' | 'divisionStats'>): { division: ReferenceDivision; stats: DivisionStatistic[] } | null {
  const all = Object.values(doc.divisionStats).filter((s) => doc.divisions[s.divisionId]);
  if (!all.length) return null;
  const latest = all.reduce((a, b) => (b.updatedAt > a.updatedAt ? b : a));
  return { division: doc.divisions[latest.divisionId]!, stats: all.filter((s) => s.divisionId === latest.divisionId) };
}

export function divisionFeatures(division: ReferenceDivision, stats: readonly DivisionStatistic[]): DesoFeature[] {
  return division.parts.map((p) => ({
    type: 'Feature',
    id: `${division.id}:${p.code}`,
    geometry: p.geometry,
    properties: {
      code: p.code, name: p.name, desokod: p.code, layer: division.id, ...(p.regso ? { regsokod: p.regso } : {}),
      ...Object.fromEntries(stats.map((s) => [s.key, s.values[p.code] ?? null])),
    },
  }));
}
