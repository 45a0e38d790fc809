import { describe, expect, it } from 'vitest';
import { EMPTY_FILTER } from '../domain/filter';
import { clusterProperties, ringImageExpression } from './cluster-mix';
import { iconImageExpression, phaseMode, symbolColourExpression } from './colour-mode';
import { latestInView } from './in-view';
import { LAYER, SOURCE } from './layers';
import { AROUND_FIXTURE, ids, setup } from './sync-testing';

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
  it('changes what the colour shows as a change of style: expressions, and the shown clusters counted again from the data they hold', () => {
    const { store, map, runFrames, runLater } = setup();
    map.reclustered.length = 0;
    store.setSession({ colourBy: { type: 'aspect', aspect: 'market' } });
    runFrames();
    expect(map.calls).toEqual([]);
    const mode = { by: { type: 'aspect' as const, aspect: 'market' as const }, gateCount: 6 };
    expect(map.reclustered).toEqual([SOURCE.symbolsA]);
    expect(map.sources[SOURCE.symbolsA]!.workerOptions.clusterProperties).toEqual(clusterProperties(mode));
    expect(map.layout[LAYER.points]!['icon-image']).toEqual(iconImageExpression(mode));
    expect(map.layout[LAYER.selectedPoint]!['icon-image']).toEqual(iconImageExpression(mode));
    expect(map.layout[LAYER.clusters]!['icon-image']).toEqual(ringImageExpression(mode));
    expect(map.paint[LAYER.shapeSolid]!['line-color']).toEqual(symbolColourExpression(mode));
    // The hidden copy follows a while later, out of the way.
    expect(map.layout[LAYER.pointsB]!['icon-image']).toEqual(iconImageExpression(phaseMode(6)));
    runLater();
    expect(map.reclustered).toEqual([SOURCE.symbolsA, SOURCE.symbolsB]);
    expect(map.layout[LAYER.clustersB]!['icon-image']).toEqual(ringImageExpression(mode));
    // Nothing more while the colour stays.
    map.reclustered.length = 0;
    store.setSession({ selection: null, notices: [] });
    runFrames();
    runLater();
    expect(map.reclustered).toEqual([]);
  });

  it('gives the hidden copy the colour before it is shown, if a filter comes first', () => {
    const { store, map, runFrames, runLater } = setup();
    store.setSession({ filter: { ...EMPTY_FILTER, kinds: ['physical'] } });
    runFrames();
    runLater();
    map.reclustered.length = 0;
    map.calls.length = 0;
    store.setSession({ colourBy: { type: 'aspect', aspect: 'market' } });
    runFrames();
    store.setSession({ filter: { ...EMPTY_FILTER, kinds: ['social'] } });
    runFrames();
    // The copy of everything gets there by removals, and is counted for the market before it is shown.
    expect(map.reclustered).toEqual([SOURCE.symbolsA, SOURCE.symbolsB]);
    expect(map.calls.map((c) => c.source)).toEqual([SOURCE.symbolsB]);
    expect(map.opacity[LAYER.pointsB]!['icon-opacity']).toBe(1);
  });
});

