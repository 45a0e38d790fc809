// What GIS staff get on PostgreSQL with PostGIS: per-layer views in EPSG:4326 and 3006 with typed
// geometry columns (what QGIS reads to list a layer), following every accepted push, readable by
// a login role in platsen_gis_reader that can read nothing else.
import pg from 'pg';
import proj4 from 'proj4';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { GIS_READER_ROLE } from '../../src/server/db/gis';
import { startTestServer, type TestServer } from './harness';
import { sharedWorkspace, update, type SharedWorkspace } from './workspace-fixture';

const SWEREF99TM = '+proj=utm +zone=33 +ellps=GRS80 +towgs84=0,0,0,0,0,0,0 +units=m +no_defs';

describe('PostGIS views for QGIS', () => {
  let server: TestServer;
  let ws: SharedWorkspace;
  let db: pg.Client;
  beforeAll(async () => {
    server = await startTestServer('postgresql');
    ws = await sharedWorkspace(server);
    db = new pg.Client({ connectionString: server.databaseUrl! });
    await db.connect();
  });
  afterAll(async () => {
    await db?.end();
    await server?.close();
  });

  it('registers every layer in both systems with its geometry type', async () => {
    const { rows } = await db.query(`SELECT f_table_name AS name, type, srid FROM geometry_columns WHERE f_table_schema = 'gis' ORDER BY 1`);
    expect(rows).toEqual([
      { name: 'areas_3006', type: 'MULTIPOLYGON', srid: 3006 },
      { name: 'areas_4326', type: 'MULTIPOLYGON', srid: 4326 },
      { name: 'investment_lines_3006', type: 'MULTILINESTRING', srid: 3006 },
      { name: 'investment_lines_4326', type: 'MULTILINESTRING', srid: 4326 },
      { name: 'investment_points_3006', type: 'POINT', srid: 3006 },
      { name: 'investment_points_4326', type: 'POINT', srid: 4326 },
      { name: 'investment_polygons_3006', type: 'MULTIPOLYGON', srid: 3006 },
      { name: 'investment_polygons_4326', type: 'MULTIPOLYGON', srid: 4326 },
    ]);
  });

  it('shows the workspace\'s investments with their department and area, in SWEREF 99 TM where asked, and follows a push', async () => {
    const { rows } = await db.query(`SELECT id, title, department, area, ST_X(geom) AS x, ST_Y(geom) AS y FROM gis.investment_points_3006 WHERE workspace_id = $1 ORDER BY id`, [ws.id]);
    expect(rows.map((r) => [r.id, r.title, r.department, r.area])).toEqual([['inv_park', 'Parken', 'Gatukontoret', 'Lindängen'], ['inv_youth', 'Fritidsgården', 'Fritid', 'Holma']]);
    // Against an independent transformation (proj4 with SWEREF 99 TM's definition), to the centimetre.
    const [x, y] = proj4('EPSG:4326', SWEREF99TM, [13.01, 55.56]);
    expect(rows[0].x).toBeCloseTo(x!, 2);
    expect(rows[0].y).toBeCloseTo(y!, 2);
    const pushed = await ws.push(ws.admin, [update('investments', 'inv_park', 1, { geometry: { type: 'LineString', coordinates: [[13.0, 55.56], [13.01, 55.565]] } })]);
    expect(pushed.results[0]!.status).toBe('applied');
    const lines = await db.query(`SELECT id, ST_NPoints(geom) AS n FROM gis.investment_lines_4326 WHERE workspace_id = $1`, [ws.id]);
    expect(lines.rows).toEqual([{ id: 'inv_park', n: 2 }]);
    const points = await db.query(`SELECT id FROM gis.investment_points_4326 WHERE workspace_id = $1`, [ws.id]);
    expect(points.rows).toEqual([{ id: 'inv_youth' }]);
  });

  it('lets the read-only role read the views and nothing else, and write nothing', async () => {
    await db.query(`CREATE ROLE qgis_test LOGIN IN ROLE ${GIS_READER_ROLE}`);
    const { host, port } = inject('postgres');
    const qgis = new pg.Client({ host, port, database: /\/(t_\w+)\?/.exec(server.databaseUrl!)![1], user: 'qgis_test' });
    await qgis.connect();
    try {
      const { rows } = await qgis.query('SELECT count(*)::int AS n FROM gis.areas_4326');
      expect(rows[0].n).toBe(2);
      await expect(qgis.query('SELECT * FROM records')).rejects.toThrow(/permission denied/);
      await expect(qgis.query('SELECT * FROM "user"')).rejects.toThrow(/permission denied/);
      await expect(qgis.query(`DELETE FROM gis.areas_4326`)).rejects.toThrow(/permission denied|cannot delete/);
      await expect(qgis.query(`UPDATE records SET deleted = true`)).rejects.toThrow(/permission denied/);
    } finally {
      await qgis.end();
    }
  });
});
