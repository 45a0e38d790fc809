// GeoPackage in (OGC 12-128r18, the format of SCB, Lantmäteriet and QGIS): an SQLite database read by
// SQLite compiled to WebAssembly (sql.js), which the caller opens (openSqlite) so the domain stays
// free of how the engine is loaded (a code-split chunk from our own origin in the browser, the
// package's own file in Node). Every feature table listed in gpkg_contents with its geometry column
// in gpkg_geometry_columns is a layer; one is read, the others are named so the user can choose.
// Nothing the file claims is trusted: rows are counted (bounded) before any is read, blobs are
// parsed with bounds checks, and damage anywhere is a clear refusal rather than a crash.
import type { Database, SqlJsStatic, SqlValue } from 'sql.js';
import { DomainError } from '../errors';
import { crsFromPrj, isKnownCrs, type CrsCode } from './crs';
import type { LayerInfo, ReadResult } from './types';
import { readGpkgGeometry, WkbError } from './wkb';

export type OpenSqlite = () => Promise<SqlJsStatic>;

/**
 * More rows than any municipal layer has (Sweden has 6,160 DeSO and about 3.3 million property
 * units): beyond this a file is refused before its rows are read, instead of exhausting memory.
 */
export const MAX_GPKG_ROWS = 1_000_000;

const quote = (name: string) => `"${name.replace(/"/g, '""')}"`;

function rows(db: Database, sql: string, params: SqlValue[] = []): Array<Record<string, SqlValue>> {
  const stmt = db.prepare(sql, params);
  const out: Array<Record<string, SqlValue>> = [];
  try {
    while (stmt.step()) out.push(stmt.getAsObject());
  } finally {
    stmt.free();
  }
  return out;
}

/** SQLite's own words for a damaged file and for bytes that are no database at all. */
function refusal(e: unknown): DomainError {
  if (e instanceof DomainError) return e;
  const message = e instanceof Error ? e.message : String(e);
  if (/not a database/i.test(message)) return new DomainError('io.error.gpkgNotSqlite');
  return new DomainError('io.error.gpkgCorrupt');
}

interface Layer extends LayerInfo {
  column: string;
  srsId: number;
}

function listLayers(db: Database): Layer[] {
  const tables = new Set(rows(db, "SELECT name FROM sqlite_master WHERE type IN ('table', 'view')").map((r) => String(r.name)));
  if (!tables.has('gpkg_contents') || !tables.has('gpkg_geometry_columns')) throw new DomainError('io.error.gpkgNotGeoPackage');
  const found = rows(db, `SELECT c.table_name AS name, g.column_name AS col, g.geometry_type_name AS type, g.srs_id AS srs
    FROM gpkg_contents c JOIN gpkg_geometry_columns g ON g.table_name = c.table_name
    WHERE c.data_type = 'features' ORDER BY c.table_name`);
  // A layer whose table or geometry column is missing cannot be read: it is left out.
  return found
    .filter((r) => tables.has(String(r.name)) && rows(db, `PRAGMA table_info(${quote(String(r.name))})`).some((c) => c.name === r.col))
    .map((r) => ({ name: String(r.name), column: String(r.col), geometryType: String(r.type ?? ''), srsId: Number(r.srs) }));
}

/** The layer's system: 0 is "undefined geographic" (read as WGS 84), −1 "undefined Cartesian" (guessed from the numbers). */
function layerCrs(db: Database, layer: Layer): CrsCode | null {
  if (layer.srsId === -1) return null;
  if (layer.srsId === 0) return 'EPSG:4326';
  const [srs] = rows(db, 'SELECT * FROM gpkg_spatial_ref_sys WHERE srs_id = ?', [layer.srsId]);
  if (!srs) throw new DomainError('io.error.gpkgUnknownSrs', { layer: layer.name, srsId: String(layer.srsId) });
  const org = String(srs.organization ?? '').toUpperCase();
  const code = `EPSG:${Number(srs.organization_coordsys_id)}`;
  if (org === 'EPSG' && isKnownCrs(code)) return code;
  // WKT2 (the crs_wkt extension) first when present: it is the newer, fuller definition.
  const wkt = [srs.definition_12_063, srs.definition].map((d) => String(d ?? '').trim()).find((d) => d && d.toLowerCase() !== 'undefined');
  if (!wkt) throw new DomainError('io.error.gpkgUnknownSrs', { layer: layer.name, srsId: String(layer.srsId) });
  return crsFromPrj(wkt);
}

/** Attribute values as they are, except blobs (photos, raw bytes), which no field of ours can hold. */
function properties(row: Record<string, SqlValue>, geometryColumn: string): Record<string, unknown> {
  return Object.fromEntries(Object.entries(row).filter(([k, v]) => k !== geometryColumn && !(v instanceof Uint8Array)));
}

function feature(row: Record<string, SqlValue>, layer: Layer, fid: string | null): unknown {
  const blob = row[layer.column];
  let geometry: unknown = null;
  if (blob instanceof Uint8Array) {
    try {
      geometry = readGpkgGeometry(blob);
    } catch (e) {
      if (!(e instanceof WkbError)) throw e;
      geometry = { type: 'Unreadable', code: 'io.problem.badWkb', reason: e.message };
    }
  } else if (blob !== null && blob !== undefined) {
    geometry = { type: 'Unreadable', code: 'io.problem.badWkb', reason: typeof blob };
  }
  const id = fid ? row[fid] : undefined;
  return { type: 'Feature', ...(typeof id === 'number' ? { id } : {}), geometry, properties: properties(row, layer.column) };
}

function readLayer(db: Database, layer: Layer): unknown[] {
  const [counted] = rows(db, `SELECT COUNT(*) AS n FROM (SELECT 1 FROM ${quote(layer.name)} LIMIT ${MAX_GPKG_ROWS + 1})`);
  if (Number(counted?.n) > MAX_GPKG_ROWS) throw new DomainError('io.error.gpkgTooManyRows', { layer: layer.name, max: MAX_GPKG_ROWS });
  const fid = rows(db, `PRAGMA table_info(${quote(layer.name)})`).find((c) => Number(c.pk) === 1 && /INT/i.test(String(c.type)));
  return rows(db, `SELECT * FROM ${quote(layer.name)} LIMIT ${MAX_GPKG_ROWS}`).map((r) => feature(r, layer, fid ? String(fid.name) : null));
}

/** Reads one layer (the named one, else the first by name); throws DomainError for a file that cannot be read. */
export async function readGeoPackage(bytes: Uint8Array, openSqlite: OpenSqlite, wanted?: string): Promise<ReadResult> {
  const SQL = await openSqlite();
  let db: Database;
  try {
    db = new SQL.Database(bytes);
  } catch (e) {
    throw refusal(e);
  }
  try {
    const layers = listLayers(db);
    if (layers.length === 0) throw new DomainError('io.error.gpkgNoGeometry');
    const layer = wanted === undefined ? layers[0]! : layers.find((l) => l.name === wanted);
    if (!layer) throw new DomainError('io.error.gpkgNoLayer', { layer: wanted!.slice(0, 120), layers: layers.map((l) => l.name).join(', ') });
    const crs = layerCrs(db, layer);
    const features = readLayer(db, layer);
    return {
      format: 'geopackage',
      features,
      declared: crs ? { crs, source: 'declared' } : null,
      notes: [],
      layers: layers.map(({ name, geometryType }) => ({ name, geometryType })),
      layer: layer.name,
    };
  } catch (e) {
    throw refusal(e);
  } finally {
    db.close();
  }
}
