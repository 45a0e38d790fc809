import { useEffect, useId, useState } from 'react';
import type { Polygon } from 'geojson';
import { usePlatsen, usePlatsenStore, useT } from '../../app/store-context';
import { selectCanEdit } from '../../store/selectors';
import { deleteArea } from '../../domain/commands/delete-area';
import { updateArea, type UpdateAreaArgs } from '../../domain/commands/update-area';
import type { Id } from '../../domain/model';
import { getMap } from '../../map/map-registry';
import { clearDrawOverlay, showDrawOverlay } from '../../map/reference/draw-overlay';
import { issueLocation } from './area-actions';
import { AreaForm, type AreaValues } from './AreaForm';
import { changesOnto } from '../forms/draft-rebase';
import { AreaOverlaps } from './AreaOverlaps';
import { DeleteAreaDialog } from './DeleteAreaDialog';
import { ShapeEditing } from './ShapeEditing';

type Task = null | 'details' | 'shape' | 'delete';
type Message = { tone: 'info' | 'error'; text: string } | null;

/**
 * The selected area's own edits: name and description, shape, deletion; each one undoable command.
 * Offered except in presentation mode. Shown below the area's programme panel.
 */
export function AreaEditor({ id }: { id: Id }) {
  const t = useT();
  const store = usePlatsenStore();
  const titleId = useId();
  const area = usePlatsen((s) => s.doc.areas[id]);
  const editable = usePlatsen(selectCanEdit);
  const [task, setTask] = useState<Task>(null);
  const [message, setMessage] = useState<Message>(null);
  const [refusedShape, setRefusedShape] = useState<Polygon | null>(null);
  // A marked problem spot belongs to this area's edit: it goes when another area is chosen.
  useEffect(() => () => {
    const map = getMap();
    if (map) clearDrawOverlay(map);
  }, [id]);
  if (!area || !editable) return null;

  const update = async (changes: UpdateAreaArgs['changes']): Promise<boolean> => {
    const result = await store.dispatch(updateArea, { id, changes });
    const map = getMap();
    if (result.ok) {
      if (map) clearDrawOverlay(map);
      setMessage({ tone: 'info', text: t('areas.edit.saved') });
      return true;
    }
    const issue = issueLocation(result.error);
    if (map && issue) showDrawOverlay(map, { issue });
    setMessage({ tone: 'error', text: `${t(result.error.code, result.error.params)}${issue ? ` ${t('areas.draw.refused')}` : ''}` });
    return false;
  };

  const saveDetails = async (values: AreaValues, opened: AreaValues) => {
    const current = store.getState().doc.areas[id];
    if (!current) return;
    if (await update(changesOnto(opened, values, { name: current.name, description: current.description }))) setTask(null);
  };

  // A refused outline stays on the editing surface, its problem spot marked, so the corner can be
  // moved as the message says; Cancel or Escape drops it.
  const saveShape = async (geometry: Polygon) => {
    if (await update({ geometry })) {
      setRefusedShape(null);
      setTask(null);
    } else setRefusedShape(geometry);
  };

  const cancelShape = () => {
    const map = getMap();
    if (map) clearDrawOverlay(map);
    setRefusedShape(null);
    start(null);
  };

  const remove = async () => {
    const { name } = area;
    setTask(null);
    const result = await store.dispatch(deleteArea, { id });
    if (!result.ok) {
      setMessage({ tone: 'error', text: t(result.error.code, result.error.params) });
      return;
    }
    store.setSession({ selection: null });
    store.notify('info', 'areas.deleted', { name });
  };

  const start = (next: Task) => {
    setMessage(null);
    setTask(next);
  };

  const polygon = area.geometry.type === 'Polygon' ? area.geometry : null;
  const details = { name: area.name, description: area.description };
  return (
    <section className="area-editor" aria-labelledby={titleId}>
      <h2 id={titleId}>{t('areas.edit.title')}</h2>
      {task === 'details' && (
        <AreaForm source={details} submitLabel={t('areas.save')}
          error={message?.tone === 'error' ? message.text : null} onSubmit={(v, opened) => void saveDetails(v, opened)} onCancel={() => start(null)} />
      )}
      {task === 'shape' && polygon && (
        <ShapeEditing geometry={refusedShape ?? polygon} onSave={(g) => void saveShape(g)} onCancel={cancelShape} />
      )}
      {(task === null || task === 'delete') && (
        <div className="area-actions">
          <button type="button" onClick={() => start('details')}>{t('areas.edit.details')}</button>
          <button type="button" onClick={() => start('shape')} disabled={!polygon} aria-describedby={polygon ? undefined : `${titleId}-multi`}>
            {t('areas.edit.shape')}
          </button>
          <button type="button" className="danger" onClick={() => start('delete')}>{t('areas.delete')}</button>
        </div>
      )}
      {!polygon && <p id={`${titleId}-multi`} className="hint">{t('areas.edit.shapeMulti')}</p>}
      {message && task !== 'details' && (
        <p role={message.tone === 'error' ? 'alert' : 'status'} className={message.tone === 'error' ? 'area-error' : 'area-ok'}>{message.text}</p>
      )}
      {task !== 'shape' && <AreaOverlaps id={id} />}
      {task === 'delete' && <DeleteAreaDialog id={id} onConfirm={() => void remove()} onClose={() => start(null)} />}
    </section>
  );
}
