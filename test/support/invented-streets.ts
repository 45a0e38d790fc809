// A small street map for tests, in the Protomaps basemap schema (layers `earth`, `water`, `roads`
// with `kind` and `name`): invented streets over the demo's Malmö areas, so a label seen on the
// map can only have come from this archive. Tiled with geojson-vt, encoded with vt-pbf (the tools
// MapLibre itself uses), packed by pmtiles-writer.ts.
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import { GeoJSONVT } from '@maplibre/geojson-vt';
import { fromGeojsonVt } from '@maplibre/vt-pbf';
import { writePmtiles, type Tile } from './pmtiles-writer';

export const STREETS_BOUNDS: [number, number, number, number] = [12.95, 55.54, 13.07, 55.595];
export const MIN_ZOOM = 10;
export const MAX_ZOOM = 15;

type Props = Record<string, string | number>;
const feature = (geometry: Geometry, properties: Props): Feature<Geometry, Props> => ({ type: 'Feature', geometry, properties });
const road = (name: string, kind: 'major_road' | 'minor_road', coordinates: number[][]) =>
  feature({ type: 'LineString', coordinates }, { kind, name, min_zoom: kind === 'major_road' ? 10 : 13 });

/** Invented names (no such streets exist in Malmö). */
export const INVENTED_STREETS = {
  major: ['Påhittade allén', 'Provgatan', 'Exempelvägen'],
  minor: ['Testgränd', 'Låtsasstigen'],
} as const;

const [west, south, east, north] = STREETS_BOUNDS;

export const STREET_LAYERS: Record<string, FeatureCollection<Geometry, Props>> = {
  earth: {
    type: 'FeatureCollection',
    features: [feature({ type: 'Polygon', coordinates: [[[west, south], [east, south], [east, north], [west, north], [west, south]]] }, { kind: 'earth' })],
  },
  water: {
    type: 'FeatureCollection',
    features: [feature({ type: 'Polygon', coordinates: [[[13.02, 55.566], [13.028, 55.566], [13.028, 55.5705], [13.02, 55.5705], [13.02, 55.566]]] },
      { kind: 'water', kind_detail: 'lake', name: 'Övningsdammen' })],
  },
  roads: {
    type: 'FeatureCollection',
    features: [
      road('Påhittade allén', 'major_road', [[12.955, 55.5745], [12.975, 55.5748], [13.0, 55.5742]]),
      road('Provgatan', 'major_road', [[13.005, 55.545], [13.006, 55.558], [13.005, 55.572]]),
      road('Exempelvägen', 'major_road', [[13.0, 55.572], [13.03, 55.58], [13.065, 55.59]]),
      road('Testgränd', 'minor_road', [[13.0385, 55.5853], [13.0455, 55.5854], [13.0535, 55.5853]]),
      road('Låtsasstigen', 'minor_road', [[12.9805, 55.5722], [12.985, 55.5724], [12.9905, 55.5723]]),
    ],
  },
};

function tileRange(z: number): { x: [number, number]; y: [number, number] } {
  const n = 2 ** z;
  const x = (lng: number) => Math.floor(((lng + 180) / 360) * n);
  const y = (lat: number) => {
    const r = (lat * Math.PI) / 180;
    return Math.floor(((1 - Math.log(Math.tan(r) + 1 / Math.cos(r)) / Math.PI) / 2) * n);
  };
  return { x: [x(west), x(east)], y: [y(north), y(south)] };
}

/** The archive's bytes: every tile from MIN_ZOOM to MAX_ZOOM over STREETS_BOUNDS. */
export function inventedStreetsPmtiles(): Uint8Array {
  const indexes = Object.entries(STREET_LAYERS).map(([name, data]) =>
    [name, new GeoJSONVT(data, { maxZoom: MAX_ZOOM, indexMaxZoom: MAX_ZOOM, indexMaxPoints: 0, extent: 4096, buffer: 64 })] as const);
  const tiles: Tile[] = [];
  for (let z = MIN_ZOOM; z <= MAX_ZOOM; z++) {
    const { x: [x0, x1], y: [y0, y1] } = tileRange(z);
    for (let x = x0; x <= x1; x++) {
      for (let y = y0; y <= y1; y++) {
        const layers = Object.fromEntries(indexes.flatMap(([name, index]) => {
          const tile = index.getTile(z, x, y);
          return tile && tile.features.length > 0 ? [[name, tile]] : [];
        }));
        if (Object.keys(layers).length > 0) tiles.push({ z, x, y, data: fromGeojsonVt(layers, { version: 2, extent: 4096 }) });
      }
    }
  }
  return writePmtiles(tiles, {
    bounds: STREETS_BOUNDS,
    center: [13.01, 55.57, 12],
    metadata: {
      name: 'Invented test streets',
      attribution: 'Platsen test data (invented)',
      vector_layers: Object.keys(STREET_LAYERS).map((id) => ({ id, fields: {} })),
    },
  });
}
