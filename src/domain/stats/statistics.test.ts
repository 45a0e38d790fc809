import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { aggregateAreas, aggregateToArea, STAT_KEYS, STATISTICS, statisticDef } from './statistics';
import { buildDesoIndex, type DesoFeature, type DesoProperties } from './deso-index';
import type { Area, AreaSource } from '../model';
import { rect, testArea } from '../test-kit';

function layer(path: string): DesoFeature[] {
  const url = new URL(`../../../${path}`, import.meta.url);
  return (JSON.parse(readFileSync(url, 'utf8')) as FeatureCollection<Polygon | MultiPolygon, DesoProperties>).features;
}

// Three 1°×1° squares on the equator, side by side: T0001 [0,1], T0002 [1,2], T0003 [2,3] in
// longitude. A lon/lat rectangle's surface is proportional to its longitude width, so cutting a
// square at x.5 splits it exactly in half. T0003 has its unemployment suppressed (null).
//   T0001: pop 1000, unemp 10, income 300, higher_ed 40   (RegSO R1)
//   T0002: pop 2000, unemp  4, income 250, higher_ed 55   (RegSO R1)
//   T0003: pop  500, unemp –,  income 400, higher_ed 70   (RegSO R2)
// flats is null everywhere; the other statistics are absent from the fixture.
const mini = layer('test/fixtures/stats/mini-deso.geojson');

const area = (geometry: Area['geometry'], source: AreaSource = { type: 'drawn' }): Area => ({ ...testArea('a', 'Område', geometry), source });

describe('the statistics catalogue', () => {
  it('sums persons and weights shares and incomes by population', () => {
    expect(STATISTICS.map((s) => s.key)).toEqual([...STAT_KEYS]);
    expect(statisticDef('pop')).toEqual({ key: 'pop', unit: 'persons', aggregation: 'count', label: 'stat.pop' });
    expect(statisticDef('unemp')).toMatchObject({ unit: 'percent', aggregation: 'percent' });
    expect(statisticDef('income')).toMatchObject({ unit: 'kSEK', aggregation: 'mean' });
  });
});

describe('an area adopted from DeSO', () => {
  it('gets exactly its DeSO own values in the real Malmö layer', () => {
    const malmo = layer('public/reference/malmo-deso.geojson');
    const deso = malmo.find((f) => f.properties.flats === null) ?? malmo[0]!;
    const code = deso.properties.desokod!;
    const stats = aggregateToArea(area(deso.geometry, { type: 'adopted', layer: 'malmo-deso', codes: [code] }), malmo);
    for (const key of STAT_KEYS) {
      const own = deso.properties[key] as number | null;
      expect(stats[key], key).toMatchObject({ method: 'exact', coverage: 1, missingShare: own === null ? 1 : 0 });
      if (own === null) expect(stats[key].value, key).toBeNull();
      else expect(stats[key].value, key).toBeCloseTo(own, 9);
    }
  });

  it('sums counts and weights means by DeSO population over several DeSO, leaving out suppressed values', () => {
    const stats = aggregateToArea(area(rect(0, 0, 1, 1), { type: 'adopted', layer: 'malmo-deso', codes: ['T0001', 'T0003'] }), mini);
    // pop = 1000 + 500 = 1500
    expect(stats.pop).toEqual({ key: 'pop', value: 1500, method: 'exact', coverage: 1, missingShare: 0 });
    // income = (1000×300 + 500×400) / 1500 = 500000 / 1500 = 333.33…
    expect(stats.income.value).toBeCloseTo(333.3333, 3);
    // unemp: T0003 is missing, so only T0001 counts: 10; its 500 of 1500 people are the missing share.
    expect(stats.unemp.value).toBe(10);
    expect(stats.unemp.missingShare).toBeCloseTo(1 / 3, 10);
  });

  it('is exact for a RegSO too, as the union of its DeSO', () => {
    const stats = aggregateToArea(area(rect(0, 0, 2, 1), { type: 'adopted', layer: 'boras-regso', codes: ['R1'] }), mini);
    // pop = 1000 + 2000 = 3000; unemp = (1000×10 + 2000×4) / 3000 = 18000 / 3000 = 6
    expect(stats.pop).toMatchObject({ value: 3000, method: 'exact' });
    expect(stats.unemp).toMatchObject({ value: 6, method: 'exact', missingShare: 0 });
  });

  it('falls back to overlaps when a code is not in the given layer', () => {
    const stats = aggregateToArea(area(rect(0, 0, 1, 1), { type: 'adopted', layer: 'malmo-deso', codes: ['T0001', 'X'] }), mini);
    expect(stats.pop.method).toBe('area-weighted');
    expect(stats.pop.value).toBeCloseTo(1000, 6);
  });
});

describe('a drawn area', () => {
  // x from 0.5 to 2.5: half of T0001, all of T0002, half of T0003.
  const drawn = aggregateToArea(area(rect(0.5, 0, 2.5, 1)), mini);

  it('apportions counts by the share of each DeSO inside it', () => {
    // pop = 1000×0.5 + 2000×1 + 500×0.5 = 500 + 2000 + 250 = 2750
    expect(drawn.pop.value).toBeCloseTo(2750, 6);
    expect(drawn.pop).toMatchObject({ method: 'area-weighted', missingShare: 0 });
    expect(drawn.pop.coverage).toBeCloseTo(1, 9);
  });

  it('weights means by the people apportioned from each DeSO', () => {
    // weights: 500 (T0001), 2000 (T0002), 250 (T0003); total 2750
    // income    = (500×300 + 2000×250 + 250×400) / 2750 = 750000 / 2750 = 272.727…
    // higher_ed = (500×40 + 2000×55 + 250×70) / 2750 = 147500 / 2750 = 53.636…
    expect(drawn.income.value).toBeCloseTo(272.7273, 3);
    expect(drawn.higher_ed.value).toBeCloseTo(53.6364, 3);
    expect(drawn.income.method).toBe('population-weighted');
  });

  it('leaves a missing value out of the mean and reports the share it weighed', () => {
    // unemp = (500×10 + 2000×4) / (500 + 2000) = 13000 / 2500 = 5.2; missing 250 / 2750 = 1/11
    expect(drawn.unemp.value).toBeCloseTo(5.2, 9);
    expect(drawn.unemp.missingShare).toBeCloseTo(1 / 11, 9);
  });

  it('shows a statistic missing everywhere as missing, never as 0', () => {
    expect(drawn.flats).toMatchObject({ value: null, missingShare: 1 });
    expect(drawn.growth).toMatchObject({ value: null, missingShare: 1 });
  });

  it('reports coverage below 1 when it reaches outside every DeSO', () => {
    // x from 2.5 to 3.5: half of T0003 inside, the other half of the area covers no DeSO.
    const edge = aggregateToArea(area(rect(2.5, 0, 3.5, 1)), mini);
    expect(edge.pop.coverage).toBeCloseTo(0.5, 9);
    expect(edge.pop.value).toBeCloseTo(250, 6); // 500 × 0.5
    expect(edge.income.value).toBeCloseTo(400, 9);
    expect(edge.unemp).toMatchObject({ value: null, missingShare: 1 });
  });

  it('gets nothing, not zeros, outside the layer', () => {
    const away = aggregateToArea(area(rect(10, 10, 11, 11)), mini);
    expect(away.pop).toMatchObject({ value: null, coverage: 0, missingShare: 0 });
    expect(away.income.value).toBeNull();
  });

  it('estimates close to the DeSO figures when drawn over one real DeSO', () => {
    const malmo = layer('public/reference/malmo-deso.geojson');
    const deso = malmo[10]!;
    const stats = aggregateToArea(area(deso.geometry), malmo, buildDesoIndex(malmo));
    expect(stats.pop.coverage).toBeGreaterThan(0.99);
    // Simplified neighbours overlap its border by a few metres and add a little of their people
    // (about 1 % for a typical Malmö DeSO, 2 % for this one).
    expect(Math.abs(stats.pop.value! - (deso.properties.pop as number)) / (deso.properties.pop as number)).toBeLessThan(0.05);
    expect(stats.income.value).toBeCloseTo(deso.properties.income as number, 0);
  });
});

describe('many areas', () => {
  it('are each aggregated against the same layer', () => {
    const areas = [{ ...testArea('w', 'Väst', rect(0, 0, 1, 1)) }, { ...testArea('e', 'Öst', rect(1, 0, 3, 1)) }];
    const all = aggregateAreas(areas, mini);
    expect(all.get('w')!.pop.value).toBeCloseTo(1000, 6);
    expect(all.get('e')!.pop.value).toBeCloseTo(2500, 6);
  });
});
