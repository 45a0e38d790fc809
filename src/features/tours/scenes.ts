// A scene is a snapshot of what the facilitator sees (camera, focus, filter, layers, date); playing
// it puts the map and the session back in that state.
import type { Map as MaplibreMap } from 'maplibre-gl';
import type { SceneFields } from '../../domain/commands/tours';
import { EMPTY_FILTER } from '../../domain/filter';
import type { TourScene } from '../../domain/model';
import { LAYER } from '../../map/layers';
import { NOTE_LAYERS } from '../../map/notes-layer';
import { ALL_POINT_LAYERS } from '../../map/point-layers';
import type { Session } from '../../store/session';
import type { PlatsenStore } from '../../store/store';

type LayerGroup = keyof TourScene['layers'];

const AREA_LAYERS: readonly string[] = [LAYER.areaFill, LAYER.areaOutline, LAYER.areaSelectedHalo, LAYER.areaSelectedOutline, LAYER.areaLabels];
const GROUPS: Record<LayerGroup, readonly string[]> = {
  areas: AREA_LAYERS,
  investments: [...new Set([...Object.values(LAYER).filter((id) => !AREA_LAYERS.includes(id)), ...ALL_POINT_LAYERS])],
  notes: NOTE_LAYERS,
};

const round = (v: number, digits: number) => Math.round(v * 10 ** digits) / 10 ** digits;

function groupVisible(map: MaplibreMap, group: LayerGroup): boolean {
  const id = GROUPS[group].find((l) => map.getLayer(l));
  return !id || map.getLayoutProperty(id, 'visibility') !== 'none';
}

/** "Add current view as scene": the camera, the one selected area or investment, filter and layers. */
export function captureScene(map: MaplibreMap, session: Session): SceneFields {
  const center = map.getCenter();
  const selection = session.selection;
  return {
    camera: {
      center: [round(center.lng, 6), round(center.lat, 6)], zoom: round(map.getZoom(), 3),
      bearing: round(map.getBearing(), 2), pitch: round(map.getPitch(), 2),
    },
    focus: selection && selection.ids.length === 1 ? { type: selection.type, id: selection.ids[0]! } : null,
    filter: { kinds: [...session.filter.kinds], gateIndexes: [...session.filter.gateIndexes] },
    layers: { areas: groupVisible(map, 'areas'), investments: groupVisible(map, 'investments'), notes: groupVisible(map, 'notes') },
    caption: '',
    asOf: session.asOf,
  };
}

export function showLayers(map: MaplibreMap, layers: TourScene['layers']): void {
  for (const group of Object.keys(GROUPS) as LayerGroup[]) {
    for (const id of GROUPS[group]) if (map.getLayer(id)) map.setLayoutProperty(id, 'visibility', layers[group] ? 'visible' : 'none');
  }
}

/** Shows a scene: a short flight (MapLibre jumps instead when the user prefers reduced motion). */
export function playScene(map: MaplibreMap, store: PlatsenStore, scene: TourScene): void {
  store.setSession({
    asOf: scene.asOf,
    filter: { ...EMPTY_FILTER, kinds: [...scene.filter.kinds], gateIndexes: [...scene.filter.gateIndexes] },
    selection: scene.focus ? { type: scene.focus.type, ids: [scene.focus.id] } : null,
  });
  showLayers(map, scene.layers);
  map.flyTo({ ...scene.camera, duration: 1200 });
}
