// Statistics from SCB's Statistikdatabasen for any municipality: JSON-stat 2 (what PxWebApi v2 gives
// with outputFormat=json-stat2) and the CSV it exports (PxWebApi's csv, with or without a title
// line, codes, texts or both, comma, semicolon or tab). Each combination of the table's other
// variables (content, sex, age, background…) is one series with a value per region and year.
// Region codes match with or without the vintage suffix (1280C1070_DeSO2025 = 1280C1070).
// Suppressed or missing cells ("..", ".", "-") stay missing (null), never 0.
import Papa from 'papaparse';
import { DomainError } from '../errors';

export interface StatSeries {
  /** The series' categories joined, e.g. "Folkmängd · utländsk bakgrund · totalt". */
  label: string;
  year: string;
  /** By region code without the vintage suffix; null is suppressed or missing. */
  values: Record<string, number | null>;
}

export interface StatTable {
  /** SCB's table id (TAB6574) when the file names it, else ''. */
  table: string;
  title: string;
  series: StatSeries[];
  years: string[];
}

/** A DeSO (kommunkod + A/B/C + 4 digits) or RegSO (kommunkod + R + 3 digits) code, with its optional vintage suffix. */
const REGION = /^(\d{4}[ABC]\d{4}|\d{4}R\d{3})(?:_(?:DeSO|RegSO)\d{4})?\b/;
const YEAR = /\b((?:19|20)\d{2})\b/;
const SUPPRESSED = /^(\.{1,3}|-|–|—|\.\.[A-Z]?|x|X)?$/;

/** The region code at the start of a cell ("1280C1070_DeSO2025 Malmö" → 1280C1070), or the cell's first word. */
export function regionCode(cell: string): string {
  const s = cell.trim();
  return REGION.exec(s)?.[1] ?? s.split(/\s+/)[0]!.replace(/_(DeSO|RegSO)\d{4}$/, '');
}

/** "1 234,5" → 1234.5; a suppression mark or an empty cell → null; anything else → undefined (not a value). */
function cellValue(raw: unknown): number | null | undefined {
  if (raw === null || raw === undefined) return null;
  if (typeof raw === 'number') return Number.isFinite(raw) ? raw : null;
  const s = String(raw).trim().replace(/[\s\u00a0\u202f]/g, '').replace(/^\u2212/, '-');
  if (SUPPRESSED.test(s)) return null;
  if (!/^-?\d+([.,]\d+)?$/.test(s)) return undefined;
  return Number(s.replace(',', '.'));
}

const tableId = (...texts: string[]) => texts.map((t) => /\bTAB\d{3,6}\b/.exec(t)?.[0]).find(Boolean) ?? '';

// ---- JSON-stat 2 -------------------------------------------------------------------------------

interface JsonStatDimension {
  label?: string;
  category: { index?: Record<string, number> | string[]; label?: Record<string, string> };
}
interface JsonStat {
  class?: string;
  label?: string;
  id: string[];
  size: number[];
  role?: { time?: string[] };
  dimension: Record<string, JsonStatDimension>;
  value: Array<number | null> | Record<string, number | null>;
  extension?: { px?: { tableid?: string } };
}

function categories(d: JsonStatDimension): string[] {
  const index = d.category.index ?? Object.keys(d.category.label ?? {});
  if (Array.isArray(index)) return index;
  return Object.entries(index).sort((a, b) => a[1] - b[1]).map(([code]) => code);
}

export function readJsonStat(text: string): StatTable {
  let data: JsonStat;
  try {
    data = JSON.parse(text) as JsonStat;
  } catch {
    throw new DomainError('stats.error.notScb');
  }
  if (data?.class !== 'dataset' || !Array.isArray(data.id) || !Array.isArray(data.size) || typeof data.dimension !== 'object') {
    throw new DomainError('stats.error.notScb');
  }
  const cats = data.id.map((id) => categories(data.dimension[id] ?? { category: {} }));
  const regionDim = cats.findIndex((c) => c.length > 0 && c.every((code) => REGION.test(code)));
  if (regionDim < 0) throw new DomainError('stats.error.noRegions');
  const timeId = data.role?.time?.[0] ?? data.id.find((id) => /^(tid|time|år)$/i.test(id));
  const timeDim = timeId ? data.id.indexOf(timeId) : -1;
  const strides = data.size.map((_, i) => data.size.slice(i + 1).reduce((a, b) => a * b, 1));
  const value = (i: number) => (Array.isArray(data.value) ? data.value[i] : data.value[String(i)]) ?? null;
  const series = new Map<string, StatSeries>();
  const total = data.size.reduce((a, b) => a * b, 1);
  for (let i = 0; i < total; i++) {
    const at = strides.map((s, d) => Math.floor(i / s) % data.size[d]!);
    const labelOf = (d: number) => {
      const code = cats[d]![at[d]!]!;
      return data.dimension[data.id[d]!]!.category.label?.[code] ?? code;
    };
    const others = data.id.map((_, d) => d).filter((d) => d !== regionDim && d !== timeDim);
    const label = others.map(labelOf).join(' · ') || (data.label ?? '');
    const year = timeDim >= 0 ? labelOf(timeDim) : '';
    const key = `${label}\u0000${year}`;
    let s = series.get(key);
    if (!s) series.set(key, (s = { label, year, values: {} }));
    s.values[regionCode(cats[regionDim]![at[regionDim]!]!)] = cellValue(value(i)) ?? null;
  }
  return finish(tableId(data.extension?.px?.tableid ?? '', data.label ?? ''), data.label ?? '', [...series.values()]);
}

// ---- CSV ---------------------------------------------------------------------------------------

function delimiter(line: string): string {
  const counts = [';', ',', '\t'].map((d) => [d, line.replace(/"[^"]*"/g, '').split(d).length] as const);
  return counts.reduce((a, b) => (b[1] > a[1] ? b : a))[0];
}

export function readScbCsv(text: string, fileName = ''): StatTable {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  // A title line (IncludeTitle) holds one cell; the header is the first line with several.
  const headerAt = lines.findIndex((l) => l.trim() && Papa.parse<string[]>(l, { delimiter: delimiter(l) }).data[0]!.length > 1);
  if (headerAt < 0) throw new DomainError('stats.error.notScb');
  const title = lines.slice(0, headerAt).join(' ').replace(/"/g, '').trim();
  const rows = Papa.parse<string[]>(lines.slice(headerAt).join('\n'), { delimiter: delimiter(lines[headerAt]!), skipEmptyLines: 'greedy' }).data;
  const [header, ...body] = rows;
  if (!header || body.length === 0) throw new DomainError('stats.error.notScb');
  const regionCol = header.findIndex((_, c) => body.filter((r) => REGION.test((r[c] ?? '').trim())).length > body.length / 2);
  if (regionCol < 0) throw new DomainError('stats.error.noRegions');
  const timeCol = header.findIndex((h, c) => c !== regionCol && /^(år|tid|year|time)$/i.test(h.trim()) && body.every((r) => YEAR.test(r[c] ?? '')));
  const isValueCol = (c: number) => c !== regionCol && c !== timeCol && body.every((r) => cellValue(r[c]) !== undefined);
  const valueCols = header.map((_, c) => c).filter(isValueCol);
  const textCols = header.map((_, c) => c).filter((c) => c !== regionCol && c !== timeCol && !valueCols.includes(c));
  if (valueCols.length === 0) throw new DomainError('stats.error.noValues');
  const series = new Map<string, StatSeries>();
  for (const row of body) {
    for (const c of valueCols) {
      const year = timeCol >= 0 ? YEAR.exec(row[timeCol]!)![1]! : YEAR.exec(header[c]!)?.[1] ?? '';
      const heading = header[c]!.replace(YEAR, '').replace(/\s+/g, ' ').trim();
      const label = [heading, ...textCols.map((t) => (row[t] ?? '').trim())].filter(Boolean).join(' · ');
      const key = `${label}\u0000${year}`;
      let s = series.get(key);
      if (!s) series.set(key, (s = { label, year, values: {} }));
      s.values[regionCode(row[regionCol]!)] = cellValue(row[c]) ?? null;
    }
  }
  return finish(tableId(title, fileName), title || fileName, [...series.values()]);
}

function finish(table: string, title: string, series: StatSeries[]): StatTable {
  const years = [...new Set(series.map((s) => s.year))].sort();
  return { table, title: title.slice(0, 300), series, years };
}

/** JSON-stat 2 or CSV, by the first character; throws DomainError for anything else. */
export function readScbStatistics(text: string, fileName: string): StatTable {
  const first = /\S/.exec(text)?.[0];
  if (first === undefined) throw new DomainError('stats.error.notScb');
  return first === '{' ? readJsonStat(text) : readScbCsv(text, fileName);
}
