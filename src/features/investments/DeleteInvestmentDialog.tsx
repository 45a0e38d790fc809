import { useEffect, useId, useRef } from 'react';
import { usePlatsen, useT } from '../../app/store-context';
import type { Id } from '../../domain/model';

export interface DeleteInvestmentDialogProps {
  id: Id;
  onConfirm(): void;
  onClose(): void;
}

/** Asks before deleting, saying that the gate reviews go too and that it can be undone. */
export function DeleteInvestmentDialog({ id, onConfirm, onClose }: DeleteInvestmentDialogProps) {
  const t = useT();
  const titleId = useId();
  const ref = useRef<HTMLDialogElement>(null);
  const inv = usePlatsen((s) => s.doc.investments[id]);
  const reviews = usePlatsen((s) => s.doc.reviews);
  const reviewCount = Object.values(reviews).filter((r) => r.investmentId === id).length;

  useEffect(() => {
    const dialog = ref.current;
    // A modal dialog keeps focus inside and closes on Escape (its 'cancel' event).
    if (dialog && !dialog.open) dialog.showModal?.();
    return () => dialog?.close?.();
  }, []);

  if (!inv) return null;
  return (
    <dialog ref={ref} className="investment-dialog" aria-labelledby={titleId} onCancel={(e) => { e.preventDefault(); onClose(); }}>
      <h2 id={titleId}>{t('investments.delete.title', { title: inv.title })}</h2>
      <p>{reviewCount === 0 ? t('investments.delete.noReviews') : t('investments.delete.reviews', { n: reviewCount })}</p>
      <p>{t('investments.delete.undo')}</p>
      <div className="form-actions">
        <button type="button" className="danger" onClick={onConfirm}>{t('investments.delete.confirm')}</button>
        <button type="button" onClick={onClose} autoFocus>{t('investments.cancel')}</button>
      </div>
    </dialog>
  );
}
