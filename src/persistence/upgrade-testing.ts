// Test support for the upgrade tests: a database as an old release wrote it (its schema frozen by
// the caller), opened by this release, and the check that every record came through exactly.
import Dexie from 'dexie';
import { expect } from 'vitest';
import { PlatsenDb } from './db';
import { loadDocument } from './repository';
import { freshIdb } from './testing';

export type Dump = Record<string, Array<{ id?: string; key?: string }>>;

export async function openUpgraded(version: number, schema: Record<string, string>, dump: Dump): Promise<PlatsenDb> {
  const { name, options } = freshIdb();
  const old = new Dexie(name, options);
  old.version(version).stores(schema);
  await old.transaction('rw', Object.keys(dump), async () => {
    for (const [table, rows] of Object.entries(dump)) await old.table(table).bulkAdd(rows);
  });
  old.close();
  const db = new PlatsenDb(name, options);
  await db.open();
  return db;
}

/** Every record of the dump is in the document exactly, and nothing else is. */
export async function expectEveryRecordKept(db: PlatsenDb, dump: Dump): Promise<void> {
  const doc = await loadDocument(db);
  for (const [table, rows] of Object.entries(dump)) {
    if (table === 'meta') continue;
    expect(Object.values(doc[table as keyof typeof doc]), table).toEqual(expect.arrayContaining(rows));
    expect(Object.keys(doc[table as keyof typeof doc]), table).toHaveLength(rows.length);
  }
}
