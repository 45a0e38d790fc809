import { useCallback, useEffect, useId, useMemo, useRef, useState } from 'react';
import { bbox } from '@turf/turf';
import { usePlatsenStore, useT } from '../../app/store-context';
import { adoptAreas } from '../../domain/commands/adopt-areas';
import type { ReferenceLayerId } from '../../domain/model';
import { getMap } from '../../map/map-registry';
import { REFERENCE_LAYER_IDS, loadReferenceLayer, type ReferenceFeature, type ReferenceLayer } from '../../map/reference/reference-data';
import { showReferenceLayer, type ReferenceDisplay } from '../../map/reference/reference-layers';
import { addedAreaId, focusArea, useInteraction } from './area-actions';
import { connectedGroups, defaultAdoptName, referenceLabel } from './adopt-model';
import { ReferencePicker } from './ReferencePicker';

type Load = { state: 'idle' } | { state: 'loading' } | { state: 'failed' } | { state: 'ready'; layer: ReferenceLayer };

/**
 * Creating an area from reference boundaries: the chosen layer is drawn on the map, polygons are
 * picked by clicking them or from a searchable list, and one or several become one area.
 */
export function AdoptAreas({ onDone }: { onDone(): void }) {
  const t = useT();
  const store = usePlatsenStore();
  const id = useId();
  const [layerId, setLayerId] = useState<ReferenceLayerId | ''>('');
  const [load, setLoad] = useState<Load>({ state: 'idle' });
  const [chosenIds, setChosenIds] = useState<string[]>([]);
  const [name, setName] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const display = useRef<ReferenceDisplay | null>(null);
  useInteraction('adopting');
  const toggleId = useCallback((featureId: string) =>
    setChosenIds((ids) => (ids.includes(featureId) ? ids.filter((x) => x !== featureId) : [...ids, featureId])), []);

  useEffect(() => {
    if (!layerId) return;
    let live = true;
    loadReferenceLayer(layerId).then(
      (layer) => { if (live) setLoad({ state: 'ready', layer }); },
      () => { if (live) setLoad({ state: 'failed' }); },
    );
    return () => { live = false; };
  }, [layerId]);

  const layer = load.state === 'ready' ? load.layer : null;
  useEffect(() => {
    const map = getMap();
    if (!map || !layer) return;
    const shown = showReferenceLayer(map, layer, { onPick: toggleId });
    display.current = shown;
    const [w, s, e, n] = bbox(layer.collection);
    map.fitBounds([[w, s], [e, n]], { padding: 40 });
    return () => {
      shown.remove();
      display.current = null;
    };
  }, [layer, toggleId]);

  useEffect(() => display.current?.setSelection(chosenIds), [chosenIds, layer]);

  const byId = useMemo(() => new Map(layer?.features.map((f) => [f.id, f]) ?? []), [layer]);
  const chosen = useMemo(() => chosenIds.map((x) => byId.get(x)).filter((f): f is ReferenceFeature => !!f), [chosenIds, byId]);
  const groups = useMemo(() => connectedGroups(chosen), [chosen]);
  const areaName = name ?? defaultAdoptName(chosen);

  const chooseLayer = (next: ReferenceLayerId | '') => {
    setLayerId(next);
    setLoad(next ? { state: 'loading' } : { state: 'idle' });
    setChosenIds([]);
    setName(null);
    setError(null);
  };

  const toggle = (f: ReferenceFeature) => toggleId(f.id);

  const adopt = async () => {
    if (!layerId || !chosen.length) return;
    const before = store.getState().doc.areas;
    const result = await store.dispatch(adoptAreas, {
      name: areaName, layer: layerId, features: chosen.map((f) => ({ code: f.code, geometry: f.geometry })),
    });
    if (!result.ok) {
      setError(t(result.error.code, result.error.params));
      return;
    }
    const areaId = addedAreaId(before, store.getState().doc.areas);
    const area = areaId ? store.getState().doc.areas[areaId] : undefined;
    if (area) {
      store.setSession({ selection: { type: 'area', ids: [area.id] } });
      focusArea(area.geometry);
    }
    store.notify('info', 'areas.created', { name: areaName.trim() });
    onDone();
  };

  return (
    <section className="area-task" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('areas.adopt.title')}</h2>
      <label htmlFor={`${id}-layer`}>{t('areas.adopt.layer')}</label>
      <select id={`${id}-layer`} value={layerId} onChange={(e) => chooseLayer(e.target.value as ReferenceLayerId | '')}>
        <option value="">{t('areas.adopt.chooseLayer')}</option>
        {REFERENCE_LAYER_IDS.map((l) => <option key={l} value={l}>{t(`areas.adopt.layer.${l}`)}</option>)}
      </select>
      {load.state === 'loading' && <p role="status">{t('areas.adopt.loading')}</p>}
      {load.state === 'failed' && <p role="alert" className="area-error">{t('areas.adopt.loadFailed')}</p>}
      {layer && (
        <>
          <p className="hint">{t('areas.adopt.howTo')}</p>
          <ReferencePicker features={layer.features} chosenIds={chosenIds} onToggle={toggle} />
          <h3>{t('areas.adopt.selected', { n: chosen.length })}</h3>
          {chosen.length === 0 ? <p className="hint">{t('areas.adopt.noneSelected')}</p> : (
            <ul className="chosen-list">
              {chosen.map((f) => (
                <li key={f.id}>
                  <span>{referenceLabel(f)}</span>
                  <button type="button" className="link" onClick={() => toggle(f)} aria-label={t('areas.adopt.remove', { name: f.name })}>×</button>
                </li>
              ))}
            </ul>
          )}
          {groups > 1 && <p role="status" className="area-warning">{t('areas.adopt.notAdjacent', { n: groups })}</p>}
          {chosen.length > 0 && (
            <form className="area-form" noValidate onSubmit={(e) => { e.preventDefault(); void adopt(); }}>
              <label htmlFor={`${id}-name`}>{t('areas.name')} <span className="hint">{t('areas.required')}</span></label>
              <input id={`${id}-name`} value={areaName} onChange={(e) => setName(e.target.value)} aria-required="true" autoComplete="off"
                aria-invalid={error ? true : undefined} aria-describedby={error ? `${id}-error` : undefined} />
              {error && <p id={`${id}-error`} role="alert" className="area-error">{error}</p>}
              <div className="area-actions">
                <button type="submit" className="primary">{chosen.length > 1 ? t('areas.adopt.merge') : t('areas.adopt.one')}</button>
              </div>
            </form>
          )}
        </>
      )}
      <div className="area-actions">
        <button type="button" onClick={onDone}>{t('areas.close')}</button>
      </div>
    </section>
  );
}
