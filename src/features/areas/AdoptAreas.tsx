import { useCallback, useEffect, useId, useMemo, useRef, useState } from 'react';
import { bbox } from '@turf/turf';
import { usePlatsen, usePlatsenStore, useT } from '../../app/store-context';
import { adoptAreas } from '../../domain/commands/adopt-areas';
import { deleteDivision } from '../../domain/commands/divisions';
import { workspaceOf, type ReferenceLayerId } from '../../domain/model';
import '../../i18n/strings/divisions';
import { getMap } from '../../map/map-registry';
import { REFERENCE_LAYER_IDS, divisionLayer, loadReferenceLayer, type ReferenceFeature, type ReferenceLayer } from '../../map/reference/reference-data';
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
  /** A bundled layer's id, a division's id, or '' before one is chosen. */
  const [layerId, setLayerId] = useState<string>('');
  const divisions = usePlatsen((s) => s.doc.divisions);
  const municipality = usePlatsen((s) => workspaceOf(s.doc)?.municipality ?? '');
  const division = divisions[layerId];
  const fromFile = useMemo(() => (division ? divisionLayer(division, municipality) : null), [division, municipality]);
  const [load, setLoad] = useState<Load>({ state: 'idle' });
  const [chosenIds, setChosenIds] = useState<string[]>([]);
  const [name, setName] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const display = useRef<ReferenceDisplay | null>(null);
  useInteraction('adopting');
  const toggleId = useCallback((featureId: string) =>
    setChosenIds((ids) => (ids.includes(featureId) ? ids.filter((x) => x !== featureId) : [...ids, featureId])), []);

  useEffect(() => {
    if (!layerId || division) return;
    let live = true;
    loadReferenceLayer(layerId as ReferenceLayerId).then(
      (layer) => { if (live) setLoad({ state: 'ready', layer }); },
      () => { if (live) setLoad({ state: 'failed' }); },
    );
    return () => { live = false; };
  }, [layerId, division]);

  const layer = fromFile ?? (load.state === 'ready' ? load.layer : null);
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

  const chooseLayer = (next: string) => {
    setLayerId(next);
    setLoad(next && !divisions[next] ? { state: 'loading' } : { state: 'idle' });
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
      <select id={`${id}-layer`} value={layerId} onChange={(e) => chooseLayer(e.target.value)}>
        <option value="">{t('areas.adopt.chooseLayer')}</option>
        {Object.keys(divisions).length > 0 && (
          <optgroup label={t('division.group')}>
            {Object.values(divisions).map((d) => <option key={d.id} value={d.id}>{t('division.fromFile', { name: d.name, file: d.source.file })}</option>)}
          </optgroup>
        )}
        <optgroup label={t('division.bundled')}>
          {REFERENCE_LAYER_IDS.map((l) => <option key={l} value={l}>{t(`areas.adopt.layer.${l}`)}</option>)}
        </optgroup>
      </select>
      {division && (
        <button type="button" className="link" onClick={() => {
          if (window.confirm(t('division.deleteConfirm', { name: division.name }))) void store.dispatch(deleteDivision, { id: division.id }).then(() => chooseLayer(''));
        }}>{t('division.delete')}</button>
      )}
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
