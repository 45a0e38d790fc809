import { useEffect, useRef, useState, type RefObject } from 'react';
import type { Polygon } from 'geojson';
import { usePlatsenStore, useT } from '../../app/store-context';
import { addArea } from '../../domain/commands/add-area';
import { startDrawing, type DrawSession } from '../../map/draw/draw-session';
import { useEditingSession } from './use-editing-session';
import { getMap } from '../../map/map-registry';
import { clearDrawOverlay, showDrawOverlay } from '../../map/reference/draw-overlay';
import { addedAreaId, focusArea, issueLocation, useInteraction } from './area-actions';
import { AreaForm } from './AreaForm';
import { drawHint } from './draw-hints';

interface Refusal {
  message: string;
}

/** A refused sketch back on terra-draw's editing surface, so its corners can be moved. */
function RefusedSketch({ geometry, sessionRef, onSave, onCancel }: {
  geometry: Polygon; sessionRef: RefObject<DrawSession | null>; onSave(g: Polygon): void; onCancel(): void;
}) {
  // Drawing already owns the map's clicks: this session does not claim (or release) them.
  const session = useEditingSession(geometry, onSave, onCancel, false);
  useEffect(() => {
    sessionRef.current = session.current;
  });
  return null;
}

/**
 * Drawing a new area: corners are clicked on the map (terra-draw), a live region says what to do
 * next, then a form asks for the name. A refused shape (a bow-tie) stays on the map with its
 * problem spot marked and its corners movable, until it is created, redrawn or cancelled.
 */
export function DrawArea({ onDone }: { onDone(): void }) {
  const t = useT();
  const store = usePlatsenStore();
  const [vertices, setVertices] = useState(0);
  const [sketch, setSketch] = useState<Polygon | null>(null);
  const [refusal, setRefusal] = useState<Refusal | null>(null);
  const [round, setRound] = useState(0);
  // After a refusal the sketch is edited in place; creating then takes the edited shape.
  const [refused, setRefused] = useState<Polygon | null>(null);
  const refusedSession = useRef<DrawSession | null>(null);
  const pending = useRef<{ name: string; description: string } | null>(null);
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
    setRefused(null);
    setVertices(0);
    setSketch(null);
    setRound((r) => r + 1);
  };

  const create = async ({ name, description }: { name: string; description: string }, geometry = sketch) => {
    if (!geometry) return;
    const before = store.getState().doc.areas;
    const result = await store.dispatch(addArea, { name, description, geometry });
    if (!result.ok) {
      const issue = issueLocation(result.error);
      const map = getMap();
      // terra-draw shows the shape being edited; the overlay adds the marked spot.
      if (map) showDrawOverlay(map, { issue });
      setRefused(geometry);
      setRefusal({ message: `${t(result.error.code, result.error.params)}${issue ? ` ${t('areas.draw.refused')}` : ''}` });
      return;
    }
    const id = addedAreaId(before, store.getState().doc.areas);
    if (id) {
      store.setSession({ selection: { type: 'area', ids: [id] } });
      focusArea(geometry);
    }
    store.notify('info', 'areas.created', { name: name.trim() });
    onDone();
  };

  // The sketch stays visible while it is named (terra-draw has let go of it by then).
  useEffect(() => {
    const map = getMap();
    if (map && sketch && !refused) showDrawOverlay(map, { sketch });
  }, [sketch, refused]);

  const submit = (values: { name: string; description: string }) => {
    if (refused && refusedSession.current) {
      // Hand the moved corners over; the session's finish creates the area from them.
      pending.current = values;
      refusedSession.current.commit();
    } else void create(values);
  };
  const editedShape = (g: Polygon) => {
    const values = pending.current;
    pending.current = null;
    setRefused(null);
    setSketch(g);
    if (values) void create(values, g);
  };

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
      {refused && <RefusedSketch geometry={refused} sessionRef={refusedSession} onSave={editedShape} onCancel={onDone} />}
      {sketch && (
        <AreaForm submitLabel={t('areas.draw.create')} error={refusal?.message ?? null} onSubmit={submit} onCancel={onDone}>
          <button type="button" onClick={redraw}>{t('areas.draw.redraw')}</button>
        </AreaForm>
      )}
    </section>
  );
}
