// The top bar's storage status, in words: saved or saving, whether the browser promised to keep
// the data, and when the last backup was made. When the browser has not promised persistence (it
// may delete the data), a backup is one click away.
import { useState } from 'react';
import { isDomainError } from '../domain/errors';
import { formatDateTime } from '../i18n/translate';
import { useBoot } from './boot-context';
import { usePlatsen, usePlatsenStore, useT } from './store-context';

const MB = 1024 * 1024;

export function StorageStatus() {
  const t = useT();
  const store = usePlatsenStore();
  const { meta } = useBoot();
  const lang = usePlatsen((s) => s.session.lang);
  const storage = usePlatsen((s) => s.session.storage);
  const [busy, setBusy] = useState(false);
  const persistence =
    storage.persisted === true ? t('storage.persistent')
      : storage.persisted === 'unsupported' ? t('storage.unsupported')
        : storage.persisted === false ? t('storage.notPersistent') : '';
  const usage = storage.usage !== undefined && storage.quota
    ? t('storage.usage', { used: Math.round(storage.usage / MB), quota: Math.round(storage.quota / MB) })
    : '';
  const atRisk = storage.persisted === false || storage.persisted === 'unsupported';
  const backup = storage.lastBackup === undefined ? ''
    : storage.lastBackup === null ? t('storage.noBackup') : t('storage.lastBackup', { time: formatDateTime(storage.lastBackup, lang) });

  async function backupNow() {
    setBusy(true);
    try {
      // The backup writer loads with the first backup, not with the editor.
      const { backupNow: save } = await import('../features/import-export/backup-now');
      store.notify('info', 'importExport.backup.saved', { file: save(store, meta) });
    } catch (e) {
      if (!isDomainError(e)) throw e;
      store.notify('error', e.code, e.params);
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className="storage-status" title={[persistence, usage].filter(Boolean).join(' · ')}>
      <span className={storage.persisted === true ? 'dot ok' : 'dot warn'} aria-hidden="true" />
      <span className="storage-words" role="status">
        <span>{storage.pending > 0 ? t('storage.saving') : t(atRisk ? 'storage.savedAtRisk' : 'storage.savedKept')}</span>
        <span>{backup}</span>
      </span>
      {atRisk && <button type="button" disabled={busy} onClick={() => void backupNow()} title={persistence}>{t('storage.backupNow')}</button>}
    </div>
  );
}
