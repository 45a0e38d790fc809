// The workspace's municipality drawn as a strong outline on the map, so a planner sees where the
// municipality ends. Drawn under the app's own areas; survives basemap switches like the other
// overlays (a new style drops every source).
import { useEffect, useState } from 'react';
import type { Map as MaplibreMap } from 'maplibre-gl';
import { useBoot } from '../../app/boot-context';
import { usePlatsen } from '../../app/store-context';
import { workspaceOf } from '../../domain/model';
import { LAYER } from '../../map/layers';
import { onMap } from '../../map/map-registry';
import { findKommun, loadKommuner, type Kommun } from './kommuner';

export const OUTLINE_SOURCE = 'platsen-municipality';
export const OUTLINE_LAYER = 'platsen-municipality-outline';

function show(map: MaplibreMap, kommun: Kommun): () => void {
  const install = () => {
    if (!map.getSource(OUTLINE_SOURCE)) map.addSource(OUTLINE_SOURCE, { type: 'geojson', data: { type: 'Feature', geometry: kommun.geometry, properties: { name: kommun.name } } });
    if (!map.getLayer(OUTLINE_LAYER)) {
      map.addLayer({ id: OUTLINE_LAYER, type: 'line', source: OUTLINE_SOURCE, paint: { 'line-color': '#3d4652', 'line-width': 2.5, 'line-opacity': 0.7, 'line-dasharray': [4, 2] } },
        map.getLayer(LAYER.areaFill) ? LAYER.areaFill : undefined);
    }
  };
  map.on('style.load', install);
  // Not isStyleLoaded(): it is false while any source still loads tiles (a new workspace's flight),
  // and no 'style.load' follows then. Adding fails only while the style itself loads.
  try {
    install();
  } catch {
    // The first style is still loading: 'style.load' installs the outline when it is done.
  }
  return () => {
    map.off('style.load', install);
    if (map.getLayer(OUTLINE_LAYER)) map.removeLayer(OUTLINE_LAYER);
    if (map.getSource(OUTLINE_SOURCE)) map.removeSource(OUTLINE_SOURCE);
  };
}

export function MunicipalityOutline() {
  const { baseUrl } = useBoot();
  const ws = usePlatsen((s) => workspaceOf(s.doc));
  const [kommun, setKommun] = useState<Kommun | null>(null);
  const [map, setMap] = useState<MaplibreMap | null>(null);

  useEffect(() => {
    if (!ws) return;
    let live = true;
    loadKommuner(baseUrl).then((all) => { if (live) setKommun(findKommun(all, ws.kommunkod, ws.municipality) ?? null); }, () => undefined);
    return () => { live = false; };
  }, [baseUrl, ws?.kommunkod, ws?.municipality]); // eslint-disable-line react-hooks/exhaustive-deps

  // The map is created after the first render.
  useEffect(() => onMap(setMap), []);

  useEffect(() => (map && kommun ? show(map, kommun) : undefined), [map, kommun]);
  return null;
}
