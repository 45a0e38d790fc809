// A browser holds a database written by a schema-3 release. Version 4 only adds the sync tables of
// shared workspaces, so opening it must keep every record exactly, give the new tables empty, and
// leave the local workspace working as before (no outbox: it is no shared workspace).
import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import v2 from '../../test/fixtures/db/v2-workspace.json';
import { DB_VERSION, PlatsenDb } from './db';
import { loadDocument, writePatch } from './repository';
import { fieldPatch, freshIdb } from './testing';

type Dump = Record<string, Array<{ id?: string; key?: string }>>;
const stores = v2.stores as unknown as Dump;

async function openUpgradedFromV3(): Promise<PlatsenDb> {
  const { name, options } = freshIdb();
  const old = new Dexie(name, options);
  // Schema 3 as released (frozen here on purpose).
  old.version(3).stores({
    workspace: 'id', areas: 'id', programmes: 'id, areaId', investments: 'id, areaId, kind, category, departmentId',
    reviews: 'id, investmentId', goals: 'id', departments: 'id', meta: 'key',
    indicators: 'id, programmeId', realisations: 'id, investmentId', notes: 'id, category, areaId', tours: 'id',
  });
  await old.transaction('rw', Object.keys(stores), async () => {
    for (const [table, rows] of Object.entries(stores)) await old.table(table).bulkAdd(rows);
  });
  old.close();
  const db = new PlatsenDb(name, options);
  await db.open();
  return db;
}

describe('upgrade from schema 3', () => {
  it('keeps every record exactly, adds the sync tables empty, and queues nothing for a local workspace', async () => {
    const db = await openUpgradedFromV3();
    expect(db.verno).toBe(DB_VERSION);
    const doc = await loadDocument(db);
    for (const [table, rows] of Object.entries(stores)) {
      if (table === 'meta') continue;
      expect(Object.values(doc[table as keyof typeof doc]), table).toEqual(expect.arrayContaining(rows));
      expect(Object.keys(doc[table as keyof typeof doc]), table).toHaveLength(rows.length);
    }
    expect([await db.outbox.count(), await db.serverRecords.count(), await db.syncLog.count()]).toEqual([0, 0, 0]);
    const inv = stores.investments![0]!;
    await writePatch(db, fieldPatch(inv.id!, ['title'], (inv as { title?: string }).title, 'Ny titel'));
    expect((await db.investments.get(inv.id!))?.title).toBe('Ny titel');
    expect(db.shared).toBe(false);
    expect(await db.outbox.count()).toBe(0);
    db.close();
  });
});
