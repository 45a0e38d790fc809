// Field-level merge of one record change with the record as the server holds it. A field changed
// by only one side since the edit's base version merges silently; the same field changed by both
// to different values is a conflict; nothing is ever overwritten that the editor did not see.
// Pure, so the server decides with it and the client can foresee the same answer.
import type { AnyRecord } from '../model';
import type { Conflict, RecordChange, RefusalCode } from './protocol';

/** When a field was last changed (a version) and by which client (its author and client id). */
export interface FieldStamp {
  v: number;
  by: string;
}

/** A record as the server keeps it: null once deleted (a tombstone keeps the version). */
export interface StoredRecord {
  record: AnyRecord | null;
  version: number;
  fieldVersions: Record<string, FieldStamp>;
}

export type MergeOutcome =
  | { kind: 'put'; record: AnyRecord; fieldVersions: Record<string, FieldStamp>; inverse: RecordChange }
  | { kind: 'delete'; inverse: RecordChange }
  | { kind: 'unchanged' }
  | { kind: 'conflict'; conflict: Conflict }
  | { kind: 'refused'; reason: RefusalCode };

/** Bookkeeping fields: every edit stamps them, so they never make two edits conflict. */
const STAMP = 'updatedAt';

/**
 * What `change`, pushed by `client`, does to `stored` (undefined: no such record in this
 * workspace, ever) when it is accepted as version `seq`. A client's own earlier changes are never
 * in its way: an outbox may create a record and edit it before it learns the version it got.
 * The outcome carries the audit trail's inverse.
 */
export function mergeChange(stored: StoredRecord | undefined, change: RecordChange, seq: number, client: string): MergeOutcome {
  const { table, id } = change;
  const conflict = (fields: string[]): MergeOutcome => ({
    kind: 'conflict', conflict: { table, id, fields, server: stored?.record ?? null, version: stored?.version ?? 0 },
  });
  if (change.op === 'create') {
    if (stored?.record) return sameValue(stored.record, change.record) ? { kind: 'unchanged' } : conflict([]);
    const fieldVersions = stampAll(change.record, { v: seq, by: client });
    return { kind: 'put', record: change.record, fieldVersions, inverse: { op: 'delete', table, id, base: seq } };
  }
  // Updating or deleting a record this workspace never had is a forged or misdirected change.
  if (!stored) return { kind: 'refused', reason: 'sync.refused.unknownRecord' };
  if (!stored.record) return conflict([]);
  const changedSince = (f: string) => {
    const stamp = stored.fieldVersions[f];
    return stamp !== undefined && stamp.v > change.base && stamp.by !== client;
  };
  if (change.op === 'delete') {
    // Deleting a record others edited since would throw their work away unseen.
    const edited = Object.keys(stored.record).filter((f) => f !== STAMP && changedSince(f));
    if (edited.length > 0) return conflict(edited);
    return { kind: 'delete', inverse: { op: 'create', table, id, record: stored.record } };
  }
  const current = stored.record as unknown as Record<string, unknown>;
  const clashing = Object.keys(change.set)
    .filter((f) => f !== STAMP && changedSince(f) && !sameValue(current[f], change.set[f]));
  if (clashing.length > 0) return conflict(clashing);
  const next: Record<string, unknown> = { ...current };
  const fieldVersions = { ...stored.fieldVersions };
  const old: Record<string, unknown> = {};
  for (const [f, value] of Object.entries(change.set)) {
    if (sameValue(current[f], value)) continue;
    // Two clocks may disagree: a stamp never goes back.
    if (f === STAMP && typeof current[f] === 'string' && typeof value === 'string' && value < current[f]) continue;
    old[f] = current[f];
    next[f] = value;
    fieldVersions[f] = { v: seq, by: client };
  }
  if (Object.keys(old).length === 0) return { kind: 'unchanged' };
  return { kind: 'put', record: next as unknown as AnyRecord, fieldVersions, inverse: { op: 'update', table, id, base: seq, set: old } };
}

/** Every field of a new record stamped alike. */
export function stampAll(record: AnyRecord, stamp: FieldStamp): Record<string, FieldStamp> {
  return Object.fromEntries(Object.keys(record).map((f) => [f, stamp]));
}

/** Deep equality of JSON values (key order does not matter). */
export function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  if (ka.length !== kb.length) return false;
  return ka.every((k) => Object.hasOwn(b, k) && sameValue((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
}
