// Temporary overlays of the area tools, outside terra-draw (which holds a sketch only while it is
// being drawn): the finished sketch while the user names it, and, when the shape is refused, the
// spot it went wrong (geometryIssueLocation: a bow-tie's crossing), so the message's coordinates
// point at something the user can see.
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import type { GeoJSONSource, Map as MaplibreMap } from 'maplibre-gl';
import { SELECTED_COLOUR } from '../encoding';

export const OVERLAY_SOURCE = 'platsen-draw-overlay';
export const OVERLAY_LAYER = { sketch: 'platsen-draw-sketch', issue: 'platsen-geometry-issue' } as const;
const ISSUE_COLOUR = '#a4161a';

export interface OverlayContent {
  sketch?: Geometry | null;
  issue?: { lon: number; lat: number } | null;
}

function collection({ sketch, issue }: OverlayContent): FeatureCollection {
  const features: Feature[] = [];
  if (sketch) features.push({ type: 'Feature', geometry: sketch, properties: { role: 'sketch' } });
  if (issue) features.push({ type: 'Feature', geometry: { type: 'Point', coordinates: [issue.lon, issue.lat] }, properties: { role: 'issue' } });
  return { type: 'FeatureCollection', features };
}

/** Shows the sketch and/or the issue spot (replacing what was shown); brings the spot into view. */
export function showDrawOverlay(map: MaplibreMap, content: OverlayContent): void {
  const data = collection(content);
  const source = map.getSource<GeoJSONSource>(OVERLAY_SOURCE);
  if (source) source.setData(data);
  else map.addSource(OVERLAY_SOURCE, { type: 'geojson', data });
  if (!map.getLayer(OVERLAY_LAYER.sketch)) {
    map.addLayer({
      id: OVERLAY_LAYER.sketch, type: 'line', source: OVERLAY_SOURCE, filter: ['==', ['get', 'role'], 'sketch'],
      layout: { 'line-join': 'round' }, paint: { 'line-color': SELECTED_COLOUR, 'line-width': 3, 'line-dasharray': [2, 1] },
    });
  }
  if (!map.getLayer(OVERLAY_LAYER.issue)) {
    map.addLayer({
      id: OVERLAY_LAYER.issue, type: 'circle', source: OVERLAY_SOURCE, filter: ['==', ['get', 'role'], 'issue'],
      paint: { 'circle-radius': 14, 'circle-color': ISSUE_COLOUR, 'circle-opacity': 0.2, 'circle-stroke-color': ISSUE_COLOUR, 'circle-stroke-width': 3 },
    });
  }
  const { issue } = content;
  if (issue && !map.getBounds().contains([issue.lon, issue.lat])) map.easeTo({ center: [issue.lon, issue.lat] });
}

export function clearDrawOverlay(map: MaplibreMap): void {
  for (const id of Object.values(OVERLAY_LAYER)) if (map.getLayer(id)) map.removeLayer(id);
  if (map.getSource(OVERLAY_SOURCE)) map.removeSource(OVERLAY_SOURCE);
}
