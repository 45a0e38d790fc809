// Keeps a shared workspace's copy in this browser in step with the server while the page is open.
// One tab per browser and workspace does the network (the holder of a Web Lock, so a closed or
// crashed leader hands over at once); the others write edits into the same database (outbox
// included) and see the leader's pulls through the cross-tab channel like any other tab's change.
// The leader syncs when: this tab or another one edits, the server's event stream says something
// changed, the network comes back, and every 30 s as a fallback for a stream a proxy cut.
import { liveQuery } from 'dexie';
import type { SharedStatus } from '../store/session';
import type { PlatsenDb } from '../persistence/db';
import { subscribeToOtherTabs } from '../persistence/sync';
import type { PlatsenStore } from '../store/store';
import type { WorkspaceApi } from './api';
import { SyncEngine, type SyncState } from './engine';

const FALLBACK_PULL_MS = 30_000;

export interface SharedSync {
  /** An edit was saved here: send it (the leader), or leave it to the leader (another tab). */
  kick(): void;
  stop(): void;
}

export function startSharedSync(opts: { db: PlatsenDb; api: WorkspaceApi; store: PlatsenStore; workspaceId: string; clientId: string }): SharedSync {
  const { db, api, store, workspaceId } = opts;
  const status = new BroadcastChannel(`platsen-sync-status:${db.name}`);
  const set = (changes: Partial<SharedStatus>) => {
    const now = store.getState().session.shared ?? { workspaceId, state: 'idle', pending: 0, log: [] };
    store.setSession({ shared: { ...now, ...changes } });
  };
  set({ state: navigator.onLine ? 'syncing' : 'offline' });
  // Followers show the leader's state; the counts every tab reads from the database itself.
  status.onmessage = (e: MessageEvent<{ state?: SyncState }>) => { if (!engine && e.data?.state) set({ state: e.data.state }); };
  const counts = liveQuery(async () => ({ pending: await db.outbox.count(), log: await db.syncLog.toArray() }))
    .subscribe({ next: (c) => set(c), error: () => undefined });

  let engine: SyncEngine | null = null;
  const stops: Array<() => void> = [() => counts.unsubscribe(), () => status.close()];
  const lead = () => {
    const leader = new SyncEngine({
      ...opts,
      onChanged: (refs) => void store.receiveRemote(refs),
      onStatus: (s) => { set({ state: s.state }); status.postMessage({ state: s.state }); },
    });
    engine = leader;
    const sync = () => void leader.sync();
    const events = new EventSource(api.eventsUrl, { withCredentials: true });
    events.addEventListener('changed', sync);
    const timer = setInterval(sync, FALLBACK_PULL_MS);
    window.addEventListener('online', sync);
    const offline = () => set({ state: 'offline' });
    window.addEventListener('offline', offline);
    stops.push(subscribeToOtherTabs(db, sync), () => {
      events.close();
      clearInterval(timer);
      window.removeEventListener('online', sync);
      window.removeEventListener('offline', offline);
    });
    sync();
  };

  const release = new AbortController();
  if ('locks' in navigator) {
    navigator.locks.request(`platsen-sync:${db.name}`, { signal: release.signal }, () => {
      lead();
      return new Promise<void>((resolve) => stops.push(resolve));
    }).catch(() => undefined);
  } else {
    lead();
  }
  return {
    kick: () => void engine?.sync(),
    stop: () => {
      release.abort();
      for (const stop of stops) stop();
    },
  };
}
