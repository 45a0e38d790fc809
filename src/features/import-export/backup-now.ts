// Saving a backup file, from the backup dialog or with one click in the top bar: the whole
// workspace as a .platsen.json download, and the time remembered (in this browser's database and
// in the session, where the top bar shows it).
import type { MetaStore } from './backup-meta';
import { LAST_BACKUP_KEY } from './backup-meta';
import { datedFileName } from './file-names';
import { nowIso } from '../../domain/ids';
import { BACKUP_FILE_SUFFIX, serializeBackup } from '../../domain/io/backup';
import { workspaceOf } from '../../domain/model';
import type { PlatsenStore } from '../../store/store';
import { downloadBlob } from '../export-image/download';

export function recordBackup(store: PlatsenStore, meta: MetaStore, at: string): void {
  store.setSession({ storage: { ...store.getState().session.storage, lastBackup: at } });
  void meta.put(LAST_BACKUP_KEY, at);
}

/** Downloads the backup and returns its file name; throws a DomainError when it cannot be written. */
export function backupNow(store: PlatsenStore, meta: MetaStore): string {
  const doc = store.getState().doc;
  const at = nowIso();
  const name = datedFileName(workspaceOf(doc)?.name ?? 'platsen', new Date(at), BACKUP_FILE_SUFFIX);
  downloadBlob(new Blob([serializeBackup(doc, at)], { type: 'application/json' }), name);
  recordBackup(store, meta, at);
  return name;
}
