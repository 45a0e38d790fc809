import { describe, expect, it } from 'vitest';
import { DEFAULT_GATES } from '../../domain/gates';
import { derivePhases } from '../../domain/phase';
import { rect, testArea, testDepartment, testDoc, testInvestment } from '../../domain/test-kit';
import { STAT_KEYS, type AreaStatistics } from '../../domain/stats/statistics';
import { compareCsv } from './compare-csv';
import { compareGroups, difference, methodsOf } from './compare-model';

const holma = testArea('a_h', 'Holma', rect(13, 55.57, 13.01, 55.58));
const rosengard = testArea('a_r', '=Rosengård', rect(13.02, 55.58, 13.03, 55.59));
const doc = testDoc({
  areas: [holma, rosengard],
  departments: [testDepartment('d1', 'Fritidsförvaltningen')],
  investments: [
    testInvestment('i1', { areaId: 'a_h', departmentId: 'd1', budget: { investment: 2_000_000, operatingPerYear: 100_000, externalFunding: 0 }, sdgs: [3] }),
    testInvestment('i2', { areaId: 'a_r', kind: 'social', budget: { investment: 500_000, operatingPerYear: 0, externalFunding: 0 }, sdgs: [3, 4] }),
  ],
});
const t = (key: string, params?: Record<string, string | number>) => (params ? `${key} ${JSON.stringify(params)}` : key);
/** Exact statistics with only the population known. */
const pop = (value: number | null) => Object.fromEntries(STAT_KEYS.map((key) =>
  [key, { key, value: key === 'pop' ? value : null, method: 'exact', coverage: 1, missingShare: 0 }])) as AreaStatistics;

describe('area comparison', () => {
  it('gives two areas a signed difference and more areas the spread', () => {
    expect(difference([1, 4])).toBe(3);
    expect(difference([4, 1])).toBe(-3);
    expect(difference([4, 1, 9])).toBe(8);
    expect(difference([4, null])).toBeNull();
  });

  it('lines up budgets, per-resident money, departments and goals, with nothing invented for unknown figures', () => {
    const phases = derivePhases(Object.keys(doc.investments), Object.values(doc.reviews), DEFAULT_GATES);
    const groups = compareGroups(doc, [holma, rosengard], phases, DEFAULT_GATES, [pop(1000), null], t, 'sv');
    const row = (id: string) => groups.flatMap((g) => g.rows).find((r) => r.id === id)!;
    expect(row('budget')).toMatchObject({ values: [2_000_000, 500_000], difference: -1_500_000 });
    expect(row('budgetPerResident')).toMatchObject({ values: [2000, null], difference: null });
    expect(row('dept-d1')).toMatchObject({ label: 'Fritidsförvaltningen', values: [2_000_000, 0] });
    expect(row('dept-none').values).toEqual([0, 500_000]);
    expect(row('sdg-4').values).toEqual([0, 1]);
    expect(row('sdg-count').values).toEqual([1, 2]);
    expect(groups.flatMap((g) => g.rows).some((r) => r.id === 'sdg-5')).toBe(false);
    expect(row('stat-pop').values).toEqual([1000, null]);
    expect([...methodsOf([holma, rosengard], [pop(1000), null]).keys()]).toEqual(['exact', 'none']);
  });

  it('exports the same rows as CSV with plain numbers, guarding names a spreadsheet would run', () => {
    const phases = derivePhases(Object.keys(doc.investments), Object.values(doc.reviews), DEFAULT_GATES);
    const groups = compareGroups(doc, [holma, rosengard], phases, DEFAULT_GATES, [null, null], t, 'sv');
    const csv = compareCsv([holma, rosengard], groups, {
      group: 'Grupp', row: 'Uppgift', difference: 'Skillnad', groupName: (g) => g, notes: ['Källa: SCB'],
    });
    const lines = csv.replace('\uFEFF', '').split('\r\n');
    expect(lines[0]).toBe("Grupp,Uppgift,Holma,'=Rosengård,Skillnad");
    expect(lines).toContain('programme,compare.budget,2000000,500000,-1500000');
    expect(lines).toContain('perResident,compare.budgetPerResident,,,');
    expect(lines.at(-2)).toBe('Källa: SCB');
  });
});
