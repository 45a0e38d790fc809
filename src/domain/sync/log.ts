// What a client keeps of the edits the server did not accept, so none is lost unseen: a conflict
// (someone else changed the same field since) waits for its author to choose "behåll min" or
// "ta deras"; a refusal (a rule or a role said no) is shown with its reason until dismissed.
// Pure: the choice becomes the record the author wants, which the app saves as an ordinary edit.
import type { Params } from '../errors';
import type { AnyRecord } from '../model';
import { getField, sameValue, setField, type FieldPath, type Patch, type RecordChange } from '../patch';
import type { Conflict } from './protocol';

export interface ConflictRecord extends Conflict {
  /** The record as this browser had it with the edit (null: the edit deleted it). */
  mine: AnyRecord | null;
  /** Every field the edit changed in the record (also those nobody else touched). */
  changed: FieldPath[];
}

interface LogBase {
  /** Order (auto-increment in the browser's database). */
  seq?: number;
  mutationId: string;
  label: string;
  /** When the edit was made. */
  at: string;
}

export type SyncLogEntry =
  | (LogBase & { status: 'conflict'; conflicts: ConflictRecord[] })
  | (LogBase & { status: 'refused'; reason: string; params: Params; changes: Patch });

export type Choice = 'mine' | 'theirs';

/** The fields a change sets: an update's fields, a created record's every field, none for a delete. */
export function changedPaths(change: RecordChange): FieldPath[] {
  if (change.op === 'update') return change.fields.map((f) => f.path);
  if (change.op === 'create') return Object.keys(change.record).filter((k) => k !== 'id').map((k) => [k]);
  return [];
}

const overlap = (a: FieldPath, b: FieldPath) => a.every((k, i) => i >= b.length || b[i] === k);

/**
 * The record the author wants after choosing, given the record as it is now (`current`, undefined:
 * gone): null to delete it, undefined when the choice changes nothing.
 * - mine: every field the edit changed gets the author's value back (a deleted record comes back,
 *   a record the author deleted goes);
 * - theirs: the conflicting fields keep the other person's value, but the author's changes to
 *   fields nobody else touched are still made, so choosing theirs loses only what was contested.
 */
export function resolvedRecord(conflict: ConflictRecord, choice: Choice, current: AnyRecord | undefined): AnyRecord | null | undefined {
  const { mine } = conflict;
  if (!mine) return choice === 'mine' && current ? null : undefined;
  if (!current) return choice === 'mine' ? mine : undefined;
  // No fields named: the record itself was contested (created twice); theirs stands whole.
  if (choice === 'theirs' && conflict.fields.length === 0) return undefined;
  const paths = choice === 'mine' ? conflict.changed : conflict.changed.filter((p) => !conflict.fields.some((f) => overlap(p, f)));
  const wanted = paths.reduce((record, path) => setField(record, path, getField(mine, path)), current);
  return sameValue(wanted, current) ? undefined : wanted;
}
