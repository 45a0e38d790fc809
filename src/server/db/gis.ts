// What GIS staff open in QGIS: with PostGIS, the records' geometries as a column (generated from
// the stored GeoJSON, so it can never disagree with what the app holds) and read-only views per
// layer in WGS 84 (EPSG:4326) and SWEREF 99 TM (EPSG:3006), typed so QGIS knows each layer's
// geometry type and system without scanning. The role platsen_gis_reader may read those views
// and nothing else; grant it to a login role for QGIS (README: GIS access).
import type pg from 'pg';
import { inTransaction } from './engine';

export const GIS_SCHEMA = 'gis';
export const GIS_READER_ROLE = 'platsen_gis_reader';

/** [view name, geometry type for QGIS, which GeoJSON types it holds, table] */
const LAYERS = [
  ['areas', 'MultiPolygon', ['POLYGON', 'MULTIPOLYGON'], 'areas'],
  ['investment_points', 'Point', ['POINT'], 'investments'],
  ['investment_lines', 'MultiLineString', ['LINESTRING', 'MULTILINESTRING'], 'investments'],
  ['investment_polygons', 'MultiPolygon', ['POLYGON', 'MULTIPOLYGON'], 'investments'],
] as const;

const ATTRIBUTES: Record<'areas' | 'investments', string> = {
  areas: `r.data->>'name' AS name, r.data->>'description' AS description`,
  investments: `r.data->>'title' AS title, r.data->>'kind' AS kind, r.data->>'category' AS category,
    dep.data->>'name' AS department, area.data->>'name' AS area,
    (r.data->'budget'->>'investment')::numeric AS budget_investment,
    (r.data->'budget'->>'operatingPerYear')::numeric AS budget_operating_per_year,
    (r.data->>'startDate')::date AS start_date, (r.data->>'endDate')::date AS end_date,
    r.data->>'visibility' AS visibility`,
};

function viewSql(name: string, type: string, types: readonly string[], table: 'areas' | 'investments', srid: 4326 | 3006): string {
  const geom = type === 'Point' ? 'r.geom' : 'ST_Multi(r.geom)';
  const projected = srid === 4326 ? geom : `ST_Transform(${geom}, 3006)`;
  const joins = table === 'investments'
    ? `LEFT JOIN records dep ON dep.workspace_id = r.workspace_id AND dep.tbl = 'departments' AND dep.id = r.data->>'departmentId' AND NOT dep.deleted
       LEFT JOIN records area ON area.workspace_id = r.workspace_id AND area.tbl = 'areas' AND area.id = r.data->>'areaId' AND NOT area.deleted`
    : '';
  return `CREATE OR REPLACE VIEW ${GIS_SCHEMA}.${name}_${srid} AS
    SELECT r.workspace_id, w.name AS workspace, r.id, ${ATTRIBUTES[table]}, r.version,
      (${projected})::geometry(${type}, ${srid}) AS geom
    FROM records r JOIN workspaces w ON w.id = r.workspace_id ${joins}
    WHERE r.tbl = '${table}' AND NOT r.deleted AND GeometryType(r.geom) IN (${types.map((t) => `'${t}'`).join(', ')})`;
}

/**
 * Adds the GIS layer when the engine offers PostGIS and we may install it; false (and nothing
 * changed) otherwise, e.g. on the embedded engine.
 */
export async function ensureGis(pool: pg.Pool): Promise<boolean> {
  const available = await pool.query(`SELECT 1 FROM pg_available_extensions WHERE name = 'postgis'`);
  if (available.rowCount === 0) return false;
  try {
    await inTransaction(pool, async (client) => {
      await client.query('SELECT pg_advisory_xact_lock(7305502)');
      await client.query('CREATE EXTENSION IF NOT EXISTS postgis');
      await client.query(`ALTER TABLE records ADD COLUMN IF NOT EXISTS geom geometry(Geometry, 4326)
        GENERATED ALWAYS AS (CASE WHEN NOT deleted AND tbl IN ('areas', 'investments')
          THEN ST_SetSRID(ST_GeomFromGeoJSON(data->'geometry'), 4326) END) STORED`);
      await client.query('CREATE INDEX IF NOT EXISTS records_geom ON records USING gist (geom)');
      await client.query(`CREATE SCHEMA IF NOT EXISTS ${GIS_SCHEMA}`);
      for (const [name, type, types, table] of LAYERS) {
        for (const srid of [4326, 3006] as const) await client.query(viewSql(name, type, types, table, srid));
      }
      await client.query(`DO $$ BEGIN
        IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '${GIS_READER_ROLE}') THEN CREATE ROLE ${GIS_READER_ROLE} NOLOGIN; END IF;
      END $$`);
      await client.query(`GRANT USAGE ON SCHEMA ${GIS_SCHEMA} TO ${GIS_READER_ROLE}`);
      await client.query(`GRANT SELECT ON ALL TABLES IN SCHEMA ${GIS_SCHEMA} TO ${GIS_READER_ROLE}`);
    });
    return true;
  } catch (e) {
    // Installing PostGIS or creating a role needs rights a hosted database may not give: run
    // without the GIS layer and say how to add it (README).
    process.stderr.write(`platsen: PostGIS layer not set up (${(e as Error).message}); see README "GIS access".\n`);
    return false;
  }
}
