import { useT } from '../../app/store-context';
import type { BrokenLink } from '../../domain/io/backup-checks';
import type { AnyRecord, PlatsenDocument } from '../../domain/model';
import { fieldLabel, recordName } from '../history/describe-change';

const SHOWN = 12;

/**
 * The restore report of links to records the restored workspace would not hold: each one, and
 * the choice to restore without them (the record kept without the link, or left out where it
 * cannot be without it) or to change nothing.
 */
export function BrokenLinks({ doc, broken, onKeep, onCancel }: { doc: PlatsenDocument; broken: BrokenLink[]; onKeep(): void; onCancel(): void }) {
  const t = useT();
  const left = broken.filter((b) => b.required).length;
  return (
    <section className="broken-links" aria-labelledby="broken-links-title">
      <h3 id="broken-links-title">{t('importExport.restore.broken.title')}</h3>
      <p>{t('importExport.restore.broken.intro', { n: broken.length, left })}</p>
      <ul>
        {broken.slice(0, SHOWN).map((b) => (
          <li key={`${b.table}:${b.id}:${b.field}:${b.target}`}>
            {t(b.required ? 'importExport.restore.broken.orphan' : 'importExport.restore.broken.link', {
              table: t(`importExport.table.${b.table}`),
              name: recordName(t, (doc[b.table] as Record<string, AnyRecord>)[b.id], b.table),
              field: fieldLabel(t, b.field.split('.')),
              target: b.target,
            })}
          </li>
        ))}
      </ul>
      {broken.length > SHOWN && <p>{t('importExport.restore.broken.more', { n: broken.length - SHOWN })}</p>}
      <div className="import-actions">
        <button type="button" className="primary" onClick={onKeep}>{t('importExport.restore.broken.keep')}</button>
        <button type="button" onClick={onCancel}>{t('importExport.restore.broken.cancel')}</button>
      </div>
    </section>
  );
}
