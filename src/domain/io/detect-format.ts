// Which reader gets the bytes. The extension is a hint and the content decides: a PDF renamed
// .geojson must say "this is not a text file", not "unexpected token at position 0".
import { DomainError } from '../errors';
import type { Format } from './types';

export const WARN_BYTES = 20 * 1024 * 1024;
export const MAX_BYTES = 200 * 1024 * 1024;

/** Checked before a byte is read: over 200 MB throws 'io.error.tooLarge'; over 20 MB is `large`. */
export function checkFileSize(bytes: number): { large: boolean } {
  const mb = (n: number) => Math.round(n / 1024 / 1024);
  if (bytes > MAX_BYTES) throw new DomainError('io.error.tooLarge', { sizeMb: mb(bytes), limitMb: mb(MAX_BYTES) });
  return { large: bytes > WARN_BYTES };
}

export type Sniffed =
  /** A zip: a shapefile's parts or a KMZ; the reader decides from what is inside. */
  | { format: 'zip'; bytes: Uint8Array }
  | { format: 'geopackage'; bytes: Uint8Array }
  | { format: Exclude<Format, 'shapefile' | 'geopackage' | 'kmz'>; text: string; encoding: 'utf-8' | 'windows-1252' };

const extension = (name: string) => /\.([a-z0-9]+)$/i.exec(name)?.[1]?.toLowerCase() ?? '';

/** Every SQLite 3 database (so every GeoPackage) starts with these 16 bytes. */
const SQLITE_MAGIC = 'SQLite format 3\0';
const isSqlite = (b: Uint8Array) => b.length >= 100 && String.fromCharCode(...b.subarray(0, 16)) === SQLITE_MAGIC;

const isZip = (b: Uint8Array) => b.length >= 4 && b[0] === 0x50 && b[1] === 0x4b && b[2] === 0x03 && b[3] === 0x04;

/** NUL bytes or many control characters in the first 8 KB: not a text file, whatever its name. */
function looksBinary(b: Uint8Array): boolean {
  const n = Math.min(b.length, 8192);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const c = b[i]!;
    if (c === 0) return true;
    if (c < 9 || (c > 13 && c < 32)) control++;
  }
  return control > n * 0.05;
}

/** UTF-8 when valid (BOM removed); otherwise Windows-1252, which is what Swedish Excel writes. */
function decode(b: Uint8Array): { text: string; encoding: 'utf-8' | 'windows-1252' } {
  try {
    return { text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(b), encoding: 'utf-8' };
  } catch {
    return { text: new TextDecoder('windows-1252').decode(b), encoding: 'windows-1252' };
  }
}

const JSON_EXT = new Set(['geojson', 'json']);
const CSV_EXT = new Set(['csv', 'txt', 'tsv']);

/** Decides the format from name and content; throws DomainError with a user-facing code. */
export function sniffFormat(name: string, bytes: Uint8Array): Sniffed {
  const ext = extension(name);
  if (bytes.length === 0) throw new DomainError('io.error.emptyFile', { name });
  if (isZip(bytes)) return { format: 'zip', bytes };
  if (isSqlite(bytes)) return { format: 'geopackage', bytes };
  if (ext === 'shp' || ext === 'dbf' || ext === 'shx') throw new DomainError('io.error.shpNeedsZip', { name });
  if (ext === 'zip' || ext === 'kmz') throw new DomainError('io.error.notZip', { name });
  if (ext === 'gpkg') throw new DomainError('io.error.gpkgNotSqlite', { name });
  if (looksBinary(bytes)) throw new DomainError('io.error.notText', { name });
  const { text, encoding } = decode(bytes);
  const first = /\S/.exec(text)?.[0];
  if (first === undefined) throw new DomainError('io.error.emptyFile', { name });
  if (JSON_EXT.has(ext)) {
    if (first !== '{' && first !== '[' && first !== '"') throw new DomainError('io.error.notJson', { name });
    return { format: 'geojson', text, encoding };
  }
  if (ext === 'kml' || (first === '<' && /<kml[\s>]/i.test(text.slice(0, 4096)))) return { format: 'kml', text, encoding };
  if (ext === 'gpx' || (first === '<' && /<gpx[\s>]/i.test(text.slice(0, 4096)))) return { format: 'gpx', text, encoding };
  if (first === '{' || first === '[') return { format: 'geojson', text, encoding };
  if (CSV_EXT.has(ext)) return { format: 'csv', text, encoding };
  throw new DomainError('io.error.unknownFormat', { name });
}
