// What the room sees of the map's own layers: the scene's groups (areas, investments, notes), and
// the names of investments and areas (N). Labels are shown at every zoom in the room, where scenes
// sit below the editor's label zoom; the editor's style brings its own zoom range back.
import type { Map as MaplibreMap } from 'maplibre-gl';
import type { TourScene } from '../../domain/model';
import { LAYER } from '../../map/layers';
import { POINT_LABEL_LAYERS } from '../../map/point-layers';
import { showLayers } from '../tours/scenes';

const LABEL_LAYERS: readonly string[] = [LAYER.areaLabels, LAYER.shapeLabels, ...POINT_LABEL_LAYERS];
export const ALL_LAYERS: TourScene['layers'] = { areas: true, investments: true, notes: true };

export function applyPresentLayers(map: MaplibreMap, layers: TourScene['layers'], labels: boolean): void {
  showLayers(map, layers);
  for (const id of LABEL_LAYERS) {
    if (!map.getLayer(id)) continue;
    const group = id === LAYER.areaLabels ? layers.areas : layers.investments;
    map.setLayoutProperty(id, 'visibility', labels && group ? 'visible' : 'none');
    if (labels && id !== LAYER.areaLabels) map.setLayerZoomRange(id, 0, 24);
  }
}
