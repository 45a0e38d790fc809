// "Historik" in a shared workspace: a record's accepted changes as the server keeps them (who,
// when, which edit, which fields), asked for when opened. A local workspace has no such trail:
// nothing is shown there.
import { useContext, useId, useState } from 'react';
import { BootContext } from '../../app/boot-context';
import { usePlatsen, useT } from '../../app/store-context';
import type { Id, TableName } from '../../domain/model';
import { formatDateTime } from '../../i18n/translate';
import { ApiError, OfflineError, type WorkspaceApi } from '../../sync/api';
import { fieldLabel, valueText } from '../history/describe-change';
import { historyEntries, type HistoryEntry } from './record-history';
import '../../i18n/strings/history';
import '../../i18n/strings/shared-ui';

export function RecordHistory({ table, id }: { table: TableName; id: Id }) {
  const shared = useContext(BootContext)?.shared;
  if (!shared) return null;
  return <HistorySection key={id} api={shared.api.workspace(shared.workspaceId)} table={table} id={id} />;
}

type Loaded = { kind: 'closed' } | { kind: 'loading' } | { kind: 'failed'; message: string } | { kind: 'done'; entries: HistoryEntry[] };

function HistorySection({ api, table, id }: { api: WorkspaceApi; table: TableName; id: Id }) {
  const t = useT();
  const listId = useId();
  const [state, setState] = useState<Loaded>({ kind: 'closed' });
  const open = state.kind !== 'closed';

  async function load() {
    setState({ kind: 'loading' });
    try {
      setState({ kind: 'done', entries: historyEntries(await api.history(table, id), table, id).reverse() });
    } catch (e) {
      const message = e instanceof OfflineError ? 'audit.offline' : e instanceof ApiError ? e.code : 'audit.failed';
      setState({ kind: 'failed', message });
    }
  }

  return (
    <section className="record-history" aria-labelledby={`${listId}-h`}>
      <h3 id={`${listId}-h`}>{t('audit.title')}</h3>
      <button type="button" aria-expanded={open} aria-controls={listId}
        onClick={() => (open ? setState({ kind: 'closed' }) : void load())}>{t(open ? 'audit.hide' : 'audit.show')}</button>
      <div id={listId}>
        {state.kind === 'loading' && <p role="status">{t('audit.loading')}</p>}
        {state.kind === 'failed' && <p role="alert">{t('audit.failedWith', { reason: t(state.message) })}</p>}
        {state.kind === 'done' && (state.entries.length === 0 ? <p>{t('audit.empty')}</p> : (
          <ol className="record-history-list">{state.entries.map((e) => <li key={e.seq}><Entry entry={e} /></li>)}</ol>
        ))}
      </div>
    </section>
  );
}

function Entry({ entry }: { entry: HistoryEntry }) {
  const t = useT();
  const lang = usePlatsen((s) => s.session.lang);
  const { event } = entry;
  return (
    <>
      <p>
        <strong>{t(entry.label)}</strong>{' · '}{entry.author ?? t('audit.unknownAuthor')}{' · '}
        <time dateTime={entry.at}>{formatDateTime(entry.at, lang)}</time>
      </p>
      {event.kind === 'update' ? (
        <ul>{event.fields.map((f) => (
          <li key={f.path.join('.')}>{t('audit.field', { field: fieldLabel(t, f.path), old: valueText(t, lang, f.old), new: valueText(t, lang, f.new) })}</li>
        ))}</ul>
      ) : <p>{t(`audit.${event.kind}`)}</p>}
    </>
  );
}
