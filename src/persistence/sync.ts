// Keeps several tabs of Platsen on one database in step. Every committed patch is posted on a
// BroadcastChannel as it was applied (field-level: which fields of which records changed); a big
// one (an import) travels as the ids it touched: copying 50,000 records into a message cost the
// writing tab ~0.2–0.4 s of its main thread, for tabs that may not even be open.
// The receiving tab re-reads the touched records from the database rather than applying the
// message's values: a message can arrive after this tab wrote the same field later, or before a
// third tab's earlier message; the database's commit order is the truth (store.receiveRemote).
// Patches, not liveQuery, because a liveQuery over a whole table re-runs for seconds after one
// edit at 100k rows (stack-notes.md).
import type Dexie from 'dexie';
import { newId } from '../domain/ids';
import type { Id, TableName } from '../domain/model';
import { TABLES } from '../domain/model';
import { patchSize, refsOf, type Patch, type RecordRefs } from '../domain/patch';
import { checkPatch } from '../domain/patch-check';

/** Patches of up to this many records are posted whole. */
export const INLINE_PATCH_LIMIT = 1000;

type SyncMessage =
  | { type: 'patch'; origin: string; patch: Patch }
  /** Ids of the records changed, by table (records put and deleted alike). */
  | { type: 'changed'; origin: string; refs: RecordRefs };

// One id per loaded copy of this module, i.e. per tab. Several channel objects in the same tab
// receive each other's messages, so the channel alone cannot tell "mine" from "another tab's".
const TAB_ID = newId('tab');

export function channelName(dbName: string): string {
  return `platsen:${dbName}`;
}

function post(dbName: string, message: SyncMessage): void {
  const channel = new BroadcastChannel(channelName(dbName));
  // Delivery is queued at post time, so closing at once loses nothing and holds no open handle.
  channel.postMessage(message);
  channel.close();
}

/** Tells the other tabs on `dbName` about a committed patch (the repository calls it after commit). */
export function broadcastPatch(dbName: string, patch: Patch): void {
  if (patchSize(patch) === 0) return;
  if (patchSize(patch) <= INLINE_PATCH_LIMIT) post(dbName, { type: 'patch', origin: TAB_ID, patch });
  else broadcastRefs(dbName, refsOf(patch));
}

/** Tells the other tabs which records changed (a replaced document, a big patch). */
export function broadcastRefs(dbName: string, refs: RecordRefs): void {
  post(dbName, { type: 'changed', origin: TAB_ID, refs });
}

/**
 * Calls `onChange` with the records another tab changed in `db`, for every patch it commits, in
 * the order the messages arrive. Returns the unsubscribe.
 */
export function subscribeToOtherTabs(db: Dexie, onChange: (refs: RecordRefs) => void): () => void {
  const channel = new BroadcastChannel(channelName(db.name));
  channel.onmessage = (event: MessageEvent<unknown>) => {
    const message = readMessage(event.data);
    if (!message || message.origin === TAB_ID) return;
    onChange(message.type === 'patch' ? refsOf(message.patch) : message.refs);
  };
  return () => channel.close();
}

/** The message, if it is one of ours and well-formed (a patch from outside this tab is checked). */
function readMessage(data: unknown): SyncMessage | null {
  const m = data as Partial<SyncMessage> | null;
  if (typeof m !== 'object' || m === null || typeof m.origin !== 'string') return null;
  try {
    if (m.type === 'patch') return { type: 'patch', origin: m.origin, patch: checkPatch(m.patch) };
    if (m.type === 'changed' && typeof m.refs === 'object' && m.refs !== null) return { type: 'changed', origin: m.origin, refs: checkRefs(m.refs) };
  } catch {
    return null;
  }
  return null;
}

function checkRefs(refs: object): RecordRefs {
  const out: RecordRefs = {};
  for (const [table, ids] of Object.entries(refs)) {
    if (!TABLES.includes(table as TableName) || !Array.isArray(ids)) throw new Error('bad refs');
    out[table as TableName] = (ids as unknown[]).filter((id): id is Id => typeof id === 'string');
  }
  return out;
}

/**
 * When another tab opens the database at a newer version (a new release) or deletes it, this tab
 * must let go at once or the other tab's upgrade waits ("blocked"). The connection is closed for
 * good (no silent re-open at the old schema: later writes fail with code 'newer') and
 * `onVersionChange` lets the UI ask the user to reload. `newVersion` is the other tab's schema
 * version, null for a deletion.
 * Returns a function that stops watching.
 */
export function closeOnVersionChange(db: Dexie, onVersionChange: (newVersion: number | null) => void): () => void {
  const handler = (event: IDBVersionChangeEvent) => {
    db.close({ disableAutoOpen: true });
    // Dexie opens IndexedDB at ten times its declared version (to allow versions like 2.1).
    onVersionChange(event.newVersion === null ? null : event.newVersion / 10);
    // Dexie's own handler would close again, allowing auto-reopen; false stops it.
    return false;
  };
  db.on('versionchange', handler);
  return () => db.on('versionchange').unsubscribe(handler);
}
