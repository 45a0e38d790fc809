// Test support (imported by *.test.ts only): several tabs of Platsen, each a store over its own
// connection to ONE fake IndexedDB database, with the cross-tab messages held in an inbox per tab
// until the test delivers them, so a test decides when (and in what order) a tab hears the others.
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import type { PlatsenDocument } from '../domain/model';
import { refsOf, type RecordRefs } from '../domain/patch';
import { PlatsenDb } from '../persistence/db';
import { loadDocument, readRecords, replaceDocument, writePatch } from '../persistence/repository';
import { createPlatsenStore, type PlatsenStore } from './store';

export interface Tab {
  store: PlatsenStore;
  db: PlatsenDb;
  /** Changes other tabs committed that this tab has not been told about yet, oldest first. */
  inbox: RecordRefs[];
}

let seq = 0;

export async function openTabs(count: number, seed: PlatsenDocument) {
  const name = `platsen-tabs-${++seq}`;
  const options = { indexedDB: new IDBFactory(), IDBKeyRange };
  const first = new PlatsenDb(name, options);
  await replaceDocument(first, seed);
  first.close();
  const tabs: Tab[] = [];
  for (let i = 0; i < count; i++) {
    const db = new PlatsenDb(name, options);
    const tab: Tab = { db, inbox: [], store: null as unknown as PlatsenStore };
    tab.store = createPlatsenStore({
      write: async (patch, opts) => {
        const applied = await writePatch(db, patch, opts);
        for (const other of tabs) if (other !== tab && Object.keys(applied).length) other.inbox.push(refsOf(applied));
        return applied;
      },
      read: (refs) => readRecords(db, refs),
    });
    tab.store.load(await loadDocument(db));
    tabs.push(tab);
  }
  return {
    tabs,
    /** Tells `tab` about the oldest change it has not heard of; false if there was none. */
    async deliver(tab: Tab): Promise<boolean> {
      const refs = tab.inbox.shift();
      if (refs) await tab.store.receiveRemote(refs);
      return !!refs;
    },
    async deliverAll(): Promise<void> {
      for (const tab of tabs) while (await this.deliver(tab));
    },
    stored: () => loadDocument(tabs[0]!.db),
    close: () => tabs.forEach((t) => t.db.close()),
  };
}
