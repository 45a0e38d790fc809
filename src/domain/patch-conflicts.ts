// When a patch is applied later than it was made (an undo, a redo, a push from a client that was
// offline), the records may have changed since. Each change expects every field it sets to still
// hold its `old` value: where a field holds something else (and not already the `new` value), it
// was changed by someone else since, and applying would overwrite that silently. These functions
// find those places and resolve them the way the user chose: skip them, or overwrite knowingly.
// Used by undo/redo (store), by the guarded write (persistence) and by a shared workspace's server.
import type { AnyRecord, Id, TableName } from './model';
import {
  entriesOf, fieldChanges, getField, isBookkeeping, sameValue, type FieldChange, type FieldPath, type Patch, type RecordChange,
} from './patch';

/** The record as it is now, or undefined when there is none. */
export type Lookup = (table: TableName, id: Id) => AnyRecord | undefined;

/** Records as read from storage, by table and id; undefined where there is none. */
export type RecordsNow = Partial<Record<TableName, Map<Id, AnyRecord | undefined>>>;

export const lookupIn = (records: RecordsNow): Lookup => (table, id) => records[table]?.get(id);

export interface Conflict {
  table: TableName;
  id: Id;
  /** The field; null when the whole record is meant (it is gone, so its fields cannot be set). */
  path: FieldPath | null;
  /** What the change expects to find (undefined: the record not to exist). */
  expected: unknown;
  /** What is there now (undefined: absent). */
  current: unknown;
  /** What applying the change would set (undefined: delete). */
  wanted: unknown;
}

export type Resolution = 'skip' | 'overwrite';

/** The fields a change would set that someone changed since; bookkeeping never conflicts. */
function fieldConflicts(table: TableName, id: Id, current: AnyRecord, fields: FieldChange[]): Conflict[] {
  return fields
    .filter((f) => !isBookkeeping(f.path))
    .map((f) => ({ f, now: getField(current, f.path) }))
    .filter(({ f, now }) => !sameValue(now, f.old) && !sameValue(now, f.new))
    .map(({ f, now }) => ({ table, id, path: f.path, expected: f.old, current: now, wanted: f.new }));
}

/**
 * Where a record that exists now differs from the one a create or delete carries: a delete expects
 * the record it keeps (and would remove what differs), a create expects no record at all.
 */
function recordConflicts(table: TableName, current: AnyRecord, change: Extract<RecordChange, { op: 'create' | 'delete' }>): Conflict[] {
  const deleting = change.op === 'delete';
  return fieldChanges(table, change.record, current)
    .filter((f) => !isBookkeeping(f.path))
    .map((f) => ({
      table, id: change.id, path: f.path,
      expected: deleting ? f.old : undefined, current: f.new, wanted: deleting ? undefined : f.old,
    }));
}

/** Every place where applying `patch` now would overwrite a change made since, in patch order. */
export function findConflicts(patch: Patch, lookup: Lookup): Conflict[] {
  const conflicts: Conflict[] = [];
  for (const [table, changes] of entriesOf(patch)) {
    for (const change of changes) {
      const current = lookup(table, change.id);
      if (change.op === 'update' && !current) {
        conflicts.push({ table, id: change.id, path: null, expected: undefined, current: undefined, wanted: undefined });
        continue;
      }
      if (!current) continue;
      if (change.op === 'update') conflicts.push(...fieldConflicts(table, change.id, current, change.fields));
      else conflicts.push(...recordConflicts(table, current, change));
    }
  }
  return conflicts;
}

/**
 * `patch` made applicable to the records as they are now: a conflicting field is left out
 * ('skip') or set anyway ('overwrite', its old value becoming the current one, so the inverse
 * puts back what was there). A delete or create of a record changed since is dropped ('skip') or
 * done anyway against the record as it is ('overwrite'). Changes to records that are gone, and
 * updates left with bookkeeping alone, are dropped.
 */
export function resolveConflicts(patch: Patch, lookup: Lookup, resolution: Resolution): Patch {
  const out: Patch = {};
  for (const [table, changes] of entriesOf(patch)) {
    const kept: RecordChange[] = [];
    for (const change of changes) {
      const resolved = resolveChange(table, change, lookup(table, change.id), resolution);
      if (resolved) kept.push(resolved);
    }
    if (kept.length) out[table] = kept;
  }
  return out;
}

function resolveChange(table: TableName, change: RecordChange, current: AnyRecord | undefined, resolution: Resolution): RecordChange | null {
  if (change.op === 'update') {
    if (!current) return null;
    const conflicting = new Set(fieldConflicts(table, change.id, current, change.fields).map((c) => c.path!.join('\u0000')));
    const fields = change.fields.flatMap((f) => {
      if (!conflicting.has(f.path.join('\u0000'))) return [f];
      return resolution === 'skip' ? [] : [{ path: f.path, old: getField(current, f.path), new: f.new }];
    });
    return fields.some((f) => !isBookkeeping(f.path)) ? { op: 'update', id: change.id, fields } : null;
  }
  if (!current) return change.op === 'create' ? change : null;
  const differs = recordConflicts(table, current, change).length > 0;
  if (change.op === 'delete') {
    if (!differs) return { ...change, record: current };
    return resolution === 'skip' ? null : { op: 'delete', id: change.id, record: current };
  }
  // A create of a record that exists: set what differs, against the record as it is.
  if (!differs || resolution === 'skip') return null;
  return { op: 'update', id: change.id, fields: fieldChanges(table, current, change.record) };
}
