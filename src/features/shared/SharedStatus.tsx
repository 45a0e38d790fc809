// A shared workspace's state in the top bar: online, syncing or offline, how many edits wait to
// go, the person's role, and the list of what the server did not take (opens the conflict list).
import { useRef } from 'react';
import { useBoot } from '../../app/boot-context';
import { usePlatsen, useT } from '../../app/store-context';
import { ConflictList } from './ConflictList';
import '../../i18n/strings/shared-ui';

export function SharedStatus() {
  const t = useT();
  const { shared: context } = useBoot();
  const shared = usePlatsen((s) => s.session.shared);
  const role = usePlatsen((s) => s.session.access?.role);
  const dialog = useRef<HTMLDialogElement>(null);
  if (!shared || !context) return null;
  const online = shared.state === 'idle' || shared.state === 'syncing';
  return (
    <div className="shared-status">
      <span role="status" className="shared-state" data-state={shared.state}>
        <span className={online ? 'dot ok' : 'dot warn'} aria-hidden="true" />
        {t(`shared.status.${shared.state}`)}
        {shared.pending > 0 && <> · {t('shared.pending', { count: shared.pending })}</>}
      </span>
      {role && <span>· <span className="visually-hidden">{t('shared.role')}</span>{t(`role.${role}`)}</span>}
      {shared.log.length > 0 && (
        <button type="button" className="attention" onClick={() => dialog.current?.showModal()}>
          {t('shared.attention', { count: shared.log.length })}
        </button>
      )}
      <dialog ref={dialog} className="conflict-dialog" aria-labelledby="conflicts-title">
        <h2 id="conflicts-title">{t('conflicts.title')}</h2>
        <ConflictList db={context.db} />
        <button type="button" onClick={() => dialog.current?.close()}>{t('shared.close')}</button>
      </dialog>
    </div>
  );
}
