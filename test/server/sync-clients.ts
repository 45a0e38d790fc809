// Test support: a client of a shared workspace as the app runs it (store, IndexedDB copy with its
// outbox, sync engine), in Node over its own fake IndexedDB, talking to a real server with a
// signed-in user's session. It can go offline: its requests then fail like a browser's without
// network.
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import type { PlatsenDocument } from '../../src/domain/model';
import { PlatsenDb, sharedDbName } from '../../src/persistence/db';
import { loadDocument, readRecords, writePatch } from '../../src/persistence/repository';
import { createPlatsenStore, type PlatsenStore } from '../../src/store/store';
import { ServerApi, type FetchFn } from '../../src/sync/api';
import { SyncEngine } from '../../src/sync/engine';
import type { ApiClient, TestServer } from './harness';

export interface SyncClient {
  name: string;
  db: PlatsenDb;
  store: PlatsenStore;
  engine: SyncEngine;
  offline: boolean;
  /** Every mutation id this client queued, seen in its outbox before each round. */
  mutationIds: Set<string>;
  sync(): Promise<void>;
  document(): Promise<PlatsenDocument>;
  close(): void;
}

let seq = 0;

export async function openSyncClient(server: TestServer, workspaceId: string, user: ApiClient, name: string): Promise<SyncClient> {
  // The shared prefix makes it a shared workspace's copy; the suffix keeps clients apart (Dexie
  // tracks connections by name across factories).
  const db = new PlatsenDb(`${sharedDbName(workspaceId)}-${name}-${++seq}`, { indexedDB: new IDBFactory(), IDBKeyRange });
  const client: SyncClient = {
    name, db, offline: false, mutationIds: new Set(),
    store: createPlatsenStore({ write: (patch, opts) => writePatch(db, patch, opts), read: (refs) => readRecords(db, refs) }),
    engine: null as unknown as SyncEngine,
    async sync() {
      for (const entry of await db.outbox.toArray()) client.mutationIds.add(entry.id);
      await client.engine.sync();
      await client.store.flushed();
    },
    document: () => loadDocument(db),
    close: () => db.close(),
  };
  const fetchFn: FetchFn = (input, init = {}) => {
    if (client.offline) return Promise.reject(new TypeError('Failed to fetch'));
    return fetch(input, { ...init, headers: { ...(init.headers as Record<string, string>), origin: server.url, ...user.authHeaders() } });
  };
  client.engine = new SyncEngine({
    db, api: new ServerApi(server.url, fetchFn).workspace(workspaceId), clientId: `client-${name}`,
    onChanged: (refs) => void client.store.receiveRemote(refs),
  });
  await client.engine.sync();
  client.store.load(await loadDocument(db));
  return client;
}
