// The edits the server did not take, for their author: a conflict per record with both values of
// each contested field and "behåll min" / "ta deras"; a refusal with its reason until read.
import { usePlatsen, usePlatsenStore, useT } from '../../app/store-context';
import type { AnyRecord } from '../../domain/model';
import { getField } from '../../domain/patch';
import type { ConflictRecord, SyncLogEntry } from '../../domain/sync/log';
import { formatDateTime } from '../../i18n/translate';
import type { PlatsenDb } from '../../persistence/db';
import { dismissEntry, resolveConflictRecord } from '../../sync/conflicts';

const titleOf = (r: AnyRecord | null | undefined, fallback: string) => {
  const named = r as { title?: unknown; name?: unknown } | null | undefined;
  return typeof named?.title === 'string' ? named.title : typeof named?.name === 'string' ? named.name : fallback;
};

export function ConflictList({ db }: { db: PlatsenDb }) {
  const t = useT();
  const log = usePlatsen((s) => s.session.shared?.log ?? []);
  if (log.length === 0) return <p>{t('conflicts.empty')}</p>;
  return (
    <ul className="conflict-list">
      {log.map((entry) => <li key={entry.seq}><Entry db={db} entry={entry} /></li>)}
    </ul>
  );
}

function Entry({ db, entry }: { db: PlatsenDb; entry: SyncLogEntry }) {
  const t = useT();
  const lang = usePlatsen((s) => s.session.lang);
  const at = formatDateTime(entry.at, lang);
  const label = t(entry.label);
  if (entry.status === 'refused') {
    return (
      <div className="conflict-entry">
        <p><strong>{t('conflicts.refused', { label, at })}</strong></p>
        <p>{t(entry.reason, entry.params)}</p>
        <button type="button" onClick={() => void dismissEntry(db, entry)}>{t('conflicts.dismiss')}</button>
      </div>
    );
  }
  return (
    <div className="conflict-entry">
      <p><strong>{t('conflicts.conflict', { label, at })}</strong></p>
      {entry.conflicts.map((c, i) => <ConflictRecordView key={`${c.table}/${c.id}`} db={db} entry={entry} index={i} conflict={c} />)}
    </div>
  );
}

function ConflictRecordView({ db, entry, index, conflict }: { db: PlatsenDb; entry: SyncLogEntry; index: number; conflict: ConflictRecord }) {
  const t = useT();
  const store = usePlatsenStore();
  const show = (v: unknown) => (v === undefined || v === null || v === '' ? t('conflicts.empty.value') : typeof v === 'object' ? JSON.stringify(v) : String(v));
  const heading = titleOf(conflict.server ?? conflict.mine, conflict.id);
  return (
    <section className="conflict-record" aria-label={heading}>
      <h3>{t('conflicts.record', { title: heading })}</h3>
      {conflict.server === null ? <p>{t('conflicts.gone')}</p> : (
        <ul>
          {conflict.fields.map((path) => (
            <li key={path.join('.')}>{t('conflicts.field', {
              field: path.join('.'), mine: show(conflict.mine && getField(conflict.mine, path)), theirs: show(getField(conflict.server!, path)),
            })}</li>
          ))}
        </ul>
      )}
      <div className="button-row">
        <button type="button" onClick={() => void resolveConflictRecord(db, store, entry, index, 'mine')}>{t('conflicts.keepMine')}</button>
        <button type="button" onClick={() => void resolveConflictRecord(db, store, entry, index, 'theirs')}>{t('conflicts.takeTheirs')}</button>
      </div>
    </section>
  );
}
