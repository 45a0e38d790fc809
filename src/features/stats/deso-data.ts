// The DeSO statistics (polygons with SCB figures) of Malmö and Borås, fetched from the app's own
// public/reference/ folder the first time a user opens statistics: the two files weigh ~230 KB, so
// nobody who never looks at statistics pays for them. The reference-layer loader keeps only codes
// and names, so the statistics are read here with every property.
import { useEffect, useState } from 'react';
import type { FeatureCollection } from 'geojson';
import type { Area, PlatsenDocument } from '../../domain/model';
import { workspaceOf } from '../../domain/model';
import type { DesoFeature } from '../../domain/stats/deso-index';

export type DesoLayerId = 'malmo-deso' | 'boras-deso';

export const DESO_LAYERS: Record<DesoLayerId, { file: string; municipality: string }> = {
  'malmo-deso': { file: 'malmo-deso.geojson', municipality: 'Malmö' },
  'boras-deso': { file: 'boras-deso.geojson', municipality: 'Borås' },
};

const loaded = new Map<DesoLayerId, DesoFeature[]>();
const pending = new Map<DesoLayerId, Promise<DesoFeature[]>>();

export function loadDesoLayer(id: DesoLayerId): Promise<DesoFeature[]> {
  let p = pending.get(id);
  if (!p) {
    const url = new URL(`reference/${DESO_LAYERS[id].file}`, document.baseURI).href;
    p = fetch(url).then(async (res) => {
      if (!res.ok) throw new Error(`${url}: HTTP ${res.status}`);
      const features = ((await res.json()) as FeatureCollection).features as DesoFeature[];
      loaded.set(id, features);
      return features;
    });
    pending.set(id, p);
    // A failed load is forgotten, so choosing again retries.
    p.catch(() => pending.delete(id));
  }
  return p;
}

let all: DesoFeature[] | null = null;

/** Both municipalities in one array (stable identity, so the spatial index is built once). */
export async function loadAllDeso(): Promise<DesoFeature[]> {
  if (all) return all;
  const [malmo, boras] = await Promise.all([loadDesoLayer('malmo-deso'), loadDesoLayer('boras-deso')]);
  all ??= [...malmo, ...boras];
  return all;
}

function normalised(name: string): string {
  return name.toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '');
}

/**
 * The DeSO layer of the workspace's municipality; when its name says neither, the areas decide:
 * Borås lies near 57.7° N and Malmö near 55.6° N, so latitude alone tells the two apart.
 */
export function desoLayerFor(doc: PlatsenDocument): DesoLayerId {
  const name = normalised(workspaceOf(doc)?.municipality ?? '');
  if (name.includes('boras')) return 'boras-deso';
  if (name.includes('malmo')) return 'malmo-deso';
  const areas: Area[] = Object.values(doc.areas);
  const north = areas.filter((a) => firstLatitude(a) > 56.6).length;
  return north > areas.length / 2 ? 'boras-deso' : 'malmo-deso';
}

function firstLatitude(area: Area): number {
  const g = area.geometry;
  const ring = g.type === 'Polygon' ? g.coordinates[0] : g.coordinates[0]?.[0];
  return ring?.[0]?.[1] ?? 0;
}

export type Loadable<T> = { status: 'loading' } | { status: 'error'; retry(): void } | { status: 'ready'; data: T };

/** 'all' is both municipalities together (for areas anywhere); a layer id is one municipality. */
export type DesoKey = 'all' | DesoLayerId;

function peek(key: DesoKey): DesoFeature[] | null {
  return key === 'all' ? all : loaded.get(key) ?? null;
}

function load(key: DesoKey): Promise<DesoFeature[]> {
  return key === 'all' ? loadAllDeso() : loadDesoLayer(key);
}

/** Loads on first use (null: not needed yet); a component mounted later gets the loaded data at once. */
export function useDeso(key: DesoKey | null): Loadable<DesoFeature[]> {
  const [failed, setFailed] = useState<DesoKey | null>(null);
  const [, setLoadedKey] = useState<DesoKey | null>(null);
  const [attempt, setAttempt] = useState(0);
  const ready = key && peek(key);
  useEffect(() => {
    if (!key || peek(key)) return;
    let alive = true;
    load(key).then(
      () => { if (alive) setLoadedKey(key); },
      () => { if (alive) setFailed(key); },
    );
    return () => { alive = false; };
  }, [key, attempt]);
  if (ready) return { status: 'ready', data: ready };
  if (key && failed === key) return { status: 'error', retry: () => { setFailed(null); setAttempt((n) => n + 1); } };
  return { status: 'loading' };
}
