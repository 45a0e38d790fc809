// The rows of the area list: each area with its size, its number of investments and their summed
// budget, searched accent-insensitively and sorted. Sizes are cached per geometry object: the
// document is immutable, so an unchanged area keeps its geometry and its size is computed once.
import { area as turfArea } from '@turf/turf';
import { foldText } from '../../domain/filter';
import type { Area, AreaGeometry, Id, PlatsenDocument } from '../../domain/model';
import { LOCALES } from '../../i18n/translate';
import type { Lang } from '../../store/session';

export type AreaSortKey = 'name' | 'size' | 'investments' | 'budget';
export const AREA_SORT_KEYS: readonly AreaSortKey[] = ['name', 'size', 'investments', 'budget'];
export type SortDirection = 'asc' | 'desc';

export interface AreaRow {
  area: Area;
  sizeM2: number;
  investments: number;
  /** Sum of the one-off investment budgets of the area's investments, SEK. */
  budget: number;
}

const sizes = new WeakMap<AreaGeometry, number>();

/** Surface in m², computed once per geometry object. */
export function areaSize(geometry: AreaGeometry): number {
  let size = sizes.get(geometry);
  if (size === undefined) sizes.set(geometry, (size = turfArea(geometry)));
  return size;
}

export function areaRows(areas: PlatsenDocument['areas'], investments: PlatsenDocument['investments']): AreaRow[] {
  const totals = new Map<Id, { n: number; budget: number }>();
  for (const inv of Object.values(investments)) {
    if (!inv.areaId) continue;
    const t = totals.get(inv.areaId) ?? { n: 0, budget: 0 };
    t.n += 1;
    t.budget += inv.budget.investment;
    totals.set(inv.areaId, t);
  }
  return Object.values(areas).map((area) => {
    const t = totals.get(area.id);
    return { area, sizeM2: areaSize(area.geometry), investments: t?.n ?? 0, budget: t?.budget ?? 0 };
  });
}

/** Rows whose name or description contains every word of the query, ignoring case and accents. */
export function searchRows(rows: AreaRow[], query: string): AreaRow[] {
  const words = foldText(query).split(/\s+/).filter(Boolean);
  if (!words.length) return rows;
  return rows.filter((r) => {
    const text = foldText(`${r.area.name} ${r.area.description}`);
    return words.every((w) => text.includes(w));
  });
}

export function sortRows(rows: AreaRow[], key: AreaSortKey, direction: SortDirection, lang: Lang): AreaRow[] {
  const collator = new Intl.Collator(LOCALES[lang], { numeric: true });
  const byName = (a: AreaRow, b: AreaRow) => collator.compare(a.area.name, b.area.name);
  const measure: Record<Exclude<AreaSortKey, 'name'>, (r: AreaRow) => number> = {
    size: (r) => r.sizeM2, investments: (r) => r.investments, budget: (r) => r.budget,
  };
  const sign = direction === 'asc' ? 1 : -1;
  // Ties (same count, same budget) keep alphabetical order whichever way the list runs.
  return [...rows].sort((a, b) => (key === 'name' ? sign * byName(a, b) : sign * (measure[key](a) - measure[key](b)) || byName(a, b)));
}
