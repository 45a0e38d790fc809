// Any municipality's own reference divisions: GeoPackages built here (SQLite in WebAssembly) in
// SWEREF 99 TM and in a local zone, with SCB's own field names, read by the worker's job, saved as
// reference divisions through the import command, then adopted and merged like the bundled layers.
import { area as turfArea } from '@turf/turf';
import { describe, expect, it } from 'vitest';
import { openSqliteNode } from '../../src/cli/sqlite-node';
import { adoptAreas } from '../../src/domain/commands/adopt-areas';
import { deleteDivision } from '../../src/domain/commands/divisions';
import { importFeatures } from '../../src/domain/commands/import-features';
import { testDoc, testWorkspace } from '../../src/domain/test-kit';
import { defaultChoices, importArgs, previewPlan, readiness, type ReadFile } from '../../src/features/import-export/import-flow';
import '../../src/i18n/strings';
import { loadDocument, replaceDocument, writePatch } from '../../src/persistence/repository';
import { freshDb } from '../../src/persistence/testing';
import { createPlatsenStore } from '../../src/store/store';
import { runImportJob } from '../../src/workers/import-job';
import { messageCollector, type ImportOutcome } from '../../src/workers/import-protocol';
import { buildGeoPackage, SWEREF99_1200_SRS, SWEREF99TM_SRS, type GpkgLayer } from '../support/geopackage-writer';
import { projectedBox, SWEREF_1200_GRID, SWEREF_TM_GRID } from '../support/gauss-kruger';


/** Three DeSO of Falkenberg and one of Varberg, as in SCB's national file. */
const deso: GpkgLayer = {
  name: 'DeSO_2025', geometryType: 'MULTIPOLYGON', srs: SWEREF99TM_SRS,
  columns: { desokod: 'TEXT', regsokod: 'TEXT', kommunkod: 'TEXT', kommunnamn: 'TEXT' },
  features: [
    ['1382C1010', '1382R001', '1382', 12.49], ['1382C1020', '1382R001', '1382', 12.50], ['1382C1030', '1382R002', '1382', 12.51],
    ['1383C1010', '1383R001', '1383', 12.25],
  ].map(([desokod, regsokod, kommunkod, lon]) => ({
    geometry: projectedBox(lon as number, 56.9, SWEREF_TM_GRID),
    properties: { desokod, regsokod, kommunkod, kommunnamn: kommunkod === '1382' ? 'Falkenberg' : 'Varberg' } as Record<string, string>,
  })),
};
const regso: GpkgLayer = {
  name: 'RegSO_2025', geometryType: 'POLYGON', srs: SWEREF99_1200_SRS, columns: { regsokod: 'TEXT', regsonamn: 'TEXT', kommunkod: 'TEXT' },
  features: [
    { geometry: projectedBox(12.49, 56.9, SWEREF_1200_GRID), properties: { regsokod: '1382R001', regsonamn: 'Falkenberg centrum', kommunkod: '1382' } },
    { geometry: projectedBox(12.51, 56.9, SWEREF_1200_GRID), properties: { regsokod: '1382R002', regsonamn: 'Skrea', kommunkod: '1382' } },
  ],
};

async function readLikeTheWorker(bytes: Uint8Array, layer?: string): Promise<ReadFile> {
  const collect = messageCollector();
  let outcome: ImportOutcome | null = null;
  await runImportJob({ name: 'scb-2025.gpkg', bytes: bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer, layer },
    (m) => { outcome = collect(m) ?? outcome; }, openSqliteNode);
  const o = outcome as ImportOutcome | null;
  if (!o?.ok) throw new Error(JSON.stringify(o));
  return { name: 'scb-2025.gpkg', result: o.result, sourceIndex: o.sourceIndex };
}

async function falkenbergWorkspace() {
  const db = freshDb();
  const doc = testDoc({ workspace: testWorkspace({ municipality: 'Falkenberg', kommunkod: '1382' }) });
  await replaceDocument(db, doc);
  const store = createPlatsenStore((patch, opts) => writePatch(db, patch, opts));
  store.load(await loadDocument(db));
  return { db, store };
}

describe('a GeoPackage of SCB\'s DeSO saved as a reference division', () => {
  it('recognises SCB\'s fields, keeps the workspace\'s municipality, and adopts two parts as one area keeping both codes', async () => {
    const gpkg = await buildGeoPackage([deso, regso]);
    const read = await readLikeTheWorker(gpkg);
    const { db, store } = await falkenbergWorkspace();
    const choices = defaultChoices(read, '1382');
    expect(choices).toMatchObject({ target: 'division', division: { name: 'DeSO_2025', codeField: 'desokod', nameField: null, kommun: '1382' } });
    const plan = previewPlan(store.getState().doc, read, choices);
    expect(readiness(read, plan, choices)).toMatchObject({ importable: 3, refused: 0, enabled: true });
    expect(plan.problems).toContainEqual(expect.objectContaining({ code: 'division.note.otherMunicipalities', params: { n: 1, municipality: '1382' } }));

    expect(await store.dispatch(importFeatures, importArgs(read, choices))).toEqual({ ok: true });
    const [division] = Object.values((await loadDocument(db)).divisions);
    expect(division).toMatchObject({
      kind: 'deso', codeField: 'desokod', attribution: 'Källa: SCB (CC0)', source: { file: 'scb-2025.gpkg', layer: 'DeSO_2025' },
    });
    expect(division!.parts.map((p) => [p.code, p.regso])).toEqual([['1382C1010', '1382R001'], ['1382C1020', '1382R001'], ['1382C1030', '1382R002']]);

    const [a, b] = division!.parts;
    const adopted = await store.dispatch(adoptAreas, {
      name: 'Falkenberg norr', layer: division!.id, features: [a!, b!].map((p) => ({ code: p.code, geometry: p.geometry })),
    });
    expect(adopted).toEqual({ ok: true });
    const [area] = Object.values((await loadDocument(db)).areas);
    expect(area!.source).toEqual({ type: 'adopted', layer: division!.id, codes: ['1382C1010', '1382C1020'] });
    // Two neighbouring squares merged into one polygon of their summed size.
    expect(area!.geometry.type).toBe('Polygon');
    expect(turfArea(area!.geometry) / (turfArea(a!.geometry) + turfArea(b!.geometry))).toBeCloseTo(1, 3);

    expect(await store.dispatch(deleteDivision, { id: division!.id })).toEqual({ ok: true });
    expect((await loadDocument(db)).divisions).toEqual({});
    await store.undo();
    await store.flushed();
    expect(Object.keys((await loadDocument(db)).divisions)).toEqual([division!.id]);
    db.close();
  });

  it('saves a RegSO layer in a local zone with regsonamn as the names; imported areas keep their file as source', async () => {
    const read = await readLikeTheWorker(await buildGeoPackage([deso, regso]), 'RegSO_2025');
    const { db, store } = await falkenbergWorkspace();
    const choices = defaultChoices(read, '1382');
    expect(choices.division).toMatchObject({ codeField: 'regsokod', nameField: 'regsonamn', kommun: null });
    expect(await store.dispatch(importFeatures, importArgs(read, choices))).toEqual({ ok: true });
    const [division] = Object.values((await loadDocument(db)).divisions);
    expect(division!.kind).toBe('regso');
    expect(division!.parts.map((p) => p.name)).toEqual(['Falkenberg centrum', 'Skrea']);

    const asAreas = { ...choices, target: 'areas' as const, mapping: { ...choices.mapping, name: 'regsonamn' } };
    expect(await store.dispatch(importFeatures, importArgs(read, asAreas))).toEqual({ ok: true });
    const areas = Object.values((await loadDocument(db)).areas);
    expect(areas.map((x) => x.source)).toEqual([0, 1].map(() => expect.objectContaining({ type: 'imported', file: 'scb-2025.gpkg', layer: 'RegSO_2025' })));
    db.close();
  });

  it('refuses parts without a code or with a code taken, and a division without a name, saving nothing', async () => {
    const broken = { ...deso, features: [...deso.features.slice(0, 2), { ...deso.features[1]! }, { geometry: deso.features[2]!.geometry, properties: { kommunkod: '1382' } }] };
    const read = await readLikeTheWorker(await buildGeoPackage([broken]));
    const { db, store } = await falkenbergWorkspace();
    const choices = defaultChoices(read, '1382');
    const plan = previewPlan(store.getState().doc, read, choices);
    expect(plan.problems.filter((p) => p.severity === 'error').map((p) => [p.featureIndex, p.code])).toEqual([
      [2, 'division.problem.duplicateCode'], [3, 'division.problem.noCode'],
    ]);
    expect(readiness(read, plan, choices).enabled).toBe(false);
    expect((await store.dispatch(importFeatures, importArgs(read, choices))).ok).toBe(false);
    const unnamed = { ...choices, onlyValid: true, division: { ...choices.division, name: ' ' } };
    expect(await store.dispatch(importFeatures, importArgs(read, unnamed))).toMatchObject({ ok: false, error: { code: 'division.error.nameRequired' } });
    expect((await loadDocument(db)).divisions).toEqual({});
    db.close();
  });
});
