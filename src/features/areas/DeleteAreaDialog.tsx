import { useEffect, useId, useMemo, useRef } from 'react';
import { usePlatsen, useT } from '../../app/store-context';
import { deleteAreaImpact } from '../../domain/areas';
import type { Id } from '../../domain/model';

export interface DeleteAreaDialogProps {
  id: Id;
  onConfirm(): void;
  onClose(): void;
}

/** Asks before deleting, saying what happens to the investments attached to the area. */
export function DeleteAreaDialog({ id, onConfirm, onClose }: DeleteAreaDialogProps) {
  const t = useT();
  const titleId = useId();
  const ref = useRef<HTMLDialogElement>(null);
  const doc = usePlatsen((s) => s.doc);
  const area = doc.areas[id];
  const impact = useMemo(() => deleteAreaImpact(doc, id), [doc, id]);

  useEffect(() => {
    const dialog = ref.current;
    // A modal dialog keeps focus inside and closes on Escape (its 'cancel' event). Where
    // showModal is missing (jsdom, browsers before 2022) the dialog is at least shown.
    if (dialog && !dialog.open) {
      if (typeof dialog.showModal === 'function') dialog.showModal();
      else dialog.open = true;
    }
    return () => dialog?.close?.();
  }, []);

  if (!area) return null;
  return (
    <dialog ref={ref} className="area-dialog" aria-labelledby={titleId} onCancel={(e) => { e.preventDefault(); onClose(); }}>
      <h2 id={titleId}>{t('areas.delete.title', { name: area.name })}</h2>
      <p>{impact.investments === 0 ? t('areas.delete.none') : t('areas.delete.some', { n: impact.investments })}</p>
      {impact.wholeArea > 0 && <p>{t('areas.delete.wholeArea', { n: impact.wholeArea })}</p>}
      <p>{t('areas.delete.undo')}</p>
      <div className="area-actions">
        <button type="button" className="danger" onClick={onConfirm}>{t('areas.delete.confirm')}</button>
        <button type="button" onClick={onClose} autoFocus>{t('areas.cancel')}</button>
      </div>
    </dialog>
  );
}
