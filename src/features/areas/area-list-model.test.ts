import { describe, expect, it } from 'vitest';
import { rect } from '../../domain/spatial/area-fixtures';
import { testArea, testDoc, testInvestment } from '../../domain/test-kit';
import { areaRows, searchRows, sortRows } from './area-list-model';

function budget(investment: number) {
  return { investment, operatingPerYear: 0, externalFunding: 0 };
}

const doc = testDoc({
  areas: [
    testArea('a', 'Rosengård', rect(0, 0, 1000, 1000)),
    testArea('b', 'Lindängen', rect(2000, 0, 2000, 1000)),
    testArea('c', 'Almhög', rect(5000, 0, 500, 500)),
  ],
  investments: [
    testInvestment('i1', { areaId: 'a', budget: budget(3_000_000) }),
    testInvestment('i2', { areaId: 'a', budget: budget(1_000_000) }),
    testInvestment('i3', { areaId: 'b', budget: budget(9_000_000) }),
    testInvestment('i4', { areaId: null, budget: budget(50_000_000) }),
  ],
});
const rows = areaRows(doc.areas, doc.investments);
const names = (r: typeof rows) => r.map((x) => x.area.name);

describe('area list rows', () => {
  it('count each area’s investments and sum their budgets, leaving out investments without an area', () => {
    const byId = Object.fromEntries(rows.map((r) => [r.area.id, r]));
    expect(byId.a).toMatchObject({ investments: 2, budget: 4_000_000 });
    expect(byId.b).toMatchObject({ investments: 1, budget: 9_000_000 });
    expect(byId.c).toMatchObject({ investments: 0, budget: 0 });
    expect(byId.b!.sizeM2).toBeGreaterThan(1.99e6);
    expect(byId.b!.sizeM2).toBeLessThan(2.01e6);
  });

  it('find areas ignoring case and accents, every word counting', () => {
    expect(names(searchRows(rows, 'rosengard'))).toEqual(['Rosengård']);
    expect(names(searchRows(rows, 'ALMHOG'))).toEqual(['Almhög']);
    expect(names(searchRows(rows, 'lind zzz'))).toEqual([]);
    expect(searchRows(rows, '  ')).toHaveLength(3);
  });

  it('sort by name in Swedish order, and by size, investments or budget either way', () => {
    expect(names(sortRows(rows, 'name', 'asc', 'sv'))).toEqual(['Almhög', 'Lindängen', 'Rosengård']);
    expect(names(sortRows(rows, 'size', 'desc', 'sv'))).toEqual(['Lindängen', 'Rosengård', 'Almhög']);
    expect(names(sortRows(rows, 'investments', 'desc', 'sv'))).toEqual(['Rosengård', 'Lindängen', 'Almhög']);
    expect(names(sortRows(rows, 'budget', 'asc', 'sv'))).toEqual(['Almhög', 'Rosengård', 'Lindängen']);
  });

  it('keep alphabetical order among equal values', () => {
    const tied = areaRows(testDoc({ areas: [testArea('x', 'Öster', rect(0, 0, 10, 10)), testArea('y', 'Annelund', rect(0, 0, 20, 20))] }).areas, {});
    expect(names(sortRows(tied, 'investments', 'desc', 'sv'))).toEqual(['Annelund', 'Öster']);
  });
});
