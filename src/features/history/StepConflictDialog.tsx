import { useEffect, useId, useRef } from 'react';
import { usePlatsen, usePlatsenStore, useT } from '../../app/store-context';
import type { AnyRecord, TableName } from '../../domain/model';
import type { Patch } from '../../domain/patch';
import type { Conflict } from '../../domain/patch-conflicts';
import { fieldLabel, recordName, valueText } from './describe-change';

/** A record as the document shows it, or as the step's own patch carries it (it may be gone now). */
function recordOf(doc: Record<TableName, Record<string, AnyRecord>>, patch: Patch, c: Conflict): AnyRecord | undefined {
  const own = doc[c.table][c.id];
  if (own) return own;
  const change = patch[c.table]?.find((ch) => ch.id === c.id);
  return change && change.op !== 'update' ? change.record : undefined;
}

/**
 * Asks before an undo or redo overwrites a field someone else changed since: keep their change
 * (skip those fields), overwrite it knowingly, or leave the step undone.
 */
export function StepConflictDialog() {
  const store = usePlatsenStore();
  const t = useT();
  const lang = usePlatsen((s) => s.session.lang);
  const pending = usePlatsen((s) => s.pendingStep);
  const doc = usePlatsen((s) => s.doc) as unknown as Record<TableName, Record<string, AnyRecord>>;
  const titleId = useId();
  const ref = useRef<HTMLDialogElement>(null);

  useEffect(() => {
    const dialog = ref.current;
    if (pending && dialog && !dialog.open) dialog.showModal?.();
    return () => dialog?.close?.();
  }, [pending]);

  if (!pending) return null;
  const { direction, entry, conflicts } = pending;
  const patch = direction === 'undo' ? entry.inverse : entry.patch;
  return (
    <dialog ref={ref} className="settings-dialog step-conflict" aria-labelledby={titleId}
      onCancel={(e) => { e.preventDefault(); void store.resolveStep('cancel'); }}>
      <div className="step-conflict-body">
        <h2 id={titleId}>{t(`history.conflict.${direction}`, { label: t(entry.label) })}</h2>
        <p>{t('history.conflict.intro')}</p>
        <ul className="step-conflict-list">
          {conflicts.map((c) => {
            const record = recordName(t, recordOf(doc, patch, c), c.table);
            if (!c.path) return <li key={`${c.table}:${c.id}`}>{t('history.conflict.gone', { record })}</li>;
            const deleting = patch[c.table]?.find((ch) => ch.id === c.id)?.op === 'delete';
            const wanted = deleting ? t('history.value.removed') : valueText(t, lang, c.wanted);
            return (
              <li key={`${c.table}:${c.id}:${c.path.join('.')}`}>
                <strong>{t('history.conflict.field', { record, field: fieldLabel(t, c.path) })}</strong>
                <span>{t('history.conflict.now', { value: valueText(t, lang, c.current) })}</span>
                <span>{t(`history.conflict.wouldBe.${direction}`, { value: wanted })}</span>
              </li>
            );
          })}
        </ul>
        <p className="hint">{t('history.conflict.skipHint')}</p>
        <div className="form-actions">
          <button type="button" autoFocus onClick={() => void store.resolveStep('skip')}>{t('history.conflict.skip')}</button>
          <button type="button" className="danger" onClick={() => void store.resolveStep('overwrite')}>{t('history.conflict.overwrite')}</button>
          <button type="button" onClick={() => void store.resolveStep('cancel')}>{t('history.conflict.cancel')}</button>
        </div>
      </div>
    </dialog>
  );
}
