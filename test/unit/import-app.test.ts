// The bad-input corpus through the app's own import path, end to end except for the browser: the
// size check the dialog makes, the worker's job (runImportJob), the dialog's default choices and
// readiness, and the importFeatures command dispatched through a store that writes to IndexedDB
// (fake-indexeddb). Whatever the file, the user reads a message in Swedish, and a refused file
// leaves the database exactly as it was.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { importFeatures } from '../../src/domain/commands/import-features';
import { checkFileSize } from '../../src/domain/io/detect-format';
import { rect, testArea, testDoc, testInvestment } from '../../src/domain/test-kit';
import { defaultChoices, importArgs, previewPlan, readiness, type ReadFile } from '../../src/features/import-export/import-flow';
import '../../src/i18n/strings';
import { translate } from '../../src/i18n/translate';
import type { PlatsenDb } from '../../src/persistence/db';
import { loadDocument, replaceDocument, writePatch } from '../../src/persistence/repository';
import { freshDb } from '../../src/persistence/testing';
import { createPlatsenStore } from '../../src/store/store';
import { openSqliteNode } from '../../src/cli/sqlite-node';
import { runImportJob } from '../../src/workers/import-job';
import { FEATURE_CHUNK, messageCollector, type ImportOutcome } from '../../src/workers/import-protocol';
import { FIXTURES } from './io-fixtures';

const BAD = join(FIXTURES, 'bad-input');
const sv = (code: string, params?: Record<string, string | number>) => translate('sv', code, params);

/** What the worker posts last for a file: its result or its refusal. */
async function readLikeTheWorker(name: string): Promise<{ read: ReadFile } | { code: string; params: Record<string, string | number> }> {
  const bytes = readFileSync(join(BAD, name));
  checkFileSize(statSync(join(BAD, name)).size);
  const collect = messageCollector();
  let outcome: ImportOutcome | null = null;
  await runImportJob({ name, bytes: bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) }, (m) => { outcome = collect(m) ?? outcome; }, openSqliteNode);
  const o = outcome as ImportOutcome | null;
  if (o?.ok) return { read: { name, result: o.result, sourceIndex: o.sourceIndex } };
  if (o) return { code: o.code, params: o.params };
  throw new Error(`the job posted nothing final for ${name}`);
}

let db: PlatsenDb | undefined;
afterEach(async () => {
  db?.close();
  db = undefined;
});

async function workspaceInDb() {
  db = freshDb();
  const doc = testDoc({
    areas: [testArea('a1', 'Lindängen', rect(13.0, 55.55, 13.02, 55.57))],
    investments: [testInvestment('i1', { areaId: 'a1', geometry: { type: 'Point', coordinates: [13.01, 55.56] } })],
  });
  await replaceDocument(db, doc);
  const target = db;
  const store = createPlatsenStore((patch, opts) => writePatch(target, patch, opts));
  store.load(await loadDocument(db));
  return { store, db, before: await loadDocument(db) };
}

/** Files every feature of which can be imported (with remarks): the import goes through. */
const IMPORTABLE = ['duplicate-ids.geojson', 'hostile-html.geojson', 'three-d.geojson', 'unclosed-ring.geojson'];
/** Files whose coordinate system or axis order the user must confirm first. */
const TO_CONFIRM = ['latlon-swapped.geojson', 'sweref-without-crs.geojson'];

const noPlaceholders = (message: string) => expect(message).not.toMatch(/\{\w+\}/);

describe('the import worker\'s messages', () => {
  it('bring a big file\'s features back in chunks the main thread can take, in file order', async () => {
    const count = FEATURE_CHUNK * 2 + 17;
    const text = JSON.stringify({ type: 'FeatureCollection', features: Array.from({ length: count }, (_, i) => ({
      type: 'Feature', properties: { namn: `Plats ${i}` }, geometry: { type: 'Point', coordinates: [13 + i * 1e-5, 55.6] },
    })) });
    const bytes = new TextEncoder().encode(text);
    const sizes: number[] = [];
    const collect = messageCollector();
    let outcome: ImportOutcome | null = null;
    await runImportJob({ name: 'platser.geojson', bytes: bytes.buffer }, (m) => {
      if (m.type === 'features') sizes.push(m.features.length);
      if (m.type === 'result') expect(m.result.features).toEqual([]);
      outcome = collect(m) ?? outcome;
    }, openSqliteNode);
    expect(sizes).toEqual([FEATURE_CHUNK, FEATURE_CHUNK, 17]);
    const o = outcome as ImportOutcome | null;
    expect(o?.ok && o.result.features.map((f) => f.properties.namn)).toEqual(Array.from({ length: count }, (_, i) => `Plats ${i}`));
  });
});

describe('bad input through the app import path', () => {
  const files = readdirSync(BAD).sort();

  it('covers the whole corpus', () => {
    expect(files.length).toBeGreaterThanOrEqual(30);
  });

  it.each(files)('%s', async (file) => {
    const { store, db: d, before } = await workspaceInDb();
    const outcome = await readLikeTheWorker(file);
    if (!('read' in outcome)) {
      // Refused as a whole by the worker: the dialog shows this message, and nothing was dispatched.
      const message = sv(outcome.code, outcome.params);
      expect(message).toContain('Inget importerades.');
      noPlaceholders(message);
      expect(await loadDocument(d)).toEqual(before);
      return;
    }
    const { read } = outcome;
    const choices = defaultChoices(read);
    const plan = previewPlan(store.getState().doc, read, choices);
    const ready = readiness(read, plan, choices);
    const problems = [...read.result.problems, ...plan.problems];
    for (const p of problems) noPlaceholders(sv(p.code, p.params));

    if (TO_CONFIRM.includes(file)) {
      // The import button waits for the user's answer about the system or the axis order.
      expect(ready).toMatchObject({ needsConfirmation: true, enabled: false });
      expect(read.result.crs.source === 'guessed' || read.result.crs.swapSuspected).toBe(true);
      expect(await loadDocument(d)).toEqual(before);
      return;
    }

    if (IMPORTABLE.includes(file)) {
      expect(ready).toMatchObject({ enabled: true, refused: 0 });
      expect(await store.dispatch(importFeatures, importArgs(read, choices))).toEqual({ ok: true });
      const after = await loadDocument(d);
      const table = choices.target === 'division' ? 'divisions' : choices.target;
      expect(Object.keys(after[table]).length).toBe(Object.keys(before[table]).length + ready.importable);
      await store.undo();
      await store.flushed();
      expect(await loadDocument(d)).toEqual(before);
      return;
    }

    // Some feature cannot be imported: the button is off (all or nothing), and the command refuses
    // too, should it be reached anyway, with a message that says nothing was imported.
    expect(ready.refused).toBeGreaterThan(0);
    expect(ready.enabled).toBe(false);
    expect(problems.some((p) => p.severity === 'error')).toBe(true);
    const result = await store.dispatch(importFeatures, importArgs(read, choices));
    expect(result.ok).toBe(false);
    const message = result.ok ? '' : sv(result.error.code, result.error.params);
    expect(message).toContain('inget importerades');
    noPlaceholders(message);
    expect(store.getState().past).toEqual([]);
    expect(await loadDocument(d)).toEqual(before);
  });

  it('refuses a file over 200 MB by its size, before reading it', () => {
    let message = '';
    try {
      checkFileSize(250 * 1024 * 1024);
    } catch (e) {
      message = sv((e as { code: string }).code, (e as { params: Record<string, string | number> }).params);
    }
    expect(message).toContain('Filen är 250 MB, större än gränsen 200 MB');
  });
});
