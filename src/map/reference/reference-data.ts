// The bundled reference boundaries (delområden, DeSO, RegSO) that areas can be adopted from. They
// are fetched from the app's own public/reference/ folder, relative to the page (the app may be
// served under a sub-path), and only when the user turns a layer on: the five files weigh ~800 KB.
import type { Feature, FeatureCollection } from 'geojson';
import type { AreaGeometry, ReferenceDivision, ReferenceLayerId } from '../../domain/model';

export interface ReferenceLayerInfo {
  /** A bundled layer's id, or a ReferenceDivision's id. */
  id: ReferenceLayerId | string;
  file: string;
  municipality: string;
  kind: string;
  attribution: string;
  featureCount: number;
}

export interface ReferenceFeature {
  /** `<layer>:<code>`, the feature's id in the file and on the map. */
  id: string;
  code: string;
  name: string;
  geometry: AreaGeometry;
}

export interface ReferenceLayer {
  info: ReferenceLayerInfo;
  features: ReferenceFeature[];
  /** The file as loaded, for the map source. */
  collection: FeatureCollection<AreaGeometry>;
}

export const REFERENCE_LAYER_IDS: readonly ReferenceLayerId[] = ['malmo-delomraden', 'malmo-deso', 'malmo-regso', 'boras-deso', 'boras-regso'];

function referenceUrl(file: string): string {
  return new URL(`reference/${file}`, document.baseURI).href;
}

async function fetchJson(url: string): Promise<unknown> {
  const res = await fetch(url);
  if (!res.ok) throw new Error(`${url}: HTTP ${res.status}`);
  return res.json();
}

let index: Promise<ReferenceLayerInfo[]> | null = null;
const layers = new Map<ReferenceLayerId, Promise<ReferenceLayer>>();

export function loadReferenceIndex(): Promise<ReferenceLayerInfo[]> {
  index ??= fetchJson(referenceUrl('index.json')).then((raw) => (raw as ReferenceLayerInfo[]).filter((l) => (REFERENCE_LAYER_IDS as readonly string[]).includes(l.id)));
  // A failed load is not cached: the next attempt (the user choosing again) retries.
  index.catch(() => { index = null; });
  return index;
}

/** Keeps the polygons of a reference file, with their code and name (the code when unnamed). */
export function readReferenceFeatures(layer: ReferenceLayerId | string, collection: FeatureCollection): ReferenceFeature[] {
  const out: ReferenceFeature[] = [];
  for (const f of collection.features as Feature[]) {
    const g = f.geometry;
    if (!g || (g.type !== 'Polygon' && g.type !== 'MultiPolygon')) continue;
    const props = f.properties ?? {};
    const code = String(props.code ?? '');
    if (!code) continue;
    out.push({ id: f.id === undefined ? `${layer}:${code}` : String(f.id), code, name: String(props.name ?? code), geometry: g });
  }
  return out;
}

function asLayer(info: ReferenceLayerInfo, features: ReferenceFeature[]): ReferenceLayer {
  const collection: FeatureCollection<AreaGeometry> = {
    type: 'FeatureCollection',
    features: features.map((f) => ({ type: 'Feature', id: f.id, geometry: f.geometry, properties: { id: f.id, code: f.code, name: f.name } })),
  };
  return { info, features, collection };
}

/** A division imported from a file, shown and picked from exactly like a bundled layer. */
export function divisionLayer(d: ReferenceDivision, municipality: string): ReferenceLayer {
  const info: ReferenceLayerInfo = { id: d.id, file: d.source.file, municipality, kind: d.kind, attribution: d.attribution, featureCount: d.parts.length };
  return asLayer(info, d.parts.map((p) => ({ id: `${d.id}:${p.code}`, code: p.code, name: p.name, geometry: p.geometry })));
}

export function loadReferenceLayer(id: ReferenceLayerId): Promise<ReferenceLayer> {
  let pending = layers.get(id);
  if (!pending) {
    pending = loadReferenceIndex().then(async (all) => {
      const info = all.find((l) => l.id === id);
      if (!info) throw new Error(`reference layer ${id} is not in index.json`);
      const raw = (await fetchJson(referenceUrl(info.file))) as FeatureCollection;
      return asLayer(info, readReferenceFeatures(id, raw));
    });
    layers.set(id, pending);
    pending.catch(() => layers.delete(id));
  }
  return pending;
}
