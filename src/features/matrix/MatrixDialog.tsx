// The matrix for the whole room: the full window, large type, every action in full. Opened with M
// in presentation mode and from the Workshop tab while preparing; Esc or M closes it.
import { useEffect, useRef } from 'react';
import { useT } from '../../app/store-context';
import '../../i18n/strings/present';
import { MatrixView } from './MatrixView';

export function MatrixDialog({ onClose, closeKey }: { onClose(): void; closeKey: string }) {
  const t = useT();
  const heading = useRef<HTMLHeadingElement>(null);
  const close = useRef(onClose);
  useEffect(() => { close.current = onClose; });
  useEffect(() => {
    heading.current?.focus();
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'Escape' || e.defaultPrevented) return;
      e.preventDefault();
      close.current();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
  return (
    <div className="matrix-dialog" role="dialog" aria-modal="true" aria-labelledby="matrix-dialog-title">
      <div className="matrix-dialog-head">
        <h2 id="matrix-dialog-title" ref={heading} tabIndex={-1}>{t('matrix.title')}</h2>
        <button type="button" onClick={onClose}>{t('matrix.close', { key: closeKey })}</button>
      </div>
      <MatrixView variant="room" />
    </div>
  );
}
