// Builds GeoPackages (OGC 12-128r18) in the tests, with SQLite in WebAssembly (sql.js) and the WKB of
// an independent library (wkx), so the app's reader is checked against files it did not write. The
// tables are the ones GDAL/QGIS create: gpkg_spatial_ref_sys, gpkg_contents, gpkg_geometry_columns.
import type { Geometry } from 'geojson';
import type { Database } from 'sql.js';
import { Geometry as Wkx } from 'wkx';
import { openSqliteNode } from '../../src/cli/sqlite-node';

export interface GpkgSrs {
  id: number;
  name: string;
  organization: string;
  code: number;
  /** WKT1, as GDAL writes it; 'undefined' when unknown. */
  wkt: string;
}

export interface GpkgLayer {
  name: string;
  geometryType: string;
  srs: GpkgSrs;
  /** Column name → SQL type, in order. */
  columns: Record<string, 'TEXT' | 'INTEGER' | 'REAL'>;
  features: Array<{ geometry: Geometry | null; properties: Record<string, string | number | null> }>;
}

/** A GP header (version 0, little-endian, no envelope) before the feature's ISO WKB. */
export function gpkgBlob(geometry: Geometry | null, srsId: number): Uint8Array {
  const header = Buffer.alloc(8);
  header.write('GP', 0, 'latin1');
  header.writeUInt8(geometry ? 0x01 : 0x11, 3);
  header.writeInt32LE(srsId, 4);
  const empty = Buffer.from(Wkx.parseGeoJSON({ type: 'Point', coordinates: [] }).toWkb());
  return Buffer.concat([header, geometry ? Wkx.parseGeoJSON(geometry).toWkb() : empty]);
}

function addLayer(db: Database, layer: GpkgLayer): void {
  const { srs } = layer;
  db.run('INSERT OR IGNORE INTO gpkg_spatial_ref_sys VALUES (?, ?, ?, ?, ?, ?)', [srs.name, srs.id, srs.organization, srs.code, srs.wkt, '']);
  const q = (s: string) => `"${s}"`;
  const columns = Object.entries(layer.columns).map(([c, type]) => `${q(c)} ${type}`).join(', ');
  db.run(`CREATE TABLE ${q(layer.name)} (fid INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL, geom ${layer.geometryType}${columns ? `, ${columns}` : ''})`);
  db.run("INSERT INTO gpkg_contents (table_name, data_type, identifier, srs_id) VALUES (?, 'features', ?, ?)", [layer.name, layer.name, srs.id]);
  db.run('INSERT INTO gpkg_geometry_columns VALUES (?, ?, ?, ?, 0, 0)', [layer.name, 'geom', layer.geometryType, srs.id]);
  const names = Object.keys(layer.columns);
  const insert = db.prepare(`INSERT INTO ${q(layer.name)} (geom${names.map((n) => `, ${q(n)}`).join('')}) VALUES (?${', ?'.repeat(names.length)})`);
  for (const f of layer.features) insert.run([gpkgBlob(f.geometry, srs.id), ...names.map((n) => f.properties[n] ?? null)]);
  insert.free();
}

/** A GeoPackage with the given layers; `extra` may change the database before it is exported. */
export async function buildGeoPackage(layers: GpkgLayer[], extra?: (db: Database) => void): Promise<Uint8Array> {
  const SQL = await openSqliteNode();
  const db = new SQL.Database();
  db.run(`PRAGMA application_id = 1196444487; PRAGMA user_version = 10300;
    CREATE TABLE gpkg_spatial_ref_sys (srs_name TEXT NOT NULL, srs_id INTEGER PRIMARY KEY, organization TEXT NOT NULL,
      organization_coordsys_id INTEGER NOT NULL, definition TEXT NOT NULL, description TEXT);
    CREATE TABLE gpkg_contents (table_name TEXT NOT NULL PRIMARY KEY, data_type TEXT NOT NULL, identifier TEXT UNIQUE,
      description TEXT DEFAULT '', last_change DATETIME NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
      min_x DOUBLE, min_y DOUBLE, max_x DOUBLE, max_y DOUBLE, srs_id INTEGER);
    CREATE TABLE gpkg_geometry_columns (table_name TEXT NOT NULL, column_name TEXT NOT NULL, geometry_type_name TEXT NOT NULL,
      srs_id INTEGER NOT NULL, z TINYINT NOT NULL, m TINYINT NOT NULL, CONSTRAINT pk_geom_cols PRIMARY KEY (table_name, column_name));`);
  db.run("INSERT INTO gpkg_spatial_ref_sys VALUES ('Undefined cartesian SRS', -1, 'NONE', -1, 'undefined', ''), ('Undefined geographic SRS', 0, 'NONE', 0, 'undefined', '')");
  for (const layer of layers) addLayer(db, layer);
  extra?.(db);
  const bytes = db.export();
  db.close();
  return bytes;
}

export const SWEREF99TM_SRS: GpkgSrs = {
  id: 3006, name: 'SWEREF99 TM', organization: 'EPSG', code: 3006,
  wkt: 'PROJCS["SWEREF99 TM",GEOGCS["SWEREF99",DATUM["SWEREF99",SPHEROID["GRS 1980",6378137,298.257222101]],PRIMEM["Greenwich",0],'
    + 'UNIT["degree",0.0174532925199433]],PROJECTION["Transverse_Mercator"],PARAMETER["latitude_of_origin",0],PARAMETER["central_meridian",15],'
    + 'PARAMETER["scale_factor",0.9996],PARAMETER["false_easting",500000],PARAMETER["false_northing",0],UNIT["metre",1],AUTHORITY["EPSG","3006"]]',
};

/** SWEREF 99 12 00 (Göteborg's and Halland's zone), stated only by WKT under another organisation's number, as some exports do. */
export const SWEREF99_1200_SRS: GpkgSrs = {
  id: 100007, name: 'SWEREF99 12 00', organization: 'KOMMUN', code: 7,
  wkt: 'PROJCS["SWEREF99 12 00",GEOGCS["SWEREF99",DATUM["SWEREF99",SPHEROID["GRS 1980",6378137,298.257222101]],PRIMEM["Greenwich",0],'
    + 'UNIT["degree",0.0174532925199433]],PROJECTION["Transverse_Mercator"],PARAMETER["latitude_of_origin",0],PARAMETER["central_meridian",12],'
    + 'PARAMETER["scale_factor",1],PARAMETER["false_easting",150000],PARAMETER["false_northing",0],UNIT["metre",1]]',
};
