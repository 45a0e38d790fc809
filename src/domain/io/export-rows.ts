// What an export holds, shared by the GeoJSON, CSV and KML writers so the three files carry the
// same columns. Property names match the import's field guesses (name, title, kind, category…), so
// an exported file can be imported again without mapping by hand.
import { DomainError } from '../errors';
import type { AreaGeometry, Id, InvestmentGeometry, PlatsenDocument } from '../model';

export type ExportTarget = 'areas' | 'investments';
export type Cell = string | number | boolean | null;

export interface ExportRow {
  id: Id;
  geometry: AreaGeometry | InvestmentGeometry;
  properties: Record<string, Cell>;
}

function assertFinite(coords: unknown, id: Id): void {
  if (typeof coords === 'number') {
    // NaN survives IndexedDB but becomes null in JSON: refuse rather than write a broken file.
    if (!Number.isFinite(coords)) throw new DomainError('export.error.notFinite', { id });
    return;
  }
  for (const c of coords as unknown[]) assertFinite(c, id);
}

/** One row per area or investment, in name order, with readable names for linked records. */
export function exportRows(doc: PlatsenDocument, target: ExportTarget): ExportRow[] {
  const rows: ExportRow[] = target === 'areas'
    ? Object.values(doc.areas).map((a) => ({
      id: a.id,
      geometry: a.geometry,
      properties: { id: a.id, name: a.name, description: a.description },
    }))
    : Object.values(doc.investments).map((inv) => ({
      id: inv.id,
      geometry: inv.geometry,
      properties: {
        id: inv.id,
        title: inv.title,
        kind: inv.kind,
        category: inv.category,
        department: inv.departmentId ? doc.departments[inv.departmentId]?.name ?? null : null,
        area: inv.areaId ? doc.areas[inv.areaId]?.name ?? null : null,
        wholeArea: inv.wholeArea,
        budget: inv.budget.investment,
        operatingPerYear: inv.budget.operatingPerYear,
        externalFunding: inv.budget.externalFunding,
        startDate: inv.startDate,
        endDate: inv.endDate,
        visibility: inv.visibility,
        description: inv.description,
      },
    }));
  for (const row of rows) assertFinite(row.geometry.coordinates, row.id);
  const label = (r: ExportRow) => String(r.properties.name ?? r.properties.title);
  return rows.sort((a, b) => label(a).localeCompare(label(b), 'sv') || a.id.localeCompare(b.id));
}
