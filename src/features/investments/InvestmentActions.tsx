import { useState } from 'react';
import { usePlatsen, usePlatsenStore, useT } from '../../app/store-context';
import { deleteInvestments } from '../../domain/commands/delete-investments';
import { duplicateInvestment } from '../../domain/commands/duplicate-investment';
import { updateInvestments } from '../../domain/commands/update-investments';
import type { Id, InvestmentGeometry } from '../../domain/model';
import type { DrawnGeometry } from '../../map/draw/draw-session';
import { DeleteInvestmentDialog } from './DeleteInvestmentDialog';
import { MoveInvestment } from './MoveInvestment';

export type DetailsTask = null | 'edit' | 'move' | 'delete';
type Message = { tone: 'info' | 'error'; text: string } | null;

/** terra-draw edits single points, lines and polygons; multi-part shapes are not offered for editing. */
function editableGeometry(geometry: InvestmentGeometry): DrawnGeometry | null {
  return geometry.type === 'Point' || geometry.type === 'LineString' || geometry.type === 'Polygon' ? geometry : null;
}

export interface InvestmentActionsProps {
  id: Id;
  task: DetailsTask;
  onTask(task: DetailsTask): void;
}

/** Edit, move or reshape, duplicate and delete: each one undoable command. */
export function InvestmentActions({ id, task, onTask }: InvestmentActionsProps) {
  const t = useT();
  const store = usePlatsenStore();
  const inv = usePlatsen((s) => s.doc.investments[id]);
  const [message, setMessage] = useState<Message>(null);
  if (!inv) return null;
  const shape = inv.wholeArea ? null : editableGeometry(inv.geometry);

  const fail = (error: { code: string; params: Record<string, string | number> }) =>
    setMessage({ tone: 'error', text: t(error.code, error.params) });

  const start = (next: DetailsTask) => {
    setMessage(null);
    onTask(next);
  };

  const move = async (geometry: DrawnGeometry) => {
    onTask(null);
    const result = await store.dispatch(updateInvestments, { ids: [id], changes: { geometry } });
    if (!result.ok) return fail(result.error);
    const moved = store.getState().doc.investments[id];
    const area = moved?.areaId ? store.getState().doc.areas[moved.areaId] : undefined;
    setMessage({ tone: 'info', text: t('investments.move.saved', { where: area ? t('investments.attachedTo', { name: area.name }) : t('investments.attachedNone') }) });
  };

  const duplicate = async () => {
    const before = store.getState().doc.investments;
    const result = await store.dispatch(duplicateInvestment, { id, title: t('investments.copyOf', { title: inv.title }) });
    if (!result.ok) return fail(result.error);
    const copy = Object.keys(store.getState().doc.investments).find((k) => !(k in before));
    if (copy) store.setSession({ selection: { type: 'investment', ids: [copy] } });
    store.notify('info', 'investments.duplicated', { title: inv.title });
  };

  const remove = async () => {
    const { title } = inv;
    onTask(null);
    const result = await store.dispatch(deleteInvestments, { ids: [id] });
    if (!result.ok) return fail(result.error);
    store.setSession({ selection: null });
    store.notify('info', 'investments.deleted', { title });
  };

  return (
    <div className="investment-actions">
      {task === 'move' && shape && <MoveInvestment geometry={shape} onSave={(g) => void move(g)} onCancel={() => start(null)} />}
      {(task === null || task === 'delete') && (
        <div className="form-actions">
          <button type="button" onClick={() => start('edit')}>{t('investments.edit')}</button>
          <button type="button" onClick={() => start('move')} disabled={!shape}>{t('investments.move')}</button>
          <button type="button" onClick={() => void duplicate()}>{t('investments.duplicate')}</button>
          <button type="button" className="danger" onClick={() => start('delete')}>{t('investments.delete')}</button>
        </div>
      )}
      {!shape && task === null && <p className="hint">{t(inv.wholeArea ? 'investments.move.wholeArea' : 'investments.move.multi')}</p>}
      {message && <p role={message.tone === 'error' ? 'alert' : 'status'} className={message.tone === 'error' ? 'form-error' : 'form-ok'}>{message.text}</p>}
      {task === 'delete' && <DeleteInvestmentDialog id={id} onConfirm={() => void remove()} onClose={() => start(null)} />}
    </div>
  );
}
