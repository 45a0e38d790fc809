// Test support for sync tests (imported by *.test.ts only, never by the app): a fake map that
// records what the sync sends and holds each source's features as MapLibre would.
import type { Feature, FeatureCollection } from 'geojson';
import { createPlatsenStore } from '../store/store';
import { phaseMode } from './colour-mode';
import { SOURCE, appLayers } from './layers';
import { createMapSync } from './sync';
import { fixtureDoc } from './testing';

type Call = { source: string; op: 'setData' | 'updateData'; arg: unknown };

export type Diff = { remove: string[]; add: Feature[] };

/** The fixture's investments all lie in this box (south Malmö). */
export const AROUND_FIXTURE: [number, number, number, number] = [12.98, 55.55, 13.02, 55.58];

export function fakeMap() {
  const calls: Call[] = [];
  const filters: Record<string, unknown> = {};
  const opacity: Record<string, Record<string, number>> = {};
  const layout: Record<string, Record<string, unknown>> = {};
  const paint: Record<string, Record<string, unknown>> = {};
  const reclustered: string[] = [];
  let view = AROUND_FIXTURE;
  /** What each source holds after the calls, as MapLibre would apply them (by feature id). */
  const held: Record<string, Map<string, Feature>> = {};
  const layerIds = new Set(appLayers('light', { visibleIds: null, selection: null }, phaseMode(6)).map((l) => l.id));
  const sources = Object.fromEntries(Object.values(SOURCE).map((id) => [id, {
    workerOptions: {} as { clusterProperties?: unknown },
    setData: (arg: FeatureCollection) => {
      calls.push({ source: id, op: 'setData', arg });
      held[id] = new Map(arg.features.map((f) => [String(f.id), f]));
    },
    updateData: (arg: Diff) => {
      calls.push({ source: id, op: 'updateData', arg });
      for (const removed of arg.remove) held[id]!.delete(removed);
      for (const f of arg.add) held[id]!.set(String(f.id), f);
    },
    setClusterOptions: async () => { reclustered.push(id); },
  }]));
  return {
    calls, filters, held, opacity, layout, paint, reclustered, sources,
    moveTo: (bounds: [number, number, number, number]) => { view = bounds; },
    getSource: (id: string) => sources[id],
    getLayer: (id: string) => (layerIds.has(id) ? { id } : undefined),
    getBounds: () => ({ toArray: () => [[view[0], view[1]], [view[2], view[3]]] }),
    setFilter: (id: string, f: unknown) => { filters[id] = f; },
    setLayoutProperty: (id: string, name: string, value: unknown) => { (layout[id] ??= {})[name] = value; },
    setPaintProperty: (id: string, name: string, value: unknown) => {
      if (typeof value === 'number') (opacity[id] ??= {})[name] = value;
      else (paint[id] ??= {})[name] = value;
    },
  };
}

/** `fewInView`: 0 keeps the fixture clustered whatever is in view; 20 shows its six each on its own. */
export function setup(fewInView = 0) {
  const store = createPlatsenStore(async () => {});
  store.load(fixtureDoc());
  const map = fakeMap();
  const frames: Array<() => void> = [];
  const laters: Array<[() => void, number]> = [];
  const sync = createMapSync(store, map, (cb) => frames.push(cb), (cb, ms) => laters.push([cb, ms]), fewInView);
  const runFrames = () => { while (frames.length) frames.shift()!(); };
  const runLater = () => { while (laters.length) laters.shift()![0](); };
  runFrames();
  map.calls.length = 0;
  return { store, map, sync, frames, laters, runFrames, runLater };
}


export const ids = (fc: unknown) => (fc as FeatureCollection).features.map((f) => f.properties!.id as string).sort();
