import { useEffect, useState } from 'react';
import type { Polygon } from 'geojson';
import { usePlatsenStore, useT } from '../../app/store-context';
import { addArea } from '../../domain/commands/add-area';
import { startDrawing } from '../../map/draw/draw-session';
import { getMap } from '../../map/map-registry';
import { clearDrawOverlay, showDrawOverlay } from '../../map/reference/draw-overlay';
import { addedAreaId, focusArea, issueLocation, useInteraction } from './area-actions';
import { AreaForm } from './AreaForm';
import { drawHint } from './draw-hints';

interface Refusal {
  message: string;
}

/**
 * Drawing a new area: corners are clicked on the map (terra-draw), a live region says what to do
 * next, then a form asks for the name. A refused shape (a bow-tie) is kept on the map with its
 * problem spot marked, and the user redraws it.
 */
export function DrawArea({ onDone }: { onDone(): void }) {
  const t = useT();
  const store = usePlatsenStore();
  const [vertices, setVertices] = useState(0);
  const [sketch, setSketch] = useState<Polygon | null>(null);
  const [refusal, setRefusal] = useState<Refusal | null>(null);
  const [round, setRound] = useState(0);
  const [mapMissing] = useState(() => getMap() === null);
  useInteraction('drawing');

  useEffect(() => {
    const map = getMap();
    if (!map || sketch) return;
    let live = true;
    const session = startDrawing(map, 'polygon', {
      onProgress: (n) => { if (live) setVertices(n); },
      onFinish: (g) => { if (live && g.type === 'Polygon') setSketch(g); },
      onCancel: () => { if (live) onDone(); },
    });
    // terra-draw listens for Enter and Backspace on the map canvas.
    map.getCanvas().focus();
    return () => {
      live = false;
      session.cancel();
    };
  }, [sketch, round, onDone]);

  useEffect(() => {
    const map = getMap();
    if (!map) return;
    return () => clearDrawOverlay(map);
  }, []);

  const redraw = () => {
    const map = getMap();
    if (map) clearDrawOverlay(map);
    setRefusal(null);
    setVertices(0);
    setSketch(null);
    setRound((r) => r + 1);
  };

  const create = async ({ name, description }: { name: string; description: string }) => {
    if (!sketch) return;
    const before = store.getState().doc.areas;
    const result = await store.dispatch(addArea, { name, description, geometry: sketch });
    if (!result.ok) {
      const issue = issueLocation(result.error);
      const map = getMap();
      if (map) showDrawOverlay(map, { sketch, issue });
      setRefusal({ message: `${t(result.error.code, result.error.params)}${issue ? ` ${t('areas.draw.refused')}` : ''}` });
      return;
    }
    const id = addedAreaId(before, store.getState().doc.areas);
    if (id) {
      store.setSession({ selection: { type: 'area', ids: [id] } });
      focusArea(sketch);
    }
    store.notify('info', 'areas.created', { name: name.trim() });
    onDone();
  };

  // The sketch stays visible while it is named (terra-draw has let go of it by then).
  useEffect(() => {
    const map = getMap();
    if (map && sketch) showDrawOverlay(map, { sketch });
  }, [sketch]);

  const hint = drawHint(vertices);
  return (
    <section className="area-task" aria-labelledby="draw-area-title">
      <h2 id="draw-area-title">{sketch ? t('areas.draw.nameTitle') : t('areas.draw.title')}</h2>
      {mapMissing && <p role="alert" className="area-error">{t('areas.mapMissing')}</p>}
      {!sketch && !mapMissing && (
        <>
          <p className="draw-hint" role="status" aria-live="polite">{t(hint.key, hint.params)}</p>
          <p className="hint">{t('areas.draw.hint.keys')}</p>
          <div className="area-actions">
            <button type="button" onClick={onDone}>{t('areas.cancel')}</button>
          </div>
        </>
      )}
      {sketch && (
        <AreaForm submitLabel={t('areas.draw.create')} error={refusal?.message ?? null} onSubmit={(v) => void create(v)} onCancel={onDone}>
          <button type="button" onClick={redraw}>{t('areas.draw.redraw')}</button>
        </AreaForm>
      )}
    </section>
  );
}
