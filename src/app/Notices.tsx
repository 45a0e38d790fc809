import type { Notice } from '../store/session';
import { usePlatsen, usePlatsenStore, useT } from './store-context';

/** Errors and confirmations, announced to screen readers; errors stay until dismissed. `only` picks which are shown. */
export function Notices({ only }: { only?: (notice: Notice) => boolean }) {
  const store = usePlatsenStore();
  const t = useT();
  const all = usePlatsen((s) => s.session.notices);
  const notices = only ? all.filter(only) : all;
  return (
    <div className="notices" aria-live="polite">
      {notices.map((n) => (
        <div key={n.id} className={`notice notice-${n.tone}`} role={n.tone === 'error' ? 'alert' : 'status'}>
          <span>{t(n.key, n.params)}</span>
          <button type="button" onClick={() => store.dismissNotice(n.id)} aria-label={t('notice.dismiss')}>×</button>
        </div>
      ))}
    </div>
  );
}
