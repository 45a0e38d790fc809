// One tour's scenes: add the current map view, reorder (drag, buttons or Alt+Arrow), edit the
// caption, date and layers, delete. Every change is an undoable command.
import { useState, type DragEvent, type KeyboardEvent } from 'react';
import { usePlatsenStore, useT } from '../../app/store-context';
import { addScene, moveScene, updateTour } from '../../domain/commands/tours';
import type { Tour } from '../../domain/model';
import { getMap } from '../../map/map-registry';
import { useDispatch } from '../present/use-dispatch';
import { CommitField } from '../programme/CommitField';
import { SceneItem } from './SceneItem';
import { captureScene } from './scenes';

export function TourEditor({ tour }: { tour: Tour }) {
  const t = useT();
  const store = usePlatsenStore();
  const dispatch = useDispatch();
  const [dragging, setDragging] = useState<string | null>(null);
  const [announce, setAnnounce] = useState('');

  const addCurrent = () => {
    const map = getMap();
    if (!map) return store.notify('error', 'tours.noMap');
    void dispatch(addScene, { tourId: tour.id, scene: captureScene(map, store.getState().session) });
  };

  const move = async (sceneId: string, toIndex: number) => {
    const clamped = Math.max(0, Math.min(toIndex, tour.scenes.length - 1));
    if (await dispatch(moveScene, { tourId: tour.id, sceneId, toIndex: clamped })) {
      setAnnounce(t('tours.moved', { n: clamped + 1, count: tour.scenes.length }));
      // The list re-renders in the new order: keep the keyboard on the moved scene.
      requestAnimationFrame(() => document.getElementById(`scene-${sceneId}`)?.focus());
    }
  };

  const onKeyDown = (e: KeyboardEvent, sceneId: string, index: number) => {
    if (!e.altKey || (e.key !== 'ArrowUp' && e.key !== 'ArrowDown')) return;
    e.preventDefault();
    void move(sceneId, index + (e.key === 'ArrowUp' ? -1 : 1));
  };

  const onDrop = (e: DragEvent, index: number) => {
    e.preventDefault();
    if (dragging) void move(dragging, index);
    setDragging(null);
  };

  return (
    <div className="tour-editor">
      <label>
        {t('tours.rename')}
        <CommitField value={tour.title} onCommit={(title) => void dispatch(updateTour, { id: tour.id, title })} />
      </label>
      <button type="button" onClick={addCurrent}>{t('tours.addScene')}</button>
      <p className="item-meta">{t('tours.dragHint')}</p>
      <ol className="scene-list">
        {tour.scenes.map((scene, i) => (
          <li key={scene.id} draggable onDragStart={() => setDragging(scene.id)} onDragOver={(e) => e.preventDefault()}
            onDrop={(e) => onDrop(e, i)} onDragEnd={() => setDragging(null)}
            className={dragging === scene.id ? 'scene dragging' : 'scene'}>
            <SceneItem tourId={tour.id} scene={scene} index={i} count={tour.scenes.length}
              onMove={(to) => void move(scene.id, to)} onKeyDown={(e) => onKeyDown(e, scene.id, i)} />
          </li>
        ))}
      </ol>
      <p role="status" className="visually-hidden">{announce}</p>
    </div>
  );
}
