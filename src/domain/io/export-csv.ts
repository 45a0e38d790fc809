// CSV out, for spreadsheets: one row per record with a representative point (longitude/latitude:
// the point itself, or a point guaranteed on the line or inside the polygon) and the geometry type,
// so the file opens in Excel and can be imported again as points.
import { pointOnFeature } from '@turf/turf';
import type { PlatsenDocument } from '../model';
import { exportRows, type Cell, type ExportTarget } from './export-rows';

/**
 * Spreadsheets run a cell starting with = + - @ (or a tab or carriage return) as a formula; a
 * leading apostrophe makes it plain text (OWASP "CSV injection"). Numbers are left as they are.
 */
function guardFormula(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

/** RFC 4180: quoted when it holds a comma, quote, line break or edge space; quotes doubled. */
export function csvCell(value: Cell): string {
  if (value === null) return '';
  if (typeof value !== 'string') return String(value);
  const text = guardFormula(value);
  return /[",\r\n]|^\s|\s$/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function exportCsv(doc: PlatsenDocument, target: ExportTarget): string {
  const rows = exportRows(doc, target);
  const propertyColumns = rows[0] ? Object.keys(rows[0].properties) : target === 'areas' ? ['id', 'name'] : ['id', 'title'];
  const header = [...propertyColumns, 'geometryType', 'longitude', 'latitude'];
  const lines = rows.map((r) => {
    const [lon, lat] = pointOnFeature(r.geometry).geometry.coordinates as [number, number];
    return [...propertyColumns.map((c) => r.properties[c] ?? null), r.geometry.type, lon, lat];
  });
  return csvText([header, ...lines]);
}

/** A whole CSV file from rows of cells, every cell guarded and quoted as above. */
export function csvText(rows: Cell[][]): string {
  // The byte order mark makes Excel read the file as UTF-8 (å, ä, ö) instead of the system code page.
  return `\uFEFF${rows.map((r) => r.map(csvCell).join(',')).join('\r\n')}\r\n`;
}
