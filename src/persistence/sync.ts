// Keeps several tabs of Platsen on one database in step. Every committed patch is posted on a
// BroadcastChannel; the other tabs apply it to their document (store.applyRemote) without
// re-reading the database. Patches, not liveQuery, because a liveQuery over a whole table re-runs
// for seconds after one edit at 100k rows (stack-notes.md).
import type Dexie from 'dexie';
import { newId } from '../domain/ids';
import type { Patch } from '../domain/patch';

interface PatchMessage {
  type: 'patch';
  /** The tab that wrote it: a tab already holds its own patches, so it skips them. */
  origin: string;
  patch: Patch;
}

// One id per loaded copy of this module, i.e. per tab. Several channel objects in the same tab
// receive each other's messages, so the channel alone cannot tell "mine" from "another tab's".
const TAB_ID = newId('tab');

export function channelName(dbName: string): string {
  return `platsen:${dbName}`;
}

/** Tells the other tabs on `dbName` about a committed patch (repository calls it after commit). */
export function broadcastPatch(dbName: string, patch: Patch): void {
  const channel = new BroadcastChannel(channelName(dbName));
  const message: PatchMessage = { type: 'patch', origin: TAB_ID, patch };
  // Delivery is queued at post time, so closing at once loses nothing and holds no open handle.
  channel.postMessage(message);
  channel.close();
}

/** Calls `onPatch` for every patch another tab commits to `dbName`. Returns the unsubscribe. */
export function subscribeToOtherTabs(dbName: string, onPatch: (patch: Patch) => void): () => void {
  const channel = new BroadcastChannel(channelName(dbName));
  channel.onmessage = (event: MessageEvent<unknown>) => {
    const message = event.data;
    if (isPatchMessage(message) && message.origin !== TAB_ID) onPatch(message.patch);
  };
  return () => channel.close();
}

function isPatchMessage(data: unknown): data is PatchMessage {
  const m = data as Partial<PatchMessage> | null;
  return typeof m === 'object' && m !== null && m.type === 'patch' && typeof m.origin === 'string'
    && typeof m.patch === 'object' && m.patch !== null;
}

/**
 * When another tab opens the database at a newer version (a new release) or deletes it, this tab
 * must let go at once or the other tab's upgrade waits ("blocked"). The connection is closed for
 * good (no silent re-open at the old schema: later writes fail with code 'blocked') and
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
