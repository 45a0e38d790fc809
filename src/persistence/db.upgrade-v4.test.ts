// A browser holds a database written by a schema-4 release. Version 5 only adds the sync tables of
// shared workspaces, so opening it must keep every record exactly, give the new tables empty, and
// leave the local workspace working as before (no outbox: it is no shared workspace).
import { describe, expect, it } from 'vitest';
import v2 from '../../test/fixtures/db/v2-workspace.json';
import { DB_VERSION, PlatsenDb } from './db';
import { loadDocument, writePatch } from './repository';
import { expectDumpKept, fieldPatch, openUpgraded, type Dump } from './testing';

const stores = v2.stores as unknown as Dump;

function openUpgradedFromV4(): Promise<PlatsenDb> {
  // Schema 4 as released (frozen here on purpose).
  return openUpgraded(4, {
    workspace: 'id', areas: 'id', programmes: 'id, areaId', investments: 'id, areaId, kind, category, departmentId',
    reviews: 'id, investmentId', goals: 'id', departments: 'id', meta: 'key',
    indicators: 'id, programmeId', realisations: 'id, investmentId', notes: 'id, category, areaId', tours: 'id',
    divisions: 'id', divisionStats: 'id, divisionId',
  }, stores);
}

describe('upgrade from schema 4', () => {
  it('keeps every record exactly, adds the sync tables empty, and queues nothing for a local workspace', async () => {
    const db = await openUpgradedFromV4();
    expect(db.verno).toBe(DB_VERSION);
    expectDumpKept(await loadDocument(db), stores);
    expect([await db.outbox.count(), await db.serverRecords.count(), await db.syncLog.count()]).toEqual([0, 0, 0]);
    const inv = stores.investments![0]!;
    await writePatch(db, fieldPatch(inv.id!, ['title'], (inv as { title?: string }).title, 'Ny titel'));
    expect((await db.investments.get(inv.id!))?.title).toBe('Ny titel');
    expect(db.shared).toBe(false);
    expect(await db.outbox.count()).toBe(0);
    db.close();
  });
});
