// Test support for persistence tests (imported by *.test.ts only, never by the app).
// Each database gets its own fake-indexeddb factory, so tests cannot see each other's data, and a
// unique name, because Dexie tracks open connections by name across factories.
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import type { DexieOptions } from 'dexie';
import type { AnyRecord, Investment, TableName } from '../domain/model';
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

/** A patch creating `records` in `table` (new records, as a command's patch holds them). */
export function createPatch(table: TableName, records: AnyRecord[]): Patch {
  return { [table]: records.map((record) => ({ op: 'create', id: record.id, record })) };
}

/** A patch setting one field of a stored investment (old is what the edit expects). */
export function fieldPatch(id: string, path: string[], old: unknown, value: unknown): Patch {
  return { investments: [{ op: 'update', id, fields: [{ path, old, new: value }] }] };
}
