import { useMemo, useState } from 'react';
import { useT } from '../../app/store-context';
import { compareBackup, conflictCount, mergeBackup, type MergeChoice } from '../../domain/io/merge-backup';
import { TABLES, type PlatsenDocument, type TableName } from '../../domain/model';

interface Props {
  mine: PlatsenDocument;
  theirs: PlatsenDocument;
  fileName: string;
  onRestore(next: PlatsenDocument, how: 'replace' | 'merge'): void;
}

/** What the backup holds against the workspace, table by table, and the choice of replace or merge. */
export function RestoreChoice({ mine, theirs, fileName, onRestore }: Props) {
  const t = useT();
  const comparison = useMemo(() => compareBackup(mine, theirs), [mine, theirs]);
  const conflicts = conflictCount(comparison);
  const [choice, setChoice] = useState<Partial<Record<TableName, MergeChoice>>>({});
  const setAll = (c: MergeChoice) => setChoice(Object.fromEntries(TABLES.map((table) => [table, c])));
  const shown = TABLES.filter((table) => Object.keys(mine[table]).length + Object.keys(theirs[table]).length > 0);

  return (
    <div className="restore-choice">
      <p>{t('importExport.restore.summary', { file: fileName, conflicts })}</p>
      <table className="import-table">
        <thead>
          <tr>
            <th scope="col">{t('importExport.restore.table')}</th>
            <th scope="col">{t('importExport.restore.added')}</th>
            <th scope="col">{t('importExport.restore.same')}</th>
            <th scope="col">{t('importExport.restore.onlyMine')}</th>
            <th scope="col">{t('importExport.restore.conflicts')}</th>
            <th scope="col">{t('importExport.restore.settle')}</th>
          </tr>
        </thead>
        <tbody>
          {shown.map((table) => {
            const c = comparison[table];
            const label = t(`importExport.table.${table}`);
            return (
              <tr key={table}>
                <th scope="row">{label}</th>
                <td>{c.added}</td><td>{c.same}</td><td>{c.onlyMine}</td><td>{c.conflicts.length}</td>
                <td>
                  {c.conflicts.length > 0 && (
                    <select aria-label={t('importExport.restore.settleFor', { table: label })} value={choice[table] ?? 'mine'}
                      onChange={(e) => setChoice((old) => ({ ...old, [table]: e.target.value as MergeChoice }))}>
                      <option value="mine">{t('importExport.restore.keepMine')}</option>
                      <option value="theirs">{t('importExport.restore.takeTheirs')}</option>
                    </select>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      {conflicts > 0 && (
        <p className="restore-all">
          <button type="button" onClick={() => setAll('mine')}>{t('importExport.restore.allMine')}</button>
          <button type="button" onClick={() => setAll('theirs')}>{t('importExport.restore.allTheirs')}</button>
        </p>
      )}
      <div className="import-actions">
        <button type="button" onClick={() => onRestore(mergeBackup(mine, theirs, choice), 'merge')}>{t('importExport.restore.merge')}</button>
        <button type="button" onClick={() => window.confirm(t('importExport.restore.replaceConfirm')) && onRestore(theirs, 'replace')}>
          {t('importExport.restore.replace')}
        </button>
      </div>
    </div>
  );
}
