// Pure helpers of the store's history and of keeping its document in step with storage.
import type { AnyRecord, Id, PlatsenDocument, TableName } from '../domain/model';
import { applyPatch, invertPatch, isEmptyPatch, refsOf, restrictPatch, sameValue, type Patch, type RecordChange } from '../domain/patch';
import type { Conflict, Lookup, RecordsNow } from '../domain/patch-conflicts';

export interface HistoryEntry {
  label: string;
  patch: Patch;
  inverse: Patch;
}

export interface Stacks {
  past: HistoryEntry[];
  future: HistoryEntry[];
}

export const HISTORY_LIMIT = 200;

export function entryOf(label: string, patch: Patch): HistoryEntry {
  return { label, patch, inverse: invertPatch(patch) };
}

/**
 * The stacks with `entry` replaced by what its write really did (`done`: the patch as applied to
 * the stored records, whose old values are what an undo must restore); dropped if that is nothing.
 */
export function settleEntry(stacks: Stacks, entry: HistoryEntry, done: Patch): Stacks {
  const swap = (list: HistoryEntry[]) =>
    isEmptyPatch(done) ? list.filter((h) => h !== entry) : list.map((h) => (h === entry ? entryOf(entry.label, done) : h));
  return { past: swap(stacks.past), future: swap(stacks.future) };
}

/**
 * The stacks after an undo or redo of `entry` that really applied `done`: the entry moves to the
 * other stack as the exact inverse pair of what was done (so a redo after an undo that skipped a
 * field leaves that field alone too), or leaves history when it did nothing.
 */
export function stepEntry(stacks: Stacks, entry: HistoryEntry, direction: 'undo' | 'redo', done: Patch): Stacks {
  const past = stacks.past.filter((h) => h !== entry);
  const future = stacks.future.filter((h) => h !== entry);
  if (isEmptyPatch(done)) return { past, future };
  if (direction === 'undo') return { past, future: [...future, { label: entry.label, patch: invertPatch(done), inverse: done }] };
  return { past: [...past, entryOf(entry.label, done)].slice(-HISTORY_LIMIT), future };
}

export const lookupDoc = (doc: PlatsenDocument): Lookup => (table, id) => {
  const rows = doc[table] as Record<Id, AnyRecord>;
  return Object.hasOwn(rows, id) ? rows[id] : undefined;
};

/**
 * The document with the given records as storage holds them now, and this tab's edits that are not
 * stored yet (`unsaved`, in order) on top of them again: they will be written after, so they win.
 * Records that did not change keep their identity.
 */
export function reconcile(doc: PlatsenDocument, now: RecordsNow, unsaved: readonly Patch[]): PlatsenDocument {
  const lookup = lookupDoc(doc);
  const patch: Patch = {};
  for (const [table, records] of Object.entries(now) as Array<[TableName, Map<Id, AnyRecord | undefined>]>) {
    const changes: RecordChange[] = [];
    for (const [id, stored] of records) {
      const mine = lookup(table, id);
      if (sameValue(mine, stored)) continue;
      if (stored) changes.push({ op: 'create', id, record: stored });
      else if (mine) changes.push({ op: 'delete', id, record: mine });
    }
    if (changes.length) patch[table] = changes;
  }
  if (isEmptyPatch(patch)) return doc;
  const refs = refsOf(patch);
  return unsaved.reduce((d, p) => applyPatch(d, restrictPatch(p, refs)), applyPatch(doc, patch));
}

const keyOf = (c: Conflict) => JSON.stringify([c.table, c.id, c.path, c.current]);

/** Whether every conflict in `now` was among those the user was shown (same field, same value there). */
export function coveredBy(now: readonly Conflict[], shown: readonly Conflict[]): boolean {
  const seen = new Set(shown.map(keyOf));
  return now.every((c) => seen.has(keyOf(c)));
}
