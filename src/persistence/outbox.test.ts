// A shared workspace's copy queues every edit for the server in the same transaction as the edit:
// with the versions it was made on, and the server's copy of each record kept so that an edit the
// server does not accept can be taken back. A write that fails queues nothing.
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { MAX_CHANGES_PER_MUTATION } from '../domain/sync/protocol';
import { PlatsenDb, sharedDbName } from './db';
import { PersistenceError } from './errors';
import { writePatch } from './repository';
import { createPatch, fieldPatch, investment, investments } from './testing';

let n = 0;
const sharedDb = () => new PlatsenDb(`${sharedDbName('sw_test')}-${++n}`, { indexedDB: new IDBFactory(), IDBKeyRange });

describe('outbox of a shared workspace', () => {
  it('queues each edit as applied, with its label, the version each record was pulled at, and the server\'s copy', async () => {
    const db = sharedDb();
    const pulled = investment(1);
    await db.investments.put(pulled);
    await db.serverRecords.put({ key: 'investments/inv_1', version: 7 });
    await writePatch(db, fieldPatch('inv_1', ['title'], 'Insats 1', 'Parken'), { label: 'command.updateInvestments' });
    await writePatch(db, createPatch('investments', [investment(2)]), { label: 'command.addInvestment' });
    await writePatch(db, fieldPatch('inv_1', ['budget', 'investment'], 100_000, 5), { label: 'command.updateInvestments' });

    const queued = await db.outbox.toArray();
    expect(queued.map((e) => [e.label, e.base])).toEqual([
      ['command.updateInvestments', { investments: { inv_1: 7 } }],
      ['command.addInvestment', {}],
      ['command.updateInvestments', { investments: { inv_1: 7 } }],
    ]);
    expect(queued[0]!.changes).toEqual({ investments: [{ op: 'update', id: 'inv_1', fields: [{ path: ['title'], old: 'Insats 1', new: 'Parken' }] }] });
    expect(new Set(queued.map((e) => e.id)).size).toBe(3);
    // The server's copy is the record before the first waiting edit, kept once.
    expect(await db.serverRecords.get('investments/inv_1')).toEqual({ key: 'investments/inv_1', version: 7, shadow: pulled });
    // A record the server has never had needs no copy: it is none.
    expect(await db.serverRecords.get('investments/inv_2')).toBeUndefined();
    db.close();
  });

  it('queues nothing when the write fails, and stores nothing of the edit', async () => {
    const db = sharedDb();
    const controller = new AbortController();
    controller.abort();
    const failed = await writePatch(db, createPatch('investments', investments(3)), { signal: controller.signal }).catch((e: unknown) => e);
    expect(failed).toBeInstanceOf(PersistenceError);
    expect([await db.investments.count(), await db.outbox.count()]).toEqual([0, 0]);
    db.close();
  });

  it('splits an edit of more records than one push carries into entries in order', async () => {
    const db = sharedDb();
    await writePatch(db, createPatch('investments', investments(MAX_CHANGES_PER_MUTATION + 10)), { label: 'command.importFeatures' });
    const queued = await db.outbox.toArray();
    expect(queued.map((e) => e.changes.investments!.length)).toEqual([MAX_CHANGES_PER_MUTATION, 10]);
    expect(queued[1]!.changes.investments![0]!.id).toBe(`inv_${MAX_CHANGES_PER_MUTATION + 1}`);
    db.close();
  });
});
