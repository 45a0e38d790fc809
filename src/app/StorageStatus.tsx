import { usePlatsen, useT } from './store-context';

const MB = 1024 * 1024;

/** Saved / saving, whether the browser promised to keep the data, and how much space is used. */
export function StorageStatus() {
  const t = useT();
  const storage = usePlatsen((s) => s.session.storage);
  const persistence =
    storage.persisted === true ? t('storage.persistent')
      : storage.persisted === 'unsupported' ? t('storage.unsupported')
        : storage.persisted === false ? t('storage.notPersistent') : '';
  const usage = storage.usage !== undefined && storage.quota
    ? t('storage.usage', { used: Math.round(storage.usage / MB), quota: Math.round(storage.quota / MB) })
    : '';
  return (
    <div className="storage-status" role="status" title={[persistence, usage].filter(Boolean).join(' · ')}>
      <span className={storage.persisted === true ? 'dot ok' : 'dot warn'} aria-hidden="true" />
      <span>{storage.pending > 0 ? t('storage.saving') : t('storage.saved')}</span>
      {storage.persisted === false && <span className="visually-hidden">{persistence}</span>}
    </div>
  );
}
