// Start-up: read the deployer's config, open the database (upgrading old versions), seed the demo
// on first start, and wire the store to storage, to other tabs and to the keyboard.
import { loadDeployConfig, type DeployConfig } from '../map/basemap/config';
import { updateInvestments } from '../domain/commands/update-investments';
import { workspaceOf } from '../domain/model';
import type { Patch, RecordRefs } from '../domain/patch';
import { openDatabase, PlatsenDb } from '../persistence/db';
import { loadDocument, readRecords, replaceDocument, writePatch, type WriteOptions } from '../persistence/repository';
import { requestPersistence } from '../persistence/storage-status';
import { closeOnVersionChange, subscribeToOtherTabs } from '../persistence/sync';
import { createPlatsenStore, type PlatsenStore } from '../store/store';
import { savedBasemap, savedLang } from './preferences';
import { bindHistoryKeys } from './keybindings';
import { loadDemoDocument } from './demo';
import { withInventedDemoRecords } from '../domain/demo/build-demo';
import { dexieMeta, LAST_BACKUP_KEY, type MetaStore } from '../features/import-export/backup-meta';

export interface Booted {
  store: PlatsenStore;
  config: DeployConfig;
  baseUrl: string;
  /** The database's own facts (the last backup time), outside the document and its history. */
  meta: MetaStore;
}

/** `onBlocked`: the database upgrade waits for another tab (the page says so until it can go on). */
export async function boot(onBlocked: () => void = () => undefined): Promise<Booted> {
  const baseUrl = new URL('./', location.href).href;
  const config = await loadDeployConfig(baseUrl);
  const db = new PlatsenDb();
  const storage = { write: (patch: Patch, opts?: WriteOptions) => writePatch(db, patch, opts), read: (refs: RecordRefs) => readRecords(db, refs) };
  const store = createPlatsenStore(storage, savedLang(config.language), savedBasemap(config.basemap));
  document.documentElement.lang = store.getState().session.lang;
  // test/bench drives the real write path and commands; exposed only when the URL asks (?bench).
  if (new URLSearchParams(location.search).has('bench')) {
    (window as { __platsenBench?: unknown }).__platsenBench = { db, writePatch, updateInvestments };
  }

  await openDatabase(db, onBlocked);
  let doc = await loadDocument(db);
  if (!workspaceOf(doc)) {
    doc = await loadDemoDocument(baseUrl);
    await replaceDocument(db, doc);
  }
  store.load(withInventedDemoRecords(doc));

  subscribeToOtherTabs(db, (refs) => void store.receiveRemote(refs));
  closeOnVersionChange(db, () => store.notify('error', 'persistence.versionchange'));
  bindHistoryKeys(store);
  void requestPersistence().then((status) =>
    store.setSession({ storage: { ...store.getState().session.storage, ...status } }));
  const meta = dexieMeta(db);
  void meta.get(LAST_BACKUP_KEY).then((v) => typeof v === 'string' ? v : null, () => null).then((lastBackup) =>
    store.setSession({ storage: { ...store.getState().session.storage, lastBackup } }));
  return { store, config, baseUrl, meta };
}
