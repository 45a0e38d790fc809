// Errors and confirmations, announced to screen readers, at the top left of the map where no map
// control is. Confirmations leave by themselves after a few seconds (not while the pointer or focus
// is on them); errors stay until closed. The store keeps at most two (store/notices.ts).
import { useEffect, useState } from 'react';
import type { Notice } from '../store/session';
import { usePlatsen, usePlatsenStore, useT } from './store-context';

export const INFO_NOTICE_MS = 6000;

function NoticeItem({ notice }: { notice: Notice }) {
  const store = usePlatsenStore();
  const t = useT();
  const [held, setHeld] = useState(false);
  useEffect(() => {
    if (notice.tone !== 'info' || held) return;
    const timer = setTimeout(() => store.dismissNotice(notice.id), INFO_NOTICE_MS);
    return () => clearTimeout(timer);
  }, [notice, held, store]);
  const keyParams = Object.fromEntries(Object.entries(notice.keyParams ?? {}).map(([name, key]) => [name, t(key)]));
  return (
    <div className={`notice notice-${notice.tone}`} role={notice.tone === 'error' ? 'alert' : 'status'}
      onMouseEnter={() => setHeld(true)} onMouseLeave={() => setHeld(false)} onFocus={() => setHeld(true)} onBlur={() => setHeld(false)}>
      <span>{t(notice.key, { ...notice.params, ...keyParams })}</span>
      <button type="button" onClick={() => store.dismissNotice(notice.id)} aria-label={t('notice.dismiss')}>×</button>
    </div>
  );
}

/** `only` picks which are shown (presentation shows none left over from editing). */
export function Notices({ only }: { only?: (notice: Notice) => boolean }) {
  const all = usePlatsen((s) => s.session.notices);
  const notices = only ? all.filter(only) : all;
  return (
    <div className="notices" aria-live="polite" data-map-overlay="">
      {notices.map((n) => <NoticeItem key={n.id} notice={n} />)}
    </div>
  );
}
