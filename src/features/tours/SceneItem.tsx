// One scene in the tour editor: its caption, optional date and layers, and the buttons that move,
// show or delete it. Fields save when they lose focus (one undo step per edit, not per key).
import type { KeyboardEvent } from 'react';
import { usePlatsen, usePlatsenStore, useT } from '../../app/store-context';
import { deleteScene, updateScene, type SceneFields } from '../../domain/commands/tours';
import type { Id, TourScene } from '../../domain/model';
import { getMap } from '../../map/map-registry';
import { useDispatch } from '../present/use-dispatch';
import { CommitField } from '../programme/CommitField';
import { playScene } from './scenes';

interface Props {
  tourId: Id;
  scene: TourScene;
  index: number;
  count: number;
  onMove(toIndex: number): void;
  onKeyDown(e: KeyboardEvent): void;
}

const LAYERS = ['areas', 'investments', 'notes'] as const;

export function SceneItem({ tourId, scene, index, count, onMove, onKeyDown }: Props) {
  const t = useT();
  const store = usePlatsenStore();
  const dispatch = useDispatch();
  const focusName = usePlatsen((s) => {
    if (!scene.focus) return null;
    return scene.focus.type === 'area' ? s.doc.areas[scene.focus.id]?.name : s.doc.investments[scene.focus.id]?.title;
  });
  const n = index + 1;
  const update = (changes: Partial<SceneFields>) => void dispatch(updateScene, { tourId, sceneId: scene.id, changes });
  const show = () => {
    const map = getMap();
    if (map) playScene(map, store, scene);
  };

  return (
    <div className="scene-body" onKeyDown={onKeyDown}>
      <h3 id={`scene-${scene.id}`} tabIndex={-1}>{t('tours.sceneLabel', { n })}</h3>
      {focusName && <p className="item-meta">{t('tours.focus.area', { name: focusName })}</p>}
      <label>
        {t('tours.caption', { n })}
        <CommitField multiline rows={2} value={scene.caption} onCommit={(caption) => update({ caption })} />
      </label>
      <label>
        {t('tours.asOf')}
        <input key={scene.asOf ?? ''} type="date" defaultValue={scene.asOf ?? ''} onBlur={(e) => update({ asOf: e.target.value || null })} />
      </label>
      <fieldset className="scene-layers">
        <legend>{t('tours.layers')}</legend>
        {LAYERS.map((layer) => (
          <label key={layer}>
            <input type="checkbox" checked={scene.layers[layer]} onChange={(e) => update({ layers: { ...scene.layers, [layer]: e.target.checked } })} />
            {t(`tours.layer.${layer}`)}
          </label>
        ))}
      </fieldset>
      <div className="scene-actions">
        <button type="button" onClick={show}>{t('tours.show', { n })}</button>
        <button type="button" disabled={index === 0} onClick={() => onMove(index - 1)}>{t('tours.moveUp', { n })}</button>
        <button type="button" disabled={index === count - 1} onClick={() => onMove(index + 1)}>{t('tours.moveDown', { n })}</button>
        <button type="button" onClick={() => void dispatch(deleteScene, { tourId, sceneId: scene.id })}>{t('tours.deleteScene', { n })}</button>
      </div>
    </div>
  );
}
