// The top bar's entry to bring-your-own-data: import (also by dropping a file anywhere on the
// window), export, backup and restore, and the reminder to back up.
import { lazy, Suspense, useEffect, useMemo, useRef, useState } from 'react';
import { usePlatsen, useT } from '../../app/store-context';
import { backupDue } from './backup-reminder';
import '../../i18n/strings/import-export';
import '../../i18n/strings/stats-import';
import './import-export.css';

// The readers (shapefile, KML, CSV, projections) and writers load when a dialog first opens, not
// with the editor.
const ImportDialog = lazy(() => import('./ImportDialog').then((m) => ({ default: m.ImportDialog })));
const ExportDialog = lazy(() => import('./ExportDialog').then((m) => ({ default: m.ExportDialog })));
const BackupDialog = lazy(() => import('./BackupDialog').then((m) => ({ default: m.BackupDialog })));
const StatisticsDialog = lazy(() => import('./StatisticsDialog').then((m) => ({ default: m.StatisticsDialog })));

type Open = null | 'import' | 'statistics' | 'export' | 'backup';

const hasFiles = (e: DragEvent) => e.dataTransfer?.types.includes('Files') ?? false;

/** A file dragged over the window may be dropped anywhere (the map is the natural target). */
function useWindowDrop(onFile: (file: File) => void): boolean {
  const [over, setOver] = useState(false);
  const latest = useRef(onFile);
  useEffect(() => { latest.current = onFile; });
  useEffect(() => {
    const dragover = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      e.preventDefault();
      setOver(true);
    };
    const leave = (e: DragEvent) => { if (e.relatedTarget === null) setOver(false); };
    const drop = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      e.preventDefault();
      setOver(false);
      const file = e.dataTransfer?.files[0];
      if (file) latest.current(file);
    };
    window.addEventListener('dragover', dragover);
    window.addEventListener('dragleave', leave);
    window.addEventListener('drop', drop);
    return () => {
      window.removeEventListener('dragover', dragover);
      window.removeEventListener('dragleave', leave);
      window.removeEventListener('drop', drop);
    };
  }, []);
  return over;
}

export function ImportExport() {
  const t = useT();
  const [open, setOpen] = useState<Open>(null);
  const [dropped, setDropped] = useState<File | null>(null);
  const lastBackup = usePlatsen((s) => s.session.storage.lastBackup);
  const [reminderDismissed, setReminderDismissed] = useState(false);
  const menu = useRef<HTMLDetailsElement>(null);
  const dragging = useWindowDrop((file) => {
    setDropped(file);
    setOpen('import');
  });
  const doc = usePlatsen((s) => s.doc);
  const reminder = useMemo(() => (lastBackup === undefined ? null : backupDue(doc, lastBackup, new Date())), [doc, lastBackup]);

  const show = (what: Open) => {
    if (menu.current) menu.current.open = false;
    setDropped(null);
    setOpen(what);
  };

  return (
    <>
      <details className="workspace-menu import-export-menu" ref={menu}>
        <summary>{t('importExport.menu')}</summary>
        <div className="menu-body">
          <button type="button" aria-haspopup="dialog" onClick={() => show('import')}>{t('importExport.import.open')}</button>
          <button type="button" aria-haspopup="dialog" onClick={() => show('statistics')}>{t('statsImport.open')}</button>
          <button type="button" aria-haspopup="dialog" onClick={() => show('export')}>{t('importExport.export.open')}</button>
          <button type="button" aria-haspopup="dialog" onClick={() => show('backup')}>{t('importExport.backup.open')}</button>
        </div>
      </details>
      {dragging && <div className="import-drop-hint" aria-hidden="true">{t('importExport.import.dropHere')}</div>}
      {reminder?.due && !reminderDismissed && open === null && (
        <div className="backup-reminder" role="status">
          <span>{t(lastBackup ? 'importExport.reminder.old' : 'importExport.reminder.never', { edits: reminder.edits })}</span>
          <button type="button" onClick={() => show('backup')}>{t('importExport.reminder.backup')}</button>
          <button type="button" onClick={() => setReminderDismissed(true)}>{t('importExport.reminder.later')}</button>
        </div>
      )}
      <Suspense fallback={null}>
        {open === 'import' && <ImportDialog initialFile={dropped} onClose={() => setOpen(null)} />}
        {open === 'statistics' && <StatisticsDialog onClose={() => setOpen(null)} />}
        {open === 'export' && <ExportDialog onClose={() => setOpen(null)} />}
        {open === 'backup' && (
          <BackupDialog onClose={() => setOpen(null)} />
        )}
      </Suspense>
    </>
  );
}
