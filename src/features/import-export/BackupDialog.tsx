// The whole workspace as one versioned file (.platsen.json), and back: replace the workspace with
// a backup, or merge it by id, settling conflicts per table. Both are one undoable command.
import { useEffect, useId, useRef, useState } from 'react';
import { usePlatsenStore, useT } from '../../app/store-context';
import { replaceDocument } from '../../domain/commands/replace-document';
import { isDomainError } from '../../domain/errors';
import { parseBackup } from '../../domain/io/backup';
import type { PlatsenDocument } from '../../domain/model';
import { useBoot } from '../../app/boot-context';
import { backupNow } from './backup-now';
import { RestoreChoice } from './RestoreChoice';
import { BrokenLinks } from './BrokenLinks';
import { brokenLinks, withoutBrokenLinks, type BrokenLink } from '../../domain/io/backup-checks';
import '../../i18n/strings/publish';

/** Larger than any workspace the app could hold comfortably (as for imports): refused before it is read. */
const MAX_BACKUP_BYTES = 200 * 1024 * 1024;

interface Props {
  onClose(): void;
}

export function BackupDialog({ onClose }: Props) {
  const t = useT();
  const { meta } = useBoot();
  const store = usePlatsenStore();
  const titleId = useId();
  const inputId = useId();
  const ref = useRef<HTMLDialogElement>(null);
  const [incoming, setIncoming] = useState<{ name: string; doc: PlatsenDocument } | null>(null);
  const [message, setMessage] = useState<{ tone: 'status' | 'alert'; text: string } | null>(null);
  /** A restore waiting for the user's choice about links to records the result would not hold. */
  const [pending, setPending] = useState<{ next: PlatsenDocument; how: 'replace' | 'merge'; broken: BrokenLink[] } | null>(null);

  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal?.();
    return () => dialog?.close?.();
  }, []);

  function backup() {
    try {
      const name = backupNow(store, meta);
      setMessage({ tone: 'status', text: t('importExport.backup.saved', { file: name }) });
    } catch (e) {
      if (!isDomainError(e)) throw e;
      setMessage({ tone: 'alert', text: t(e.code, e.params) });
    }
  }

  async function open(file: File) {
    setIncoming(null);
    setPending(null);
    if (file.size > MAX_BACKUP_BYTES) {
      setMessage({ tone: 'alert', text: t('backup.error.fileTooLarge', { size: Math.round(file.size / 1024 / 1024), max: MAX_BACKUP_BYTES / 1024 / 1024 }) });
      return;
    }
    try {
      setIncoming({ name: file.name, doc: parseBackup(await file.text()) });
      setMessage(null);
    } catch (e) {
      if (!isDomainError(e)) throw e;
      setMessage({ tone: 'alert', text: t(e.code, e.params) });
    }
  }

  async function restore(next: PlatsenDocument, how: 'replace' | 'merge', confirmed = false) {
    const broken = brokenLinks(next);
    if (broken.length && !confirmed) {
      setPending({ next, how, broken });
      return;
    }
    setPending(null);
    const result = await store.dispatch(replaceDocument, { next: broken.length ? withoutBrokenLinks(next, broken) : next });
    setIncoming(null);
    setMessage(result.ok
      ? { tone: 'status', text: t(`importExport.restore.done.${how}`) }
      : { tone: 'alert', text: t(result.error.code, result.error.params) });
  }

  return (
    <dialog ref={ref} className="export-dialog" aria-labelledby={titleId} onCancel={(e) => { e.preventDefault(); onClose(); }}>
      <h2 id={titleId}>{t('importExport.backup.title')}</h2>
      <section>
        <h3>{t('importExport.backup.makeTitle')}</h3>
        <p className="hint">{t('importExport.backup.intro')}</p>
        <button type="button" className="primary" onClick={backup}>{t('importExport.backup.download')}</button>
      </section>
      <section>
        <h3>{t('importExport.restore.title')}</h3>
        <label htmlFor={inputId}>{t('importExport.restore.choose')}</label>
        <input id={inputId} type="file" accept=".json" onChange={(e) => {
          const file = e.target.files?.[0];
          e.target.value = '';
          if (file) void open(file);
        }} />
        {incoming && !pending && <RestoreChoice mine={store.getState().doc} theirs={incoming.doc} fileName={incoming.name} onRestore={(next, how) => void restore(next, how)} />}
        {pending && <BrokenLinks doc={pending.next} broken={pending.broken} onKeep={() => void restore(pending.next, pending.how, true)}
          onCancel={() => { setPending(null); setIncoming(null); setMessage({ tone: 'status', text: t('importExport.restore.broken.cancelled') }); }} />}
      </section>
      {message && <p role={message.tone} className={message.tone === 'alert' ? 'form-error' : undefined}>{message.text}</p>}
      <div className="import-actions">
        <button type="button" onClick={onClose}>{t('importExport.close')}</button>
      </div>
    </dialog>
  );
}
