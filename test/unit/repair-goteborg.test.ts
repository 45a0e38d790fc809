// Göteborg's 1,012 basområden (CC0; test/fixtures/other, see data/README.md), reprojected here to SWEREF 99 TM and written
// as a zipped shapefile, through the app's own import path: the worker's job, the preview's plan,
// *Reparera* on every polygon refused for its shape, and the import command writing to IndexedDB.
// Every repaired polygon must pass the same checks that refused the original.
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { rewind } from '@turf/turf';
import type { Feature, MultiPolygon, Polygon, Position } from 'geojson';
import { describe, expect, it } from 'vitest';
import { openSqliteNode } from '../../src/cli/sqlite-node';
import { importFeatures } from '../../src/domain/commands/import-features';
import { fromWgs84 } from '../../src/domain/io/crs';
import { normaliseGeometry, type Issues } from '../../src/domain/io/validate-geometry';
import { normaliseAreaGeometry } from '../../src/domain/spatial/area-geometry';
import { repairCandidate } from '../../src/domain/spatial/repair';
import { testDoc } from '../../src/domain/test-kit';
import { defaultChoices, importArgs, previewPlan, readiness, type ReadFile } from '../../src/features/import-export/import-flow';
import { applyRepairs, repairCandidates } from '../../src/features/import-export/repair-flow';
import '../../src/i18n/strings';
import { translate } from '../../src/i18n/translate';
import { loadDocument, replaceDocument, writePatch } from '../../src/persistence/repository';
import { freshDb } from '../../src/persistence/testing';
import { createPlatsenStore } from '../../src/store/store';
import { runImportJob } from '../../src/workers/import-job';
import { messageCollector, type ImportOutcome } from '../../src/workers/import-protocol';
import { dbf, shapefile, zip } from '../support/file-writers';

// Göteborg's 1,012 basområden (CC0, see data/README.md), gzipped: 1.3 MB instead of 5 MB in the repository.
const SOURCE = new URL('../fixtures/other/goteborg-basomraden.geojson.gz', import.meta.url);

type Basomrade = Feature<Polygon | MultiPolygon, { basomrade: string; ajour_datu: number; area_km2: number }>;

/** SWEREF 99 TM, rings wound the ESRI way (outer clockwise), every part's rings in one record. */
function goteborgShapefile(): Uint8Array {
  const source = JSON.parse(gunzipSync(readFileSync(SOURCE)).toString('utf8')) as { features: Basomrade[] };
  const records = source.features.map((f) => {
    const esri = rewind(f, { reverse: true }) as Basomrade;
    const polygons = esri.geometry.type === 'Polygon' ? [esri.geometry.coordinates] : esri.geometry.coordinates;
    return { rings: polygons.flat().map((ring) => ring.map(([lon, lat]: Position) => fromWgs84('EPSG:3006', lon!, lat!))) };
  });
  const { shp, shx } = shapefile(records);
  const rows = source.features.map((f) => ({ basomrade: f.properties.basomrade, ajour_datu: String(f.properties.ajour_datu) }));
  const prj = 'PROJCS["SWEREF99_TM",GEOGCS["GCS_SWEREF99",DATUM["D_SWEREF99",SPHEROID["GRS_1980",6378137.0,298.257222101]],'
    + 'PRIMEM["Greenwich",0.0],UNIT["Degree",0.0174532925199433]],PROJECTION["Transverse_Mercator"],PARAMETER["False_Easting",500000.0],'
    + 'PARAMETER["False_Northing",0.0],PARAMETER["Central_Meridian",15.0],PARAMETER["Scale_Factor",0.9996],PARAMETER["Latitude_Of_Origin",0.0],UNIT["Meter",1.0]]';
  const utf8 = (s: string) => Buffer.from(s, 'utf8');
  return zip([['basomraden.shp', shp], ['basomraden.shx', shx], ['basomraden.dbf', dbf(['basomrade', 'ajour_datu'], rows, utf8)],
    ['basomraden.prj', utf8(prj)], ['basomraden.cpg', utf8('UTF-8')]]);
}

async function readLikeTheWorker(name: string, bytes: Uint8Array): Promise<ReadFile> {
  const collect = messageCollector();
  let outcome: ImportOutcome | null = null;
  await runImportJob({ name, bytes: bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer },
    (m) => { outcome = collect(m) ?? outcome; }, openSqliteNode);
  const o = outcome as ImportOutcome | null;
  if (!o?.ok) throw new Error(`not read: ${JSON.stringify(o)}`);
  return { name, result: o.result, sourceIndex: o.sourceIndex };
}

/** The checks that refuse a polygon: the import's file check, then the rules of areas. */
function passesTheChecks(g: Polygon | MultiPolygon): boolean {
  const issues: Issues = { error: null, notes: new Map() };
  const checked = normaliseGeometry(g, (x, y) => [x, y], issues);
  if (!checked) return false;
  normaliseAreaGeometry(checked);
  return true;
}

describe('Göteborg\'s basområden as a SWEREF 99 TM shapefile', { timeout: 240_000 }, () => {
  it('imports all 1,012 areas after Reparera, each repaired polygon passing the checks that refused it', async () => {
    const read = await readLikeTheWorker('basomraden.zip', goteborgShapefile());
    expect(read.result.crs).toMatchObject({ crs: 'EPSG:3006', source: 'prj' });
    expect(read.result.counts.total).toBe(1012);
    const doc = testDoc({});
    const choices = { ...defaultChoices(read), mapping: { ...defaultChoices(read).mapping, name: 'basomrade' } };
    expect(choices.target).toBe('areas');
    const plan = previewPlan(doc, read, choices);
    const before = readiness(read, plan, choices);
    expect(before.refused).toBeGreaterThan(10);
    expect(before.enabled).toBe(false);

    const candidates = repairCandidates(read, plan);
    expect(candidates).toHaveLength(before.refused);
    const repairs = candidates.map(repairCandidate);
    for (const r of repairs) {
      const why = r.refusal ? translate('sv', r.refusal.code, r.refusal.params) : '';
      expect(r.after, `row ${r.featureIndex + 1} ${String(r.properties.basomrade)}: ${why}`).not.toBeNull();
      expect(passesTheChecks(r.after!)).toBe(true);
      expect(Number.isFinite(r.areaAfter - r.areaBefore)).toBe(true);
      // A repair mends a shape; it never swaps an area for a different one.
      expect(Math.abs(r.areaAfter - r.areaBefore) / r.areaAfter).toBeLessThan(0.01);
    }

    const repaired = applyRepairs(read, repairs);
    const notes = repaired.result.problems.filter((p) => p.code === 'repair.note.repaired');
    expect(notes).toHaveLength(repairs.length);
    expect(translate('sv', notes[0]!.code, notes[0]!.params)).toMatch(/^reparerades: ytan ändrades med −?[\d\u00a0]+ m²/);
    const after = readiness(repaired, previewPlan(doc, repaired, choices), choices);
    expect(after).toMatchObject({ importable: 1012, refused: 0, enabled: true });

    const db = freshDb();
    await replaceDocument(db, doc);
    const store = createPlatsenStore((patch, opts) => writePatch(db, patch, opts));
    store.load(await loadDocument(db));
    expect(await store.dispatch(importFeatures, importArgs(repaired, choices))).toEqual({ ok: true });
    const stored = await loadDocument(db);
    expect(Object.keys(stored.areas)).toHaveLength(1012);
    expect(new Set(Object.values(stored.areas).map((a) => a.name)).size).toBe(1012);
    db.close();
  });
});
