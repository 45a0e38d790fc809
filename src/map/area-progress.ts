// Areas shaded by how far their programme has come: the share of its investment budget past the
// implementation gate (rollups.ts), in five equal classes on a single-hue ramp, and areas without a
// budget hatched, so "nothing to measure" never reads as "nothing done". Its own source and layers
// under the app's area fill, driven by the store directly (session.areaProgress and session.asOf
// through selectPhases), so the app's source derivation stays untouched.
import type { FeatureCollection } from 'geojson';
import type { ExpressionSpecification, GeoJSONSource, LayerSpecification, Map as MaplibreMap } from 'maplibre-gl';
import { allAreaRollups } from '../domain/rollups';
import type { AreaGeometry, GateDef, Id, PlatsenDocument } from '../domain/model';
import type { PhaseState } from '../domain/phase';
import { gatesOf, selectPhases } from '../store/selectors';
import type { PlatsenStore } from '../store/store';
import { HATCH_IMAGE, hatchImage } from './choropleth';
import { LAYER } from './layers';

export const AREA_PROGRESS_SOURCE = 'platsen-area-progress';
export const AREA_PROGRESS_LAYER = {
  fill: 'platsen-area-progress-fill',
  noBudget: 'platsen-area-progress-no-budget',
} as const;

/**
 * ColorBrewer Purples (6 classes, without its palest step): a single hue, so the order reads as
 * lightness for every kind of colour vision, and apart from the blue-green phase ramp, the red-blue
 * rating scale and the orange selection drawn on top of it.
 */
export const PROGRESS_RAMP = ['#dadaeb', '#bcbddc', '#9e9ac8', '#756bb1', '#54278f'] as const;
/** Light enough that the investments, outlines and names drawn over the areas stay readable. */
export const PROGRESS_OPACITY = 0.5;

export interface ProgressClass {
  /** Lower and upper bound in per cent: 0–20, 20–40, … 80–100. */
  from: number;
  to: number;
  colour: string;
}

export const PROGRESS_CLASSES: readonly ProgressClass[] = PROGRESS_RAMP.map((colour, i) => ({
  from: (i * 100) / PROGRESS_RAMP.length, to: ((i + 1) * 100) / PROGRESS_RAMP.length, colour,
}));

/**
 * The class of a progress share (0–1): lower bounds are inclusive (20 % is in 20–40 %), and 100 %
 * is in the top class. null (no budget) has no class.
 */
export function progressClass(progress: number | null): number | null {
  if (progress === null || !Number.isFinite(progress)) return null;
  const last = PROGRESS_CLASSES.length - 1;
  const percent = progress * 100;
  const i = PROGRESS_CLASSES.findIndex((c) => percent < c.to);
  return i < 0 ? last : i;
}

export interface AreaProgressProps {
  id: Id;
  /** Share 0–1; absent when the programme has no investment budget (MapLibre drops null properties). */
  progress?: number;
  colour?: string;
}

export function areaProgressCollection(doc: PlatsenDocument, phases: Map<Id, PhaseState>, gates: GateDef[]): FeatureCollection<AreaGeometry, AreaProgressProps> {
  const { byArea } = allAreaRollups(doc, phases, gates);
  return {
    type: 'FeatureCollection',
    features: Object.values(doc.areas).map((area) => {
      const progress = byArea.get(area.id)?.progress ?? null;
      const k = progressClass(progress);
      const properties: AreaProgressProps = k === null ? { id: area.id } : { id: area.id, progress: progress!, colour: PROGRESS_CLASSES[k]!.colour };
      return { type: 'Feature', id: area.id, geometry: area.geometry, properties };
    }),
  };
}

const hasProgress: ExpressionSpecification = ['has', 'progress'];

export function areaProgressLayers(): LayerSpecification[] {
  return [
    { id: AREA_PROGRESS_LAYER.fill, type: 'fill', source: AREA_PROGRESS_SOURCE, filter: hasProgress,
      layout: { visibility: 'none' }, paint: { 'fill-color': ['get', 'colour'], 'fill-opacity': PROGRESS_OPACITY } },
    { id: AREA_PROGRESS_LAYER.noBudget, type: 'fill', source: AREA_PROGRESS_SOURCE, filter: ['!', hasProgress],
      layout: { visibility: 'none' }, paint: { 'fill-pattern': HATCH_IMAGE, 'fill-opacity': PROGRESS_OPACITY } },
  ];
}

/** Adds the progress layers after every style load and keeps them in step with the store. */
export function installAreaProgress(map: MaplibreMap, store: PlatsenStore): () => void {
  let sentFor: unknown[] | null = null;
  let shown: boolean | null = null;

  const send = () => {
    if (!map.getLayer(AREA_PROGRESS_LAYER.fill)) return;
    const s = store.getState();
    const on = s.session.areaProgress;
    if (on !== shown) {
      for (const id of Object.values(AREA_PROGRESS_LAYER)) map.setLayoutProperty(id, 'visibility', on ? 'visible' : 'none');
      shown = on;
    }
    // Nothing is computed while the shading is off; turning it on sends the current state.
    if (!on) return;
    const inputs = [s.doc.areas, s.doc.investments, selectPhases(s), gatesOf(s.doc)];
    if (sentFor && inputs.every((x, i) => x === sentFor![i])) return;
    sentFor = inputs;
    map.getSource<GeoJSONSource>(AREA_PROGRESS_SOURCE)?.setData(areaProgressCollection(s.doc, selectPhases(s), gatesOf(s.doc)));
  };

  const install = () => {
    if (!map.hasImage(HATCH_IMAGE)) map.addImage(HATCH_IMAGE, hatchImage());
    if (!map.getSource(AREA_PROGRESS_SOURCE)) map.addSource(AREA_PROGRESS_SOURCE, { type: 'geojson', data: { type: 'FeatureCollection', features: [] } });
    // Under the app's area fill, so outlines, names and investments stay on top.
    const before = map.getLayer(LAYER.areaFill) ? LAYER.areaFill : undefined;
    for (const spec of areaProgressLayers()) if (!map.getLayer(spec.id)) map.addLayer(spec, before);
    sentFor = null;
    shown = null;
    send();
  };

  map.on('style.load', install);
  if (map.isStyleLoaded()) install();
  const unsubscribe = store.subscribe(send);
  return () => {
    unsubscribe();
    map.off('style.load', install);
  };
}
