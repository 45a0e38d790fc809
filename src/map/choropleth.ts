// A statistic drawn as coloured polygons (DeSO or the programme areas) under the app's own areas,
// so area outlines, names and investments stay on top. Missing values are hatched grey: a pattern,
// not just a colour, so "no data" never reads as the lightest class. Survives basemap switches
// (a new style drops every source) the same way the reference layers do.
import type { FeatureCollection } from 'geojson';
import type { GeoJSONSource, LayerSpecification, Map as MaplibreMap } from 'maplibre-gl';
import { LAYER } from './layers';

export const CHOROPLETH_SOURCE = 'platsen-choropleth';
export const CHOROPLETH_LAYER = {
  fill: 'platsen-choropleth-fill',
  missing: 'platsen-choropleth-missing',
  outline: 'platsen-choropleth-outline',
} as const;
export const HATCH_IMAGE = 'platsen-choropleth-hatch';

export const HATCH_BACKGROUND = '#e4e4e4';
export const HATCH_LINE = '#8c8c8c';

export function choroplethLayers(): LayerSpecification[] {
  return [
    {
      id: CHOROPLETH_LAYER.fill, type: 'fill', source: CHOROPLETH_SOURCE, filter: ['==', ['get', 'missing'], false],
      paint: { 'fill-color': ['get', 'colour'], 'fill-opacity': 0.8 },
    },
    {
      id: CHOROPLETH_LAYER.missing, type: 'fill', source: CHOROPLETH_SOURCE, filter: ['==', ['get', 'missing'], true],
      paint: { 'fill-pattern': HATCH_IMAGE, 'fill-opacity': 0.9 },
    },
    // A light edge keeps neighbouring polygons of the same class apart.
    { id: CHOROPLETH_LAYER.outline, type: 'line', source: CHOROPLETH_SOURCE, paint: { 'line-color': '#ffffff', 'line-width': 0.8, 'line-opacity': 0.9 } },
  ];
}

/** Diagonal grey lines on light grey, 8 × 8 pixels, tiling seamlessly. */
export function hatchImage(size = 8): { width: number; height: number; data: Uint8Array } {
  const data = new Uint8Array(size * size * 4);
  const rgb = (hex: string) => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
  const [bg, line] = [rgb(HATCH_BACKGROUND), rgb(HATCH_LINE)];
  for (let y = 0; y < size; y += 1) {
    for (let x = 0; x < size; x += 1) {
      const onLine = (x + y) % size < 2;
      data.set([...(onLine ? line : bg), 255], (y * size + x) * 4);
    }
  }
  return { width: size, height: size, data };
}

export interface ChoroplethDisplay {
  setData(collection: FeatureCollection): void;
  remove(): void;
}

export function showChoropleth(map: MaplibreMap, initial: FeatureCollection): ChoroplethDisplay {
  let data = initial;

  const install = () => {
    if (!map.hasImage(HATCH_IMAGE)) map.addImage(HATCH_IMAGE, hatchImage());
    if (!map.getSource(CHOROPLETH_SOURCE)) map.addSource(CHOROPLETH_SOURCE, { type: 'geojson', data });
    const before = map.getLayer(LAYER.areaFill) ? LAYER.areaFill : undefined;
    for (const spec of choroplethLayers()) if (!map.getLayer(spec.id)) map.addLayer(spec, before);
  };
  const uninstall = () => {
    for (const id of Object.values(CHOROPLETH_LAYER)) if (map.getLayer(id)) map.removeLayer(id);
    if (map.getSource(CHOROPLETH_SOURCE)) map.removeSource(CHOROPLETH_SOURCE);
  };

  map.on('style.load', install);
  try {
    install();
  } catch {
    // The first style is still loading: 'style.load' installs the layers when it is done.
  }

  return {
    setData(next) {
      data = next;
      (map.getSource(CHOROPLETH_SOURCE) as GeoJSONSource | undefined)?.setData(next);
    },
    remove() {
      map.off('style.load', install);
      uninstall();
    },
  };
}
