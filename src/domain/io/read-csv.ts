// CSV in: one point per row. Swedish spreadsheets write "55,6" with semicolons between fields and
// name their columns lat/lon, N/E or nord/öst; all of that is read here. A cell that is not a number
// is handed on as text so the validator can name the row, instead of the whole file failing.
import Papa from 'papaparse';
import { DomainError } from '../errors';
import type { ReadResult } from './types';

/** In order of preference: an explicit longitude beats a bare "x". */
const X_NAMES = ['lon', 'lng', 'long', 'longitude', 'longitud', 'easting', 'east', 'e', 'öst', 'ost', 'x'];
const Y_NAMES = ['lat', 'latitude', 'latitud', 'northing', 'north', 'n', 'nord', 'norr', 'y'];

const normaliseHeader = (h: string) =>
  h.toLowerCase().replace(/\(.*?\)|\[.*?\]/g, '').replace(/[\s_\-.]+/g, '').trim();

function findColumn(headers: string[], names: string[]): number {
  const norm = headers.map(normaliseHeader);
  for (const name of names) {
    const i = norm.indexOf(name);
    if (i >= 0) return i;
  }
  return -1;
}

/** The delimiter that splits the header line most often: the header has no decimal commas. */
function headerDelimiter(text: string): string | undefined {
  const line = text.slice(0, text.search(/\r?\n|$/)).replace(/"[^"]*"/g, '');
  const counts = [';', ',', '\t'].map((d) => [d, line.split(d).length - 1] as const);
  const best = counts.reduce((a, b) => (b[1] > a[1] ? b : a));
  return best[1] > 0 ? best[0] : undefined;
}

/** "55,6", "55.6", "1 234 567,8", "−12" → number; anything else stays as the original text. */
export function parseDecimal(cell: string): number | string {
  const s = cell.trim().replace(/[\s\u00a0\u202f]/g, '').replace(/^\u2212/, '-');
  if (!/^[+-]?(\d+([.,]\d*)?|[.,]\d+)([eE][+-]?\d+)?$/.test(s)) return cell;
  return Number(s.replace(',', '.'));
}

function uniqueNames(headers: string[]): string[] {
  const seen = new Map<string, number>();
  return headers.map((h, i) => {
    const base = h.trim() || `column${i + 1}`;
    const n = (seen.get(base) ?? 0) + 1;
    seen.set(base, n);
    return n === 1 ? base : `${base}_${n}`;
  });
}

export function readCsv(text: string): ReadResult {
  const delimiter = headerDelimiter(text);
  const parsed = Papa.parse<string[]>(text, { delimiter, skipEmptyLines: 'greedy', header: false });
  const [headerRow, ...rows] = parsed.data;
  if (!headerRow || rows.length === 0) throw new DomainError('io.error.csvNoRows');
  const xCol = findColumn(headerRow, X_NAMES);
  const yCol = findColumn(headerRow, Y_NAMES);
  if (xCol < 0 || yCol < 0 || xCol === yCol) {
    throw new DomainError('io.error.csvNoCoordinates', { columns: headerRow.join(', ').slice(0, 200) });
  }
  const names = uniqueNames(headerRow);
  const features = rows.map((row) => {
    // fromEntries defines own properties, so a column named "__proto__" stays a column.
    const properties = Object.fromEntries(
      names.flatMap((name, i) => (i === xCol || i === yCol ? [] : [[name, row[i] ?? '']])),
    );
    return {
      type: 'Feature',
      geometry: { type: 'Point', coordinates: [parseDecimal(row[xCol] ?? ''), parseDecimal(row[yCol] ?? '')] },
      properties,
    };
  });
  return { format: 'csv', features, declared: null, notes: [] };
}
