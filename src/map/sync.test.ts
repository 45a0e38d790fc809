import type { Feature, FeatureCollection } from 'geojson';
import type { FilterSpecification } from 'maplibre-gl';
import { describe, expect, it } from 'vitest';
import { EMPTY_FILTER } from '../domain/filter';
import { createPlatsenStore } from '../store/store';
import { LAYER, SOURCE, appLayers } from './layers';
import { clusterProperties, ringImageExpression } from './cluster-mix';
import { iconImageExpression, phaseMode, symbolColourExpression } from './colour-mode';
import { latestInView } from './in-view';
import { REFILL_AFTER_MS, createMapSync } from './sync';
import { fixtureDoc, passesFilter } from './testing';

type Call = { source: string; op: 'setData' | 'updateData'; arg: unknown };

type Diff = { remove: string[]; add: Feature[] };

/** The fixture's investments all lie in this box (south Malmö). */
const AROUND_FIXTURE: [number, number, number, number] = [12.98, 55.55, 13.02, 55.58];

function fakeMap() {
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
function setup(fewInView = 0) {
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

const ids = (fc: unknown) => (fc as FeatureCollection).features.map((f) => f.properties!.id as string).sort();

describe('map sync', () => {
  it('sends every source once at start and then nothing while nothing changes', () => {
    const store = createPlatsenStore(async () => {});
    store.load(fixtureDoc());
    const map = fakeMap();
    const frames: Array<() => void> = [];
    createMapSync(store, map, (cb) => frames.push(cb), undefined, 0);
    frames.shift()!();
    // Nothing is selected: the selection's source stays as it started, empty.
    expect(map.calls.map((c) => c.source).sort()).toEqual(Object.values(SOURCE).filter((id) => id !== SOURCE.selected && id !== SOURCE.few).sort());
    expect(ids(map.calls.find((c) => c.source === SOURCE.investmentShapes)!.arg)).toEqual(['inv_square', 'inv_street']);
    map.calls.length = 0;
    store.setSession({ notices: [] });
    while (frames.length) frames.shift()!();
    expect(map.calls).toEqual([]);
  });

  it('batches many changes into one update per frame', () => {
    const { store, frames } = setup();
    store.setSession({ selection: { type: 'investment', ids: ['inv_park'] } });
    store.setSession({ selection: { type: 'investment', ids: ['inv_street'] } });
    store.setSession({ colourBy: { type: 'aspect', aspect: 'market' } });
    expect(frames).toHaveLength(1);
  });

  it('shows a selected investment on its own, never in a cluster, and a selected line as itself up close', () => {
    const { store, map, runFrames } = setup();
    store.setSession({ selection: { type: 'investment', ids: ['inv_street'] } });
    runFrames();
    // Only the selection's own (unclustered) source is sent: one symbol.
    expect(map.calls.map((c) => [c.source, c.op])).toEqual([[SOURCE.selected, 'setData']]);
    expect([...map.held[SOURCE.selected]!.keys()]).toEqual(['inv_street']);
    const street = map.held[SOURCE.investmentShapes]!.get('inv_street')!.properties!;
    const symbol = map.held[SOURCE.selected]!.get('inv_street')!.properties!;
    const layerFilter = (id: string) => (appLayers('light', { selection: null }, phaseMode(6)).find((l) => l.id === id) as { filter: FilterSpecification }).filter;
    // Up close the line itself is highlighted, at city scale its symbol (generalise.ts).
    const drawn = (zoom: number) => [
      passesFilter(map.filters[LAYER.shapeSelected] as FilterSpecification, street, 2, zoom),
      passesFilter(layerFilter(LAYER.selectedPoint), symbol, 1, zoom),
    ];
    expect(drawn(16)).toEqual([true, false]);
    expect(drawn(10)).toEqual([false, true]);

    map.calls.length = 0;
    store.setSession({ selection: { type: 'area', ids: ['area_lindangen'] } });
    runFrames();
    expect(map.filters[LAYER.areaSelectedOutline]).toEqual(['match', ['get', 'id'], ['area_lindangen'], true, false]);
    expect(map.held[SOURCE.selected]!.size).toBe(0);
  });

  it('filters lines and polygons by a layer filter on their properties, and symbols by removals only', () => {
    const { store, map, laters, runFrames, runLater } = setup();
    const shapes = [...map.held[SOURCE.investmentShapes]!.values()];
    const shown = (layer: string) => shapes.filter((f) => passesFilter(map.filters[layer] as FilterSpecification, f.properties!, 2)).map((f) => f.id).sort();
    const held = (slot: string) => [...map.held[slot]!.keys()].sort();
    const everything = ['inv_health', 'inv_park', 'inv_school', 'inv_square', 'inv_street', 'inv_youth'];
    // Both symbol sources start with everything; the first is shown, the other at opacity 0.
    expect([held(SOURCE.symbolsA), held(SOURCE.symbolsB)]).toEqual([everything, everything]);
    expect([map.opacity[LAYER.points], map.opacity[LAYER.pointsB]]).toEqual([{ 'icon-opacity': 1 }, { 'icon-opacity': 0 }]);

    store.setSession({ filter: { ...EMPTY_FILTER, kinds: ['physical'] } });
    runFrames();
    expect(map.calls.map((c) => [c.source, c.op])).toEqual([[SOURCE.symbolsA, 'updateData']]);
    expect((map.calls[0]!.arg as Diff).add).toEqual([]);
    // Every investment has a symbol there, lines and polygons too (drawn as such at city scale).
    expect(held(SOURCE.symbolsA)).toEqual(['inv_park', 'inv_street']);
    expect(shown(LAYER.shapeCasing)).toEqual(['inv_street']);
    expect(shown(LAYER.shapeDashed)).toEqual([]);
    expect(JSON.stringify(map.filters[LAYER.shapeSolid])).not.toContain('inv_');

    // Clearing the filter sends nothing: the full copy is shown.
    map.calls.length = 0;
    store.setSession({ filter: EMPTY_FILTER });
    runFrames();
    expect(map.calls).toEqual([]);
    expect([map.opacity[LAYER.points]!['icon-opacity'], map.opacity[LAYER.pointsB]!['icon-opacity']]).toEqual([0, 1]);
    expect(held(SOURCE.symbolsB)).toEqual(everything);
    expect(shown(LAYER.shapeCasing)).toEqual(['inv_square', 'inv_street']);
    // A while later the other is filled up again, out of the way, to be the next copy.
    expect(laters.map(([, ms]) => ms)).toEqual([REFILL_AFTER_MS]);
    runLater();
    expect(map.calls.map((c) => [c.source, c.op])).toEqual([[SOURCE.symbolsA, 'updateData']]);
    expect(held(SOURCE.symbolsA)).toEqual(everything);
  });

  it('sends a change to whichever symbol source needs fewer symbols back', () => {
    const { store, map, runFrames, runLater } = setup();
    store.setSession({ filter: { ...EMPTY_FILTER, kinds: ['physical'] } });
    runFrames();
    runLater();
    map.calls.length = 0;
    // Physical to social: the copy of everything gets there by removals; the physical one would need four back.
    store.setSession({ filter: { ...EMPTY_FILTER, kinds: ['social'] } });
    runFrames();
    expect(map.calls.map((c) => [c.source, c.op])).toEqual([[SOURCE.symbolsB, 'updateData']]);
    expect((map.calls[0]!.arg as Diff).add).toEqual([]);
    expect([...map.held[SOURCE.symbolsB]!.keys()].sort()).toEqual(['inv_health', 'inv_school', 'inv_square', 'inv_youth']);
    expect(map.opacity[LAYER.pointsB]!['icon-opacity']).toBe(1);
  });

  it('sends an edit to the shown symbols at once and to the copy a while later', () => {
    const { store, map, runFrames, runLater } = setup();
    store.setSession({ filter: { ...EMPTY_FILTER, kinds: ['physical'] } });
    runFrames();
    map.calls.length = 0;
    const doc = store.getState().doc;
    store.load({ ...doc, investments: { ...doc.investments, inv_park: { ...doc.investments.inv_park!, title: 'Ny park' } } });
    runFrames();
    expect(map.calls.map((c) => c.source)).toEqual([SOURCE.symbolsA]);
    expect(map.held[SOURCE.symbolsA]!.get('inv_park')!.properties!.title).toBe('Ny park');
    expect(map.held[SOURCE.symbolsB]!.get('inv_park')!.properties!.title).not.toBe('Ny park');
    runLater();
    expect((map.calls[1]!.arg as Diff).add.map((f) => f.id)).toEqual(['inv_park']);
    expect(map.held[SOURCE.symbolsB]!.get('inv_park')!.properties!.title).toBe('Ny park');
  });

  it('lets free text decide by id, the one part of the filter no property answers', () => {
    const { store, map, runFrames } = setup();
    store.setSession({ filter: { ...EMPTY_FILTER, text: 'title inv_str' } });
    runFrames();
    expect(JSON.stringify(map.filters[LAYER.shapeCasing])).toContain('inv_street');
    expect(JSON.stringify(map.filters[LAYER.shapeCasing])).not.toContain('inv_square');
    expect([...map.held[SOURCE.symbolsA]!.keys()]).toEqual(['inv_street']);
  });

  it('sends one edited line or polygon as a diff, not the whole source', () => {
    const { store, map, runFrames } = setup();
    const doc = store.getState().doc;
    store.load({ ...doc, investments: { ...doc.investments, inv_street: { ...doc.investments.inv_street!, title: 'Ny gata' } } });
    runFrames();
    const shapeCalls = map.calls.filter((c) => c.source === SOURCE.investmentShapes);
    expect(shapeCalls).toHaveLength(1);
    expect(shapeCalls[0]!.op).toBe('updateData');
    const diff = shapeCalls[0]!.arg as { remove: string[]; add: Array<{ properties: { id: string; title: string } }> };
    expect(diff.remove).toEqual([]);
    expect(diff.add.map((f) => [f.properties.id, f.properties.title])).toEqual([['inv_street', 'Ny gata']]);
  });

  it('sends one edited point as a diff while the filter is unchanged', () => {
    const { store, map, runFrames } = setup();
    const doc = store.getState().doc;
    store.load({ ...doc, investments: { ...doc.investments, inv_park: { ...doc.investments.inv_park!, title: 'Ny park' } } });
    runFrames();
    const pointCalls = map.calls.filter((c) => c.source === SOURCE.symbolsA);
    expect(pointCalls.map((c) => c.op)).toEqual(['updateData']);
    const diff = pointCalls[0]!.arg as { remove: string[]; add: Array<{ properties: { id: string; title: string } }> };
    expect(diff.add.map((f) => [f.properties.id, f.properties.title])).toEqual([['inv_park', 'Ny park']]);
  });

  it('re-sends everything after a basemap switch', () => {
    const { map, sync, runFrames } = setup();
    sync.resend();
    runFrames();
    expect(map.calls.filter((c) => c.op === 'setData').map((c) => c.source).sort())
      .toEqual(Object.values(SOURCE).filter((id) => id !== SOURCE.selected && id !== SOURCE.few).sort());
  });
});

describe('map sync of the view', () => {
  it('shows the few symbols around the view each on its own, and the clusters again when many are in view', () => {
    const { store, map, sync, runFrames } = setup(20);
    // Six in view, at most twenty are few: the unclustered set holds them and is the one shown.
    expect([...map.held[SOURCE.few]!.keys()].sort()).toEqual(ids({ features: [...map.held[SOURCE.symbolsA]!.values()] }));
    expect([map.opacity[LAYER.pointsFew]!['icon-opacity'], map.opacity[LAYER.points]!['icon-opacity'], map.opacity[LAYER.clusters]!['icon-opacity']]).toEqual([1, 0, 0]);
    // A move within what the few set covers costs nothing; out of it, the set follows.
    map.moveTo([12.995, 55.56, 13.005, 55.57]);
    sync.viewChanged(false);
    expect(map.calls).toEqual([]);
    map.moveTo([14, 56, 14.1, 56.1]);
    sync.viewChanged(false);
    expect(map.calls.map((c) => c.source)).toEqual([SOURCE.few]);
    expect(map.held[SOURCE.few]!.size).toBe(0);
    // A filter changes what is few: with only the social ones, still few.
    map.moveTo(AROUND_FIXTURE);
    store.setSession({ filter: { ...EMPTY_FILTER, kinds: ['social'] } });
    runFrames();
    expect([...map.held[SOURCE.few]!.keys()].sort()).toEqual(['inv_health', 'inv_school', 'inv_square', 'inv_youth']);
  });

  it('counts what is in view by symbol code for the legend, after a settled move', () => {
    const { map, sync } = setup();
    const counted = () => [...(latestInView() ?? new Map()).values()].reduce((a, b) => a + b, 0);
    expect(counted()).toBe(6);
    // A metre around the park: only the park and the street's symbol, halfway along it, are there.
    map.moveTo([12.99999, 55.56499, 13.00001, 55.56501]);
    sync.viewChanged(true);
    expect(counted()).toBe(2);
  });
});

describe('map sync of the colour', () => {
  it('changes what the colour shows as a change of style: expressions, and the clusters counted again from the data they hold', () => {
    const { store, map, runFrames } = setup();
    map.reclustered.length = 0;
    store.setSession({ colourBy: { type: 'aspect', aspect: 'market' } });
    runFrames();
    expect(map.calls).toEqual([]);
    const mode = { by: { type: 'aspect' as const, aspect: 'market' as const }, gateCount: 6 };
    expect(map.reclustered.sort()).toEqual([SOURCE.symbolsA, SOURCE.symbolsB]);
    expect(map.sources[SOURCE.symbolsA]!.workerOptions.clusterProperties).toEqual(clusterProperties(mode));
    expect(map.layout[LAYER.points]!['icon-image']).toEqual(iconImageExpression(mode));
    expect(map.layout[LAYER.selectedPoint]!['icon-image']).toEqual(iconImageExpression(mode));
    expect(map.layout[LAYER.clusters]!['icon-image']).toEqual(ringImageExpression(mode));
    expect(map.paint[LAYER.shapeSolid]!['line-color']).toEqual(symbolColourExpression(mode));
    // Nothing more while the colour stays.
    map.reclustered.length = 0;
    store.setSession({ selection: null, notices: [] });
    runFrames();
    expect(map.reclustered).toEqual([]);
  });
});

describe('map sync with edits elsewhere', () => {
  it('does not re-send a source none of whose features changed', () => {
    const { store, map, runFrames } = setup();
    const doc = store.getState().doc;
    store.load({ ...doc, investments: { ...doc.investments, inv_park: { ...doc.investments.inv_park!, title: 'Ny park' } } });
    runFrames();
    expect(map.calls.map((c) => c.source)).toEqual([SOURCE.symbolsA]);
  });
});
