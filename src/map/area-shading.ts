// Areas shaded by the state of their programme, so one look at the city answers "where is the
// market weak?" or "where do we stand still?": by the active colour (the share of the programme's
// investments weak or negative on the chosen aspect, or, by phase, the share waiting or stopped),
// or by progress (the share of its investment budget past the implementation gate, rollups.ts).
// None, then four quarters, on a single-hue ramp; an area with nothing to measure is hatched, so
// "nothing to measure" never reads as "none". Its own source and layers under the app's area fill, driven
// by the store directly (session.areaShading, session.colourBy, and session.asOf through
// selectPhases), so the app's source derivation stays untouched.
import type { FeatureCollection } from 'geojson';
import type { ExpressionSpecification, GeoJSONSource, LayerSpecification, Map as MaplibreMap } from 'maplibre-gl';
import type { AreaGeometry, Aspect, GateDef, Id, PlatsenDocument } from '../domain/model';
import { INITIAL_PHASE, type PhaseState } from '../domain/phase';
import { allAreaRollups } from '../domain/rollups';
import { gatesOf, selectPhases } from '../store/selectors';
import type { AreaShading, ColourBy } from '../store/session';
import type { PlatsenStore } from '../store/store';
import { HATCH_IMAGE, hatchImage } from './choropleth';
import { LAYER } from './layers';

export const AREA_SHADING_SOURCE = 'platsen-area-shading';
export const AREA_SHADING_LAYER = {
  fill: 'platsen-area-shading-fill',
  noData: 'platsen-area-shading-no-data',
} as const;

/** What the areas are shaded by: the measure behind a session's choice. */
export type ShadingMeasure = { type: 'progress' } | { type: 'standingStill' } | { type: 'weak'; aspect: Aspect };

export function shadingMeasure(shading: AreaShading, colourBy: ColourBy): ShadingMeasure | null {
  if (shading === 'none') return null;
  if (shading === 'progress') return { type: 'progress' };
  return colourBy.type === 'phase' ? { type: 'standingStill' } : { type: 'weak', aspect: colourBy.aspect };
}

/**
 * ColorBrewer Purples (5 classes): a single hue, so the order reads as lightness for every kind of
 * colour vision, and apart from the blue-green phase ramp, the red-blue rating scale and the orange
 * selection drawn on top of it. Its palest step is "none at all": an area with no weak investment
 * stays almost white, and those with some stand out at a glance.
 */
export const SHADE_RAMP = ['#f2f0f7', '#cbc9e2', '#9e9ac8', '#756bb1', '#54278f'] as const;
/** Light enough that the investments, outlines and names drawn over the areas stay readable. */
export const SHADE_OPACITY = 0.55;

export interface ShadeClass {
  /** Bounds in per cent: 0 (exactly), above 0 to 25, 25–50, 50–75, 75–100. */
  from: number;
  to: number;
  colour: string;
}

export const SHADE_CLASSES: readonly ShadeClass[] = SHADE_RAMP.map((colour, i) => ({
  from: i === 0 ? 0 : (i - 1) * 25, to: i * 25, colour,
}));

/**
 * The class of a share (0–1): exactly none, or a quarter with its upper bound inclusive (25 % is
 * in 0–25 %). null (nothing to measure) has no class.
 */
export function shareClass(share: number | null): number | null {
  if (share === null || !Number.isFinite(share)) return null;
  if (share <= 0) return 0;
  return Math.min(SHADE_CLASSES.length - 1, Math.max(1, Math.ceil(share * 4)));
}

const WEAK = new Set(['weak', 'negative']);

/** Each area's share (0–1) by the measure, or null when it has nothing to measure. */
export function areaShares(doc: PlatsenDocument, phases: Map<Id, PhaseState>, gates: GateDef[], measure: ShadingMeasure): Map<Id, number | null> {
  if (measure.type === 'progress') {
    const { byArea } = allAreaRollups(doc, phases, gates);
    return new Map(Object.keys(doc.areas).map((id) => [id, byArea.get(id)?.progress ?? null]));
  }
  const tally = new Map<Id, { of: number; hits: number }>(Object.keys(doc.areas).map((id) => [id, { of: 0, hits: 0 }]));
  for (const inv of Object.values(doc.investments)) {
    const t = inv.areaId === null ? undefined : tally.get(inv.areaId);
    if (!t) continue;
    const phase = phases.get(inv.id) ?? INITIAL_PHASE;
    if (measure.type === 'standingStill') {
      t.of += 1;
      if (phase.status === 'waiting' || phase.status === 'stopped') t.hits += 1;
    } else if (phase.status !== 'stopped') {
      // A stopped investment is out of the programme: its rating no longer says where things stand.
      t.of += 1;
      if (WEAK.has(phase.lastReview?.aspects[measure.aspect].rating ?? 'notAssessed')) t.hits += 1;
    }
  }
  return new Map([...tally].map(([id, t]) => [id, t.of ? t.hits / t.of : null]));
}

export interface AreaShadeProps {
  id: Id;
  /** Share 0–1; absent when there is nothing to measure (MapLibre drops null properties). */
  share?: number;
  colour?: string;
}

export function areaShadingCollection(doc: PlatsenDocument, phases: Map<Id, PhaseState>, gates: GateDef[], measure: ShadingMeasure): FeatureCollection<AreaGeometry, AreaShadeProps> {
  const shares = areaShares(doc, phases, gates, measure);
  return {
    type: 'FeatureCollection',
    features: Object.values(doc.areas).map((area) => {
      const share = shares.get(area.id) ?? null;
      const k = shareClass(share);
      const properties: AreaShadeProps = k === null ? { id: area.id } : { id: area.id, share: share!, colour: SHADE_CLASSES[k]!.colour };
      return { type: 'Feature', id: area.id, geometry: area.geometry, properties };
    }),
  };
}

const hasShare: ExpressionSpecification = ['has', 'share'];

export function areaShadingLayers(): LayerSpecification[] {
  return [
    { id: AREA_SHADING_LAYER.fill, type: 'fill', source: AREA_SHADING_SOURCE, filter: hasShare,
      layout: { visibility: 'none' }, paint: { 'fill-color': ['get', 'colour'], 'fill-opacity': SHADE_OPACITY } },
    { id: AREA_SHADING_LAYER.noData, type: 'fill', source: AREA_SHADING_SOURCE, filter: ['!', hasShare],
      layout: { visibility: 'none' }, paint: { 'fill-pattern': HATCH_IMAGE, 'fill-opacity': SHADE_OPACITY } },
  ];
}

const measureKey = (m: ShadingMeasure | null) => (m ? (m.type === 'weak' ? `weak:${m.aspect}` : m.type) : null);

/** Adds the shading layers after every style load and keeps them in step with the store. */
export function installAreaShading(map: MaplibreMap, store: PlatsenStore): () => void {
  let sentFor: unknown[] | null = null;
  let shown: boolean | null = null;

  const send = () => {
    if (!map.getLayer(AREA_SHADING_LAYER.fill)) return;
    const s = store.getState();
    const measure = shadingMeasure(s.session.areaShading, s.session.colourBy);
    if ((measure !== null) !== shown) {
      for (const id of Object.values(AREA_SHADING_LAYER)) map.setLayoutProperty(id, 'visibility', measure ? 'visible' : 'none');
      shown = measure !== null;
    }
    // Nothing is computed while the shading is off; turning it on sends the current state.
    if (!measure) return;
    const inputs = [s.doc.areas, s.doc.investments, selectPhases(s), gatesOf(s.doc), measureKey(measure)];
    if (sentFor && inputs.every((x, i) => x === sentFor![i])) return;
    sentFor = inputs;
    map.getSource<GeoJSONSource>(AREA_SHADING_SOURCE)?.setData(areaShadingCollection(s.doc, selectPhases(s), gatesOf(s.doc), measure));
  };

  const install = () => {
    if (!map.hasImage(HATCH_IMAGE)) map.addImage(HATCH_IMAGE, hatchImage());
    if (!map.getSource(AREA_SHADING_SOURCE)) map.addSource(AREA_SHADING_SOURCE, { type: 'geojson', data: { type: 'FeatureCollection', features: [] } });
    // Under the app's area fill, so outlines, names and investments stay on top.
    const before = map.getLayer(LAYER.areaFill) ? LAYER.areaFill : undefined;
    for (const spec of areaShadingLayers()) if (!map.getLayer(spec.id)) map.addLayer(spec, before);
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
