// A patch is the unit of change: records to put and ids to delete, per table. Commands produce
// patches; history keeps each with its inverse; persistence writes each in one transaction.
import type { AnyRecord, Id, PlatsenDocument, TableName } from './model';
import { TABLES } from './model';

export interface Patch {
  put: Partial<Record<TableName, AnyRecord[]>>;
  delete: Partial<Record<TableName, Id[]>>;
}

export function emptyPatch(): Patch {
  return { put: {}, delete: {} };
}

export function isEmptyPatch(patch: Patch): boolean {
  return TABLES.every((t) => !patch.put[t]?.length && !patch.delete[t]?.length);
}

/** Adds puts to a patch (mutates and returns it; patches are built fresh per command). */
export function putInto<T extends TableName>(patch: Patch, table: T, ...records: AnyRecord[]): Patch {
  patch.put[table] = [...(patch.put[table] ?? []), ...records];
  return patch;
}

export function deleteInto(patch: Patch, table: TableName, ...ids: Id[]): Patch {
  patch.delete[table] = [...(patch.delete[table] ?? []), ...ids];
  return patch;
}

/** Applies a patch to a document without mutating it: only touched tables are copied. */
export function applyPatch(doc: PlatsenDocument, patch: Patch): PlatsenDocument {
  const next = { ...doc };
  for (const table of TABLES) {
    const puts = patch.put[table];
    const deletes = patch.delete[table];
    if (!puts?.length && !deletes?.length) continue;
    const rows: Record<Id, AnyRecord> = { ...doc[table] };
    for (const id of deletes ?? []) delete rows[id];
    for (const rec of puts ?? []) rows[rec.id] = rec;
    (next as Record<TableName, Record<Id, AnyRecord>>)[table] = rows;
  }
  return next;
}

/**
 * The patch that undoes `patch` on `before` (the document the patch was applied to): records it
 * put are restored to their old version or deleted if new; records it deleted are put back.
 * Deriving the inverse here, once, keeps every command to a single forward description.
 */
export function invertPatch(before: PlatsenDocument, patch: Patch): Patch {
  const inverse = emptyPatch();
  for (const table of TABLES) {
    const rows = before[table] as Record<Id, AnyRecord>;
    const touched = new Set<Id>();
    for (const rec of patch.put[table] ?? []) touched.add(rec.id);
    for (const id of patch.delete[table] ?? []) touched.add(id);
    for (const id of touched) {
      const old = rows[id];
      if (old) putInto(inverse, table, old);
      else deleteInto(inverse, table, id);
    }
  }
  return inverse;
}

/** Number of records a patch touches, for progress and messages. */
export function patchSize(patch: Patch): number {
  return TABLES.reduce((n, t) => n + (patch.put[t]?.length ?? 0) + (patch.delete[t]?.length ?? 0), 0);
}
