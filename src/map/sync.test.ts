import type { FilterSpecification } from 'maplibre-gl';
import { describe, expect, it } from 'vitest';
import { EMPTY_FILTER } from '../domain/filter';
import { createPlatsenStore } from '../store/store';
import { phaseMode } from './colour-mode';
import { LAYER, SOURCE, appLayers } from './layers';
import { REFILL_AFTER_MS, createMapSync } from './sync';
import { fakeMap, ids, setup, type Diff } from './sync-testing';
import { fixtureDoc, passesFilter } from './testing';

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

describe('map sync with edits elsewhere', () => {
  it('does not re-send a source none of whose features changed', () => {
    const { store, map, runFrames } = setup();
    const doc = store.getState().doc;
    store.load({ ...doc, investments: { ...doc.investments, inv_park: { ...doc.investments.inv_park!, title: 'Ny park' } } });
    runFrames();
    expect(map.calls.map((c) => c.source)).toEqual([SOURCE.symbolsA]);
  });
});
