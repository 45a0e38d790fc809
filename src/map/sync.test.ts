import type { Feature, FeatureCollection } from 'geojson';
import type { FilterSpecification } from 'maplibre-gl';
import { describe, expect, it } from 'vitest';
import { EMPTY_FILTER } from '../domain/filter';
import { createPlatsenStore } from '../store/store';
import { LAYER, SOURCE, appLayers } from './layers';
import { REFILL_AFTER_MS, createMapSync } from './sync';
import { fixtureDoc, passesFilter } from './testing';

type Call = { source: string; op: 'setData' | 'updateData'; arg: unknown };

type Diff = { remove: string[]; add: Feature[] };

function fakeMap() {
  const calls: Call[] = [];
  const filters: Record<string, unknown> = {};
  const opacity: Record<string, Record<string, number>> = {};
  /** What each source holds after the calls, as MapLibre would apply them (by feature id). */
  const held: Record<string, Map<string, Feature>> = {};
  const layerIds = new Set(appLayers('light', { visibleIds: null, selection: null }).map((l) => l.id));
  const sources = Object.fromEntries(Object.values(SOURCE).map((id) => [id, {
    setData: (arg: FeatureCollection) => {
      calls.push({ source: id, op: 'setData', arg });
      held[id] = new Map(arg.features.map((f) => [String(f.id), f]));
    },
    updateData: (arg: Diff) => {
      calls.push({ source: id, op: 'updateData', arg });
      for (const removed of arg.remove) held[id]!.delete(removed);
      for (const f of arg.add) held[id]!.set(String(f.id), f);
    },
  }]));
  return {
    calls, filters, held, opacity,
    getSource: (id: string) => sources[id],
    getLayer: (id: string) => (layerIds.has(id) ? { id } : undefined),
    setFilter: (id: string, f: unknown) => { filters[id] = f; },
    setPaintProperty: (id: string, name: string, value: number) => { (opacity[id] ??= {})[name] = value; },
  };
}

function setup() {
  const store = createPlatsenStore(async () => {});
  store.load(fixtureDoc());
  const map = fakeMap();
  const frames: Array<() => void> = [];
  const laters: Array<[() => void, number]> = [];
  const sync = createMapSync(store, map, (cb) => frames.push(cb), (cb, ms) => laters.push([cb, ms]));
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
    createMapSync(store, map, (cb) => frames.push(cb));
    frames.shift()!();
    expect(map.calls.map((c) => c.source).sort()).toEqual(Object.values(SOURCE).sort());
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

  it('shows a selection through layer filters, without re-sending any data', () => {
    const { store, map, runFrames } = setup();
    store.setSession({ selection: { type: 'investment', ids: ['inv_street'] } });
    runFrames();
    expect(map.calls).toEqual([]);
    const street = map.held[SOURCE.investmentShapes]!.get('inv_street')!.properties!;
    const park = map.held[SOURCE.symbolsA]!.get('inv_park')!.properties!;
    const selected = (layer: string, props: object, zoom: number) => passesFilter(map.filters[layer] as FilterSpecification, props, 1, zoom);
    // Up close the line itself is highlighted, at city scale its symbol (generalise.ts).
    expect([selected(LAYER.shapeSelected, street, 16), selected(LAYER.pointSelected, street, 16)]).toEqual([true, false]);
    expect([selected(LAYER.shapeSelected, street, 10), selected(LAYER.pointSelected, street, 10)]).toEqual([false, true]);
    expect(selected(LAYER.pointSelected, park, 16)).toBe(false);
    store.setSession({ selection: { type: 'area', ids: ['area_lindangen'] } });
    runFrames();
    expect(map.filters[LAYER.areaSelectedOutline]).toEqual(['match', ['get', 'id'], ['area_lindangen'], true, false]);
    expect(selected(LAYER.pointSelected, street, 10)).toBe(false);
  });

  it('filters lines and polygons by a layer filter on their properties, and symbols by removals only', () => {
    const { store, map, laters, runFrames, runLater } = setup();
    const shapes = [...map.held[SOURCE.investmentShapes]!.values()];
    const shown = (layer: string) => shapes.filter((f) => passesFilter(map.filters[layer] as FilterSpecification, f.properties!, 2)).map((f) => f.id).sort();
    const held = (slot: string) => [...map.held[slot]!.keys()].sort();
    const everything = ['inv_health', 'inv_park', 'inv_school', 'inv_square', 'inv_street', 'inv_youth'];
    // Both symbol sources start with everything; the first is shown, the other at opacity 0.
    expect([held(SOURCE.symbolsA), held(SOURCE.symbolsB)]).toEqual([everything, everything]);
    expect([map.opacity[LAYER.points], map.opacity[LAYER.pointSelectedB]]).toEqual([{ 'icon-opacity': 1 }, { 'circle-opacity': 0, 'circle-stroke-opacity': 0 }]);

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
    expect([map.opacity[LAYER.points]!['icon-opacity'], map.opacity[LAYER.pointSelectedB]!['circle-opacity']]).toEqual([0, 0.5]);
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
    expect(map.opacity[LAYER.pointSelectedB]!['circle-opacity']).toBe(0.5);
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
    expect(map.calls.filter((c) => c.op === 'setData').map((c) => c.source).sort()).toEqual(Object.values(SOURCE).sort());
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
