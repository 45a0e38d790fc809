// A PATCH is the unit of change in Platsen: what one edit changed, per table, record by record.
// It is what history keeps (with its inverse), what persistence writes in one transaction, what
// other tabs receive, and what a shared workspace's server will order and check (issue 20).
//
//   { investments: [
//       { op: 'update', id: 'inv_1', fields: [
//           { path: ['title'], old: 'Park', new: 'Parken' },
//           { path: ['budget', 'investment'], old: 1000000, new: 1200000 },
//           { path: ['updatedAt'], old: '2026-…', new: '2026-…' } ] },
//       { op: 'create', id: 'inv_9', record: { …the whole new record… } },
//       { op: 'delete', id: 'inv_3', record: { …the whole record as it was… } } ] }
//
// - An UPDATE names only the fields the edit changed, with the value before (`old`) and after
//   (`new`). Applying it sets those fields on the record as it is NOW: fields others changed in
//   the meantime stay theirs. This is what keeps two tabs (or two people) editing different fields
//   of one record from losing each other's work.
// - A field is a top-level property of the record, except inside FIELD_GROUPS, whose properties
//   are fields of their own (an investment's three budget sums can be changed independently).
//   Geometry, arrays and tagged objects (`{ type: … }`) are one field each.
// - A DELETE keeps the whole record, so the inverse can bring it back; a CREATE carries the whole
//   record. A patch holds at most one change per record.
// - Commands never write patches by hand: they describe the records they want (a Draft: records to
//   put, ids to delete) and `diffPatch` derives the patch from the document before, generically;
//   `invertPatch` derives the inverse from the patch alone (create <-> delete, old <-> new). No
//   command can forget a field in its undo, or claim one it did not change.
// - `updatedAt` is bookkeeping: it travels as a field, but never conflicts (patch-conflicts.ts)
//   and a change to it alone is no change.
// - Conflicts (a field no longer holds the `old` value a change expects) are found and resolved in
//   patch-conflicts.ts; untrusted patches (another tab's message, a client's push) are checked by
//   patch-check.ts, which also keeps reviews append-only.
import { dequal } from 'dequal/lite';
import type { AnyRecord, Id, PlatsenDocument, TableName } from './model';
import { TABLES } from './model';

/** ['title'], or [group, property] for a property of a FIELD_GROUPS object: ['budget', 'investment']. */
export type FieldPath = string[];

export interface FieldChange {
  path: FieldPath;
  /** The value before the edit; undefined when the property was absent. */
  old: unknown;
  /** The value after the edit; undefined removes the property. */
  new: unknown;
}

export type RecordChange =
  | { op: 'create'; id: Id; record: AnyRecord }
  | { op: 'update'; id: Id; fields: FieldChange[] }
  | { op: 'delete'; id: Id; record: AnyRecord };

export type Patch = Partial<Record<TableName, RecordChange[]>>;

/** Record ids per table (what a patch touches, what to read back). */
export type RecordRefs = Partial<Record<TableName, Id[]>>;

/**
 * Object-valued properties whose own properties are separate fields. Each is always a plain object
 * in a valid record (never null), so a field path never lies inside a value that may be replaced
 * whole, and two paths never overlap.
 */
export const FIELD_GROUPS: Partial<Record<TableName, readonly string[]>> = {
  workspace: ['settings'],
  investments: ['budget', 'expectedBenefits'],
  programmes: ['values'],
  realisations: ['realised', 'degree'],
};

/** Fields kept up to date by every edit; they never conflict and never make a change alone. */
export const BOOKKEEPING_FIELDS: readonly string[] = ['updatedAt'];

export const isBookkeeping = (path: FieldPath): boolean => path.length === 1 && BOOKKEEPING_FIELDS.includes(path[0]!);

/** Equality of stored values (plain data: objects, arrays, strings, numbers, booleans, null). */
export const sameValue = (a: unknown, b: unknown): boolean => dequal(a, b);

// ---- Drafts: what a command wants ----------------------------------------------------------------

/** The records a command wants put (whole, as they should be) and the ids it wants deleted. */
export interface Draft {
  put: Partial<Record<TableName, AnyRecord[]>>;
  delete: Partial<Record<TableName, Id[]>>;
}

export function emptyDraft(): Draft {
  return { put: {}, delete: {} };
}

/** Adds records to put (mutates and returns the draft; drafts are built fresh per command). */
export function putInto(draft: Draft, table: TableName, ...records: AnyRecord[]): Draft {
  draft.put[table] = [...(draft.put[table] ?? []), ...records];
  return draft;
}

export function deleteInto(draft: Draft, table: TableName, ...ids: Id[]): Draft {
  draft.delete[table] = [...(draft.delete[table] ?? []), ...ids];
  return draft;
}

// ---- Fields --------------------------------------------------------------------------------------

const isPlainObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

export function getField(record: AnyRecord, path: FieldPath): unknown {
  let value: unknown = record;
  for (const key of path) {
    if (!isPlainObject(value) || !Object.hasOwn(value, key)) return undefined;
    value = value[key];
  }
  return value;
}

/** A copy of `record` with the field at `path` set (undefined removes it); the record is not changed. */
export function setField<R extends AnyRecord>(record: R, path: FieldPath, value: unknown): R {
  return setIn(record, path, value) as R;
}

function setIn(target: unknown, [key, ...rest]: FieldPath, value: unknown): Record<string, unknown> {
  const copy: Record<string, unknown> = { ...(isPlainObject(target) ? target : {}) };
  const next = rest.length ? setIn(copy[key!], rest, value) : value;
  if (next === undefined) delete copy[key!];
  else copy[key!] = next;
  return copy;
}

/** The fields in which `next` differs from `old` (same record, same table); bookkeeping alone is no difference. */
export function fieldChanges(table: TableName, old: AnyRecord, next: AnyRecord): FieldChange[] {
  const changes: FieldChange[] = [];
  const groups = FIELD_GROUPS[table] ?? [];
  const a = old as unknown as Record<string, unknown>;
  const b = next as unknown as Record<string, unknown>;
  for (const key of keysOf(a, b)) {
    const [va, vb] = [a[key], b[key]];
    if (sameValue(va, vb)) continue;
    if (groups.includes(key) && isPlainObject(va) && isPlainObject(vb)) {
      for (const sub of keysOf(va, vb)) {
        if (!sameValue(va[sub], vb[sub])) changes.push({ path: [key, sub], old: va[sub], new: vb[sub] });
      }
    } else {
      changes.push({ path: [key], old: va, new: vb });
    }
  }
  return changes.every((c) => isBookkeeping(c.path)) ? [] : changes;
}

const keysOf = (a: object, b: object): string[] => [...new Set([...Object.keys(a), ...Object.keys(b)])];

// ---- Patches -------------------------------------------------------------------------------------

/**
 * The patch that turns `before` into `before` with `draft` applied (deletes first, then puts in
 * order; the last put of an id wins), naming only what really changes: a put of an existing
 * record becomes an update of its changed fields, a put equal to the record is nothing.
 */
export function diffPatch(before: PlatsenDocument, draft: Draft): Patch {
  const patch: Patch = {};
  for (const table of TABLES) {
    const wanted = new Map<Id, AnyRecord | null>();
    for (const id of draft.delete[table] ?? []) wanted.set(id, null);
    for (const record of draft.put[table] ?? []) wanted.set(record.id, record);
    const rows = before[table] as Record<Id, AnyRecord>;
    const changes: RecordChange[] = [];
    for (const [id, next] of wanted) {
      const old = Object.hasOwn(rows, id) ? rows[id] : undefined;
      if (!old && next) changes.push({ op: 'create', id, record: next });
      else if (old && !next) changes.push({ op: 'delete', id, record: old });
      else if (old && next) {
        const fields = fieldChanges(table, old, next);
        if (fields.length) changes.push({ op: 'update', id, fields });
      }
    }
    if (changes.length) patch[table] = changes;
  }
  return patch;
}

/** The patch that undoes `patch`: creates become deletes and back, every field's old and new swap. */
export function invertPatch(patch: Patch): Patch {
  const inverse: Patch = {};
  for (const [table, changes] of entriesOf(patch)) inverse[table] = changes.map(invertChange);
  return inverse;
}

function invertChange(change: RecordChange): RecordChange {
  switch (change.op) {
    case 'create': return { op: 'delete', id: change.id, record: change.record };
    case 'delete': return { op: 'create', id: change.id, record: change.record };
    case 'update': return { op: 'update', id: change.id, fields: change.fields.map((f) => ({ path: f.path, old: f.new, new: f.old })) };
  }
}

/**
 * One record after a change: a create gives its record, a delete nothing, an update sets its
 * fields on the record as it is (and leaves a missing record missing: there is nothing to update).
 */
export function applyChange(current: AnyRecord | undefined, change: RecordChange): AnyRecord | undefined {
  switch (change.op) {
    case 'create': return change.record;
    case 'delete': return undefined;
    case 'update': return current && change.fields.reduce((r, f) => setField(r, f.path, f.new), current);
  }
}

/** Applies a patch without mutating the document: only touched tables are copied, untouched records keep their identity. */
export function applyPatch(doc: PlatsenDocument, patch: Patch): PlatsenDocument {
  const next = { ...doc };
  for (const [table, changes] of entriesOf(patch)) {
    if (!changes.length) continue;
    const rows: Record<Id, AnyRecord> = { ...doc[table] };
    for (const change of changes) {
      const record = applyChange(Object.hasOwn(rows, change.id) ? rows[change.id] : undefined, change);
      if (record) rows[change.id] = record;
      else delete rows[change.id];
    }
    (next as Record<TableName, Record<Id, AnyRecord>>)[table] = rows;
  }
  return next;
}

/** The tables of a patch with their changes, in TABLES order. */
export function entriesOf(patch: Patch): Array<[TableName, RecordChange[]]> {
  return TABLES.filter((t) => patch[t]?.length).map((t) => [t, patch[t]!]);
}

export function isEmptyPatch(patch: Patch): boolean {
  return entriesOf(patch).length === 0;
}

/** Number of records a patch touches, for progress and messages. */
export function patchSize(patch: Patch): number {
  return entriesOf(patch).reduce((n, [, changes]) => n + changes.length, 0);
}

/** The ids a patch touches, per table. */
export function refsOf(patch: Patch): RecordRefs {
  return Object.fromEntries(entriesOf(patch).map(([t, changes]) => [t, changes.map((c) => c.id)]));
}

/** The part of a patch that touches the given records. */
export function restrictPatch(patch: Patch, refs: RecordRefs): Patch {
  const out: Patch = {};
  for (const [table, changes] of entriesOf(patch)) {
    const ids = new Set(refs[table] ?? []);
    const kept = changes.filter((c) => ids.has(c.id));
    if (kept.length) out[table] = kept;
  }
  return out;
}
