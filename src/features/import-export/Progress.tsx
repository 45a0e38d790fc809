import { useId } from 'react';
import { useT } from '../../app/store-context';

/** A long task's progress bar with its Cancel button (ux.md: long tasks show both). */
export function Progress({ label, done, total, onCancel }: { label: string; done: number; total: number; onCancel(): void }) {
  const t = useT();
  const id = useId();
  return (
    <div className="import-progress">
      <label htmlFor={id}>{label}</label>
      {/* Without a total yet the bar is indeterminate rather than stuck at 0. */}
      <progress id={id} max={total || undefined} value={total ? done : undefined} />
      <p className="hint" aria-live="polite">{total ? t('importExport.progress', { done, total }) : t('importExport.progressStarting')}</p>
      <button type="button" onClick={onCancel}>{t('importExport.cancel')}</button>
    </div>
  );
}
