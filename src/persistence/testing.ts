// Test support for persistence tests (imported by *.test.ts only, never by the app).
// Each database gets its own fake-indexeddb factory, so tests cannot see each other's data, and a
// unique name, because Dexie tracks open connections by name across factories.
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import Dexie, { type DexieOptions } from 'dexie';
import { expect } from 'vitest';
import type { AnyRecord, Investment, PlatsenDocument, TableName } from '../domain/model';
import type { Patch } from '../domain/patch';
import { PlatsenDb } from './db';

let dbSeq = 0;

export interface FakeIdb {
  name: string;
  options: DexieOptions;
}

/** A database name and Dexie options on a brand-new, empty IndexedDB. */
export function freshIdb(): FakeIdb {
  return { name: `platsen-test-${++dbSeq}`, options: { indexedDB: new IDBFactory(), IDBKeyRange } };
}

export function freshDb(): PlatsenDb {
  const { name, options } = freshIdb();
  return new PlatsenDb(name, options);
}

/** A plausible current-schema investment; `n` makes id and title unique. */
export function investment(n: number, changes: Partial<Investment> = {}): Investment {
  return {
    id: `inv_${n}`,
    createdAt: '2026-01-15T09:00:00.000Z',
    updatedAt: '2026-01-15T09:00:00.000Z',
    title: `Insats ${n}`,
    kind: n % 2 ? 'physical' : 'social',
    category: n % 2 ? 'Park och natur' : 'Trygghet',
    geometry: { type: 'Point', coordinates: [13.02 + n * 1e-5, 55.56] },
    wholeArea: false,
    areaId: 'area_1',
    areaOverride: false,
    description: '',
    departmentId: null,
    partners: [],
    budget: { investment: 100_000 * n, operatingPerYear: 0, externalFunding: 0 },
    startDate: null,
    endDate: null,
    expectedBenefits: { environmental: '', social: '', economic: '' },
    sdgs: [11],
    overallGoalIds: [],
    visibility: 'public',
    internalNotes: '',
    ...changes,
  };
}

export function investments(count: number, from = 1): Investment[] {
  return Array.from({ length: count }, (_, i) => investment(from + i));
}

/** A dump of stored tables, as in test/fixtures/db/*.json: table name → records. */
export type Dump = Record<string, Array<{ id?: string; key?: string }>>;

/**
 * A database written by an older release: created with that release's schema (frozen by the
 * caller), filled with the dump, closed, then opened by today's PlatsenDb, which upgrades it.
 */
export async function openUpgraded(version: number, stores: Record<string, string>, dump: Dump): Promise<PlatsenDb> {
  const { name, options } = freshIdb();
  const old = new Dexie(name, options);
  old.version(version).stores(stores);
  await old.transaction('rw', Object.keys(dump), async () => {
    for (const [table, rows] of Object.entries(dump)) await old.table(table).bulkAdd(rows);
  });
  old.close();
  const db = new PlatsenDb(name, options);
  await db.open();
  return db;
}

/** Every record of the dump is in the document, and no other (meta is not part of the document). */
export function expectDumpKept(doc: PlatsenDocument, dump: Dump): void {
  for (const [table, rows] of Object.entries(dump)) {
    if (table === 'meta') continue;
    expect(Object.values(doc[table as TableName]), table).toEqual(expect.arrayContaining(rows));
    expect(Object.keys(doc[table as TableName]), table).toHaveLength(rows.length);
  }
}

/** A patch creating `records` in `table` (new records, as a command's patch holds them). */
export function createPatch(table: TableName, records: AnyRecord[]): Patch {
  return { [table]: records.map((record) => ({ op: 'create', id: record.id, record })) };
}

/** A patch setting one field of a stored investment (old is what the edit expects). */
export function fieldPatch(id: string, path: string[], old: unknown, value: unknown): Patch {
  return { investments: [{ op: 'update', id, fields: [{ path, old, new: value }] }] };
}
