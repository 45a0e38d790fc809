// Field-level merge of one record change with the record as the server holds it. A field changed
// by only one side since the edit's base version merges silently; the same field changed by both
// to different values is a conflict; nothing is ever overwritten that the editor did not see.
// Pure, so the server decides with it and the client can foresee the same answer.
import type { AnyRecord, TableName } from '../model';
import { applyChange, getField, isBookkeeping, sameValue, setField, type FieldChange, type FieldPath, type RecordChange } from '../patch';
import type { Conflict, RefusalCode } from './protocol';

/** When a field was last changed (a version) and by which client (its author and client id). */
export interface FieldStamp {
  v: number;
  by: string;
}

/** A record as the server keeps it: null once deleted (a tombstone keeps the version). */
export interface StoredRecord {
  record: AnyRecord | null;
  version: number;
  /** Stamps by field path joined with '.', e.g. 'title', 'budget.investment'. */
  fieldVersions: Record<string, FieldStamp>;
}

export type MergeOutcome =
  | { kind: 'put'; record: AnyRecord; fieldVersions: Record<string, FieldStamp>; inverse: RecordChange }
  | { kind: 'delete'; inverse: RecordChange }
  | { kind: 'unchanged' }
  | { kind: 'conflict'; conflict: Conflict }
  | { kind: 'refused'; reason: RefusalCode };

/** Bookkeeping (updatedAt) never makes two edits conflict, and a stamp never goes back. */
const bookkeeping = (key: string) => isBookkeeping(key.split('.'));

export interface Pushed {
  table: TableName;
  change: RecordChange;
  /** The version the record had when the edit was made (creates: 0). */
  base: number;
  /** Who pushes it (author and client id): a client's own earlier changes are never in its way. */
  client: string;
}

/**
 * What a pushed change does to `stored` (undefined: no such record in this workspace, ever) when it
 * is accepted as version `seq`. An outbox may create a record and edit it before it learns the
 * version it got, so only other clients' changes since `base` can conflict. The outcome carries
 * the audit trail's inverse, made from the server's values.
 */
export function mergeChange(stored: StoredRecord | undefined, { table, change, base, client }: Pushed, seq: number): MergeOutcome {
  const { id } = change;
  const conflict = (fields: FieldPath[]): MergeOutcome => ({
    kind: 'conflict', conflict: { table, id, fields, server: stored?.record ?? null, version: stored?.version ?? 0 },
  });
  if (change.op === 'create') {
    if (stored?.record) return sameValue(stored.record, change.record) ? { kind: 'unchanged' } : conflict([]);
    return { kind: 'put', record: change.record, fieldVersions: stampAll(change.record, { v: seq, by: client }), inverse: { op: 'delete', id, record: change.record } };
  }
  // Updating or deleting a record this workspace never had is a forged or misdirected change.
  if (!stored) return { kind: 'refused', reason: 'sync.refused.unknownRecord' };
  if (!stored.record) return conflict([]);
  const changedByOthers = (key: string) => {
    const stamp = stored.fieldVersions[key];
    return stamp !== undefined && stamp.v > base && stamp.by !== client && !bookkeeping(key);
  };
  if (change.op === 'delete') {
    // Deleting a record others edited since would throw their work away unseen.
    const edited = Object.keys(stored.fieldVersions).filter(changedByOthers).map((k) => k.split('.'));
    if (edited.length > 0) return conflict(edited);
    return { kind: 'delete', inverse: { op: 'create', id, record: stored.record } };
  }
  // A path conflicts with stamps on itself, on the group holding it, or inside it.
  const overlaps = (path: FieldPath) => {
    const joined = path.join('.');
    return Object.keys(stored.fieldVersions).some((k) => (k === joined || joined.startsWith(`${k}.`) || k.startsWith(`${joined}.`)) && changedByOthers(k));
  };
  const clashing = change.fields.filter((f) => overlaps(f.path) && !sameValue(getField(stored.record!, f.path), f.new)).map((f) => f.path);
  if (clashing.length > 0) return conflict(clashing);
  let next = stored.record;
  const fieldVersions = { ...stored.fieldVersions };
  const undo: FieldChange[] = [];
  for (const f of change.fields) {
    const now = getField(next, f.path);
    if (sameValue(now, f.new)) continue;
    if (stampGoesBack(f.path, now, f.new)) continue;
    undo.push({ path: f.path, old: f.new, new: now });
    next = setField(next, f.path, f.new);
    const joined = f.path.join('.');
    for (const k of Object.keys(fieldVersions)) if (k.startsWith(`${joined}.`)) delete fieldVersions[k];
    fieldVersions[joined] = { v: seq, by: client };
  }
  if (undo.every((u) => isBookkeeping(u.path))) return { kind: 'unchanged' };
  return { kind: 'put', record: next, fieldVersions, inverse: { op: 'update', id, fields: undo } };
}

/** Two clocks may disagree: a bookkeeping stamp (updatedAt) never goes back. */
export function stampGoesBack(path: FieldPath, now: unknown, next: unknown): boolean {
  return isBookkeeping(path) && typeof now === 'string' && typeof next === 'string' && next < now;
}

/**
 * A record after the server accepted `change` on it, as the server applies it (a client foresees
 * the server's record with this until its next pull).
 */
export function applyAccepted(current: AnyRecord | undefined, change: RecordChange): AnyRecord | undefined {
  if (change.op !== 'update' || !current) return applyChange(current, change);
  return change.fields.reduce((r, f) => (stampGoesBack(f.path, getField(r, f.path), f.new) ? r : setField(r, f.path, f.new)), current);
}

/** Every field of a new record stamped alike. */
export function stampAll(record: AnyRecord, stamp: FieldStamp): Record<string, FieldStamp> {
  return Object.fromEntries(Object.keys(record).map((f) => [f, stamp]));
}
