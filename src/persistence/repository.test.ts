import { afterEach, describe, expect, it } from 'vitest';
import type { Department, Investment, PlatsenDocument } from '../domain/model';
import { emptyDocument } from '../domain/model';
import type { Patch } from '../domain/patch';
import { PersistenceError } from './errors';
import { loadDocument, readRecords, replaceDocument, writePatch } from './repository';
import { createPatch, fieldPatch, freshDb, freshIdb, investment, investments } from './testing';
import { PlatsenDb } from './db';

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
  return createPatch('investments', records);
}
const withDept = (patch: Patch): Patch => ({ ...patch, ...createPatch('departments', [dept]) });

describe('loadDocument and writePatch', () => {
  it('loads what was written, as maps by id, with untouched tables empty', async () => {
    const d = db();
    await writePatch(d, withDept(putPatch([investment(1), investment(2)])));

    const doc = await loadDocument(d);

    const expected: PlatsenDocument = {
      ...emptyDocument(),
      investments: { inv_1: investment(1), inv_2: investment(2) },
      departments: { dept_1: dept },
    };
    expect(doc).toEqual(expected);
  });

  it('deletes and updates records in the same patch, and returns what it really did', async () => {
    const d = db();
    await writePatch(d, putPatch([investment(1), investment(2)]));
    const patch: Patch = { investments: [
      { op: 'delete', id: 'inv_1', record: investment(1) },
      ...fieldPatch('inv_2', ['title'], 'Insats 2', 'Ny titel').investments!,
    ] };

    const applied = await writePatch(d, patch);

    expect((await loadDocument(d)).investments).toEqual({ inv_2: investment(2, { title: 'Ny titel' }) });
    expect(applied).toEqual(patch);
  });

  it('reports progress per chunk, counting up to the total', async () => {
    const d = db();
    await writePatch(d, createPatch('departments', [dept]));
    const patch: Patch = { ...putPatch(investments(25)), departments: [{ op: 'delete', id: dept.id, record: dept }] };
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

describe('field-level writes', () => {
  /** Two tabs: two connections to one database. */
  function twoTabs(): [PlatsenDb, PlatsenDb] {
    const { name, options } = freshIdb();
    const tabs: [PlatsenDb, PlatsenDb] = [new PlatsenDb(name, options), new PlatsenDb(name, options)];
    open.push(...tabs);
    return tabs;
  }

  it('keeps both of two racing writes to different fields of one record', async () => {
    const [a, b] = twoTabs();
    await writePatch(a, putPatch([investment(1)]));
    const budget = { investment: 5, operatingPerYear: 0, externalFunding: 0 };
    await Promise.all([
      writePatch(a, fieldPatch('inv_1', ['budget', 'investment'], 100_000, 5)),
      writePatch(b, fieldPatch('inv_1', ['title'], 'Insats 1', 'B:s titel')),
    ]);
    expect((await loadDocument(a)).investments.inv_1).toEqual(investment(1, { title: 'B:s titel', budget }));
  });

  it('applies an update to the record as stored, and returns the true old values', async () => {
    const d = db();
    await writePatch(d, putPatch([investment(1, { title: 'Lagrad' })]));
    // Made on a stale copy of the record: it expected 'Insats 1'.
    const applied = await writePatch(d, fieldPatch('inv_1', ['title'], 'Insats 1', 'Ny'));
    expect(applied).toEqual(fieldPatch('inv_1', ['title'], 'Lagrad', 'Ny'));
    expect((await readRecords(d, { investments: ['inv_1', 'inv_9'] })).investments).toEqual(new Map([
      ['inv_1', investment(1, { title: 'Ny' })], ['inv_9', undefined],
    ]));
  });

  it('does nothing for an update of a record that is gone, or of a field already holding the value', async () => {
    const d = db();
    await writePatch(d, putPatch([investment(1)]));
    expect(await writePatch(d, fieldPatch('inv_7', ['title'], 'x', 'y'))).toEqual({});
    expect(await writePatch(d, fieldPatch('inv_1', ['title'], 'x', 'Insats 1'))).toEqual({});
    expect((await loadDocument(d)).investments).toEqual({ inv_1: investment(1) });
  });

  it('refuses a guarded write where a field was changed since, naming it, and writes none of it', async () => {
    const d = db();
    await writePatch(d, putPatch([investment(1), investment(2)]));
    await writePatch(d, fieldPatch('inv_2', ['title'], 'Insats 2', 'Ändrad i en annan flik'));
    const undo: Patch = { investments: [
      ...fieldPatch('inv_1', ['description'], '', 'återställd').investments!,
      ...fieldPatch('inv_2', ['title'], 'Insats 2', 'Återställd').investments!,
    ] };
    await expect(writePatch(d, undo, { guard: true })).rejects.toMatchObject({
      code: 'stale',
      conflicts: [{ table: 'investments', id: 'inv_2', path: ['title'], expected: 'Insats 2', current: 'Ändrad i en annan flik' }],
    });
    expect((await loadDocument(d)).investments.inv_1!.description).toBe('');
  });
});

describe('replaceDocument', () => {
  it('replaces every document table and leaves meta alone', async () => {
    const d = db();
    await writePatch(d, withDept(putPatch([investment(1), investment(2)])));
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
