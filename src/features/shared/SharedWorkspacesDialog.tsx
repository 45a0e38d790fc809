// Shared workspaces on this app's server: sign in, open one of yours, upload this browser's
// workspace to make a new one (you become its admin), sign out. When the app is served without a
// server (a static host), it says so.
import { useEffect, useRef, useState } from 'react';
import { useBoot } from '../../app/boot-context';
import { usePlatsenStore, useT } from '../../app/store-context';
import { nowIso } from '../../domain/ids';
import { serializeBackup } from '../../domain/io/backup';
import { ApiError, ServerApi, type User, type WorkspaceSummary } from '../../sync/api';
import { SignInForm } from './SignInForm';
import '../../i18n/strings/shared-ui';

export function SharedWorkspacesButton() {
  const t = useT();
  const dialog = useRef<HTMLDialogElement>(null);
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" onClick={() => { setOpen(true); dialog.current?.showModal(); }}>{t('shared.menu')}</button>
      <dialog ref={dialog} className="shared-dialog" aria-labelledby="shared-title" onClose={() => setOpen(false)}>
        <h2 id="shared-title">{t('shared.title')}</h2>
        {open && <SharedBody />}
        <button type="button" onClick={() => dialog.current?.close()}>{t('shared.close')}</button>
      </dialog>
    </>
  );
}

type Phase = { kind: 'checking' } | { kind: 'noServer' } | { kind: 'signedOut' } | { kind: 'in'; user: User; list: WorkspaceSummary[] };

const linkTo = (id: string) => `./?ws=${encodeURIComponent(id)}`;

function SharedBody() {
  const t = useT();
  const store = usePlatsenStore();
  const { shared } = useBoot();
  const [api] = useState(() => shared?.api ?? new ServerApi());
  const [phase, setPhase] = useState<Phase>({ kind: 'checking' });
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function check() {
    if (!(await api.available())) return setPhase({ kind: 'noServer' });
    const user = await api.me().catch(() => null);
    setPhase(user ? { kind: 'in', user, list: await api.workspaces() } : { kind: 'signedOut' });
  }
  useEffect(() => { void check(); }, []); // eslint-disable-line react-hooks/exhaustive-deps

  async function upload() {
    setBusy(true);
    setError(null);
    try {
      const created = await api.upload(serializeBackup(store.getState().doc, nowIso()));
      location.assign(linkTo(created.id));
    } catch (e) {
      setError(e instanceof ApiError ? e.code : 'account.error.offline');
      setBusy(false);
    }
  }

  if (phase.kind === 'checking') return <p role="status">{t('shared.checking')}</p>;
  if (phase.kind === 'noServer') return <p>{t('shared.noServer')}</p>;
  if (phase.kind === 'signedOut') return <SignInForm api={api} t={t} onDone={() => void check()} />;
  return (
    <div className="shared-body">
      <p>{t('account.signedInAs', { name: phase.user.name || phase.user.email })}</p>
      {error && <p role="alert" className="form-error">{t(error)}</p>}
      <h3>{t('shared.list')}</h3>
      {phase.list.length === 0 ? <p>{t('shared.none')}</p> : (
        <ul>
          {phase.list.map((w) => (
            <li key={w.id}><a href={linkTo(w.id)} aria-current={shared?.workspaceId === w.id ? 'page' : undefined}>
              {t('shared.entry', { name: w.name, role: t(`role.${w.role}`) })}
            </a></li>
          ))}
        </ul>
      )}
      {shared ? <p><a href="./">{t('account.backToLocal')}</a></p> : (
        <>
          <button type="button" className="primary" disabled={busy} onClick={() => void upload()}>{busy ? t('shared.uploading') : t('shared.upload')}</button>
          <p className="hint">{t('shared.uploadHint')}</p>
        </>
      )}
      <button type="button" onClick={() => void api.signOut().then(() => (shared ? location.reload() : setPhase({ kind: 'signedOut' })))}>{t('account.signOut')}</button>
    </div>
  );
}
