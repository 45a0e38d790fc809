import { afterEach, describe, expect, it } from 'vitest';
import type { Department, Investment, PlatsenDocument } from '../domain/model';
import { emptyDocument } from '../domain/model';
import { emptyPatch, putInto, deleteInto, type Patch } from '../domain/patch';
import type { PlatsenDb } from './db';
import { PersistenceError } from './errors';
import { loadDocument, replaceDocument, writePatch } from './repository';
import { freshDb, investment, investments } from './testing';

const open: PlatsenDb[] = [];
function db(): PlatsenDb {
  const d = freshDb();
  open.push(d);
  return d;
}
afterEach(() => {
  for (const d of open.splice(0)) d.close();
});

const dept: Department = {
  id: 'dept_1', createdAt: '2026-01-01T00:00:00.000Z', updatedAt: '2026-01-01T00:00:00.000Z',
  name: 'Fritidsförvaltningen', short: 'FRI',
};

function putPatch(records: Investment[]): Patch {
  return putInto(emptyPatch(), 'investments', ...records);
}

describe('loadDocument and writePatch', () => {
  it('loads what was written, as maps by id, with untouched tables empty', async () => {
    const d = db();
    const patch = putInto(putPatch([investment(1), investment(2)]), 'departments', dept);
    await writePatch(d, patch);

    const doc = await loadDocument(d);

    const expected: PlatsenDocument = {
      ...emptyDocument(),
      investments: { inv_1: investment(1), inv_2: investment(2) },
      departments: { dept_1: dept },
    };
    expect(doc).toEqual(expected);
  });

  it('deletes and overwrites records in the same patch', async () => {
    const d = db();
    await writePatch(d, putPatch([investment(1), investment(2)]));
    const renamed = investment(2, { title: 'Ny titel' });
    await writePatch(d, deleteInto(putPatch([renamed]), 'investments', 'inv_1'));

    const doc = await loadDocument(d);

    expect(doc.investments).toEqual({ inv_2: renamed });
  });

  it('reports progress per chunk, counting up to the total', async () => {
    const d = db();
    const patch = deleteInto(putPatch(investments(25)), 'departments', 'dept_x');
    const seen: Array<[number, number]> = [];

    await writePatch(d, patch, { chunkSize: 10, onProgress: (done, total) => seen.push([done, total]) });

    expect(seen).toEqual([[10, 26], [20, 26], [25, 26], [26, 26]]);
    expect(Object.keys((await loadDocument(d)).investments)).toHaveLength(25);
  });

  it('writes big patches in chunks of 2,000 by default', async () => {
    const d = db();
    const seen: number[] = [];

    await writePatch(d, putPatch(investments(4500)), { onProgress: (done) => seen.push(done) });

    expect(seen).toEqual([2000, 4000, 4500]);
    expect(await d.investments.count()).toBe(4500);
  });

  it('writes nothing when the third chunk fails, and keeps what was there before', async () => {
    const d = db();
    await writePatch(d, putPatch([investment(999)]));
    const records = investments(30);
    // A record without its key cannot be stored: the 25th record, in the third chunk of 10.
    delete (records[24] as Partial<Investment>).id;
    const seen: number[] = [];

    const write = writePatch(d, putPatch(records), { chunkSize: 10, onProgress: (done) => seen.push(done) });

    await expect(write).rejects.toBeInstanceOf(PersistenceError);
    expect(seen).toEqual([10, 20]);
    expect((await loadDocument(d)).investments).toEqual({ inv_999: investment(999) });
  });

  it('writes nothing when aborted mid-way, and says so with code "aborted"', async () => {
    const d = db();
    const controller = new AbortController();

    const write = writePatch(d, putPatch(investments(50)), {
      chunkSize: 10,
      signal: controller.signal,
      onProgress: (done) => { if (done === 20) controller.abort(); },
    });

    await expect(write).rejects.toMatchObject({ code: 'aborted' });
    expect((await loadDocument(d)).investments).toEqual({});
  });

  it('does not start a write whose signal is already aborted', async () => {
    const d = db();

    const write = writePatch(d, putPatch([investment(1)]), { signal: AbortSignal.abort() });

    await expect(write).rejects.toMatchObject({ code: 'aborted' });
    expect((await loadDocument(d)).investments).toEqual({});
  });
});

describe('replaceDocument', () => {
  it('replaces every document table and leaves meta alone', async () => {
    const d = db();
    await writePatch(d, putInto(putPatch([investment(1), investment(2)]), 'departments', dept));
    await d.meta.put({ key: 'lastBackupAt', value: '2026-02-01T00:00:00.000Z' });
    const next: PlatsenDocument = { ...emptyDocument(), investments: { inv_3: investment(3) } };

    await replaceDocument(d, next);

    expect(await loadDocument(d)).toEqual(next);
    expect(await d.meta.get('lastBackupAt')).toEqual({ key: 'lastBackupAt', value: '2026-02-01T00:00:00.000Z' });
  });

  it('keeps the previous document when the new one cannot be stored', async () => {
    const d = db();
    await writePatch(d, putPatch([investment(1)]));
    const broken = investment(2);
    delete (broken as Partial<Investment>).id;
    const next: PlatsenDocument = { ...emptyDocument(), investments: { inv_2: broken, inv_3: investment(3) } };

    await expect(replaceDocument(d, next)).rejects.toBeInstanceOf(PersistenceError);

    expect((await loadDocument(d)).investments).toEqual({ inv_1: investment(1) });
  });
});
