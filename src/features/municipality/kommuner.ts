// Sweden's 290 municipalities (public/basemap/kommuner.geojson: okfse/sweden-geojson from
// Valmyndigheten's data, see data/README.md), loaded once when a workspace needs its outline or a
// new workspace is being created.
import { bbox } from '@turf/turf';
import type { FeatureCollection, MultiPolygon, Polygon } from 'geojson';

export interface Kommun {
  code: string;
  name: string;
  geometry: Polygon | MultiPolygon;
  bounds: [number, number, number, number];
}

let pending: Promise<Kommun[]> | null = null;

export function loadKommuner(baseUrl: string): Promise<Kommun[]> {
  pending ??= fetch(new URL('basemap/kommuner.geojson', baseUrl)).then(async (res) => {
    if (!res.ok) throw new Error(`kommuner: HTTP ${res.status}`);
    const fc = (await res.json()) as FeatureCollection<Polygon | MultiPolygon, { code: string; name: string }>;
    return fc.features
      .map((f) => ({ code: f.properties.code, name: f.properties.name, geometry: f.geometry, bounds: bbox(f) as Kommun['bounds'] }))
      .sort((a, b) => a.name.localeCompare(b.name, 'sv'));
  });
  // A failed load is forgotten, so the next attempt retries.
  pending.catch(() => { pending = null; });
  return pending;
}

/** The workspace's municipality: by its kommunkod, or by name for workspaces made before it was stored. */
export function findKommun(all: readonly Kommun[], kommunkod: string | undefined, name: string): Kommun | undefined {
  return (kommunkod && all.find((k) => k.code === kommunkod)) || all.find((k) => k.name.toLowerCase() === name.trim().toLowerCase());
}
