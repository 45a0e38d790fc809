import { describe, expect, it } from 'vitest';
import type { NormalisedFeature } from '../io/types';
import { doUndoRedo, expectDomainError, rect, testArea, testContext, testDepartment, testDoc, testInvestment } from '../test-kit';
import { execute } from './command';
import { importFeatures, parseAmount, parseDate, prepareImport, type FieldMapping, type ImportFeaturesArgs } from './import-features';

const NO_MAPPING: FieldMapping = { name: null, description: null, kind: null, category: null, department: null, budget: null, startDate: null, endDate: null };

const feature = (geometry: NormalisedFeature['geometry'], properties: Record<string, unknown>): NormalisedFeature =>
  ({ type: 'Feature', geometry, properties });
const point = (lon: number, lat: number) => ({ type: 'Point' as const, coordinates: [lon, lat] });

function args(changes: Partial<ImportFeaturesArgs>): ImportFeaturesArgs {
  return { target: 'areas', features: [], refusedInFile: 0, mapping: { ...NO_MAPPING, name: 'namn' }, defaultKind: 'physical', onlyValid: false, ...changes };
}

describe('importFeatures: areas', () => {
  const areas = [
    feature(rect(13.0, 55.6, 13.01, 55.61), { namn: 'Lindängen', text: 'Söder' }),
    feature(rect(13.02, 55.6, 13.03, 55.61), { namn: 'Holma' }),
  ];

  it('adds every area with its own programme in one patch, undoable and redoable', () => {
    const doc = testDoc({ investments: [testInvestment('inside', { geometry: point(13.005, 55.605) })] });
    const applied = doUndoRedo(doc, importFeatures, args({ features: areas, mapping: { ...NO_MAPPING, name: 'namn', description: 'text' } }));
    const added = Object.values(applied.doc.areas);
    expect(added.map((a) => [a.name, a.description])).toEqual([['Lindängen', 'Söder'], ['Holma', '']]);
    const programmes = Object.values(applied.doc.programmes);
    expect(programmes.map((p) => p.areaId).sort()).toEqual(added.map((a) => a.id).sort());
    // An investment already in the workspace follows the new area it lies in, as with addArea.
    expect(applied.doc.investments.inside!.areaId).toBe(added[0]!.id);
    expect(applied.label).toBe('command.importFeatures');
  });

  it('refuses the whole import when one feature cannot be an area, unless only the valid ones are asked for', () => {
    const withPoint = [...areas, feature(point(13, 55.6), { namn: 'Punkt' })];
    const doc = testDoc();
    expectDomainError(() => execute(doc, importFeatures, args({ features: withPoint }), testContext()), 'import.error.invalid', { count: 1 });
    const applied = execute(doc, importFeatures, args({ features: withPoint, onlyValid: true }), testContext())!;
    expect(Object.values(applied.doc.areas).map((a) => a.name)).toEqual(['Lindängen', 'Holma']);
  });

  it('counts features the file check refused against the all-or-nothing rule', () => {
    expectDomainError(() => execute(testDoc(), importFeatures, args({ features: areas, refusedInFile: 2 }), testContext()), 'import.error.invalid', { count: 2 });
  });

  it('reports a missing name against the feature\'s row in the file', () => {
    const plan = prepareImport(testDoc(), args({ features: [areas[0]!, feature(rect(13.04, 55.6, 13.05, 55.61), {})], sourceIndex: [3, 7] }), testContext());
    expect(plan.problems).toEqual([{ featureIndex: 7, code: 'area.error.nameRequired', params: {}, severity: 'error' }]);
  });

  it('refuses an import with nothing to add', () => {
    expectDomainError(() => execute(testDoc(), importFeatures, args({ features: [], onlyValid: true }), testContext()), 'import.error.nothing');
  });
});

describe('importFeatures: investments', () => {
  const mapping: FieldMapping = { name: 'titel', description: null, kind: 'typ', category: 'kategori', department: 'förvaltning', budget: 'budget', startDate: 'start', endDate: null };

  it('reads the mapped fields and attaches each investment to the area it lies in', () => {
    const doc = testDoc({ areas: [testArea('a1', 'Lindängen', rect(13.0, 55.6, 13.01, 55.61))], departments: [testDepartment('d1', 'Fritid')] });
    const features = [
      feature(point(13.005, 55.605), { titel: 'Lekplats', typ: 'fysisk', kategori: 'Park', förvaltning: 'fritid', budget: '1 500 000 kr', start: '2026-03-01' }),
      feature(point(13.5, 55.9), { titel: 'Läxhjälp', typ: 'Social', kategori: '', budget: 12.5, start: '' }),
    ];
    const applied = doUndoRedo(doc, importFeatures, args({ target: 'investments', features, mapping }));
    const [play, homework] = Object.values(applied.doc.investments);
    expect(play).toMatchObject({ title: 'Lekplats', kind: 'physical', category: 'Park', departmentId: 'd1', areaId: 'a1', startDate: '2026-03-01' });
    expect(play!.budget.investment).toBe(1_500_000);
    // No category in the file: the kind's first category in the workspace settings.
    expect(homework).toMatchObject({ title: 'Läxhjälp', kind: 'social', category: 'Trygghet', areaId: null, startDate: null });
  });

  it('reports unknown kinds, bad dates and amounts, missing titles and multipoints per feature; notes an unknown department', () => {
    const features = [
      feature(point(13, 55.6), { titel: 'A', typ: 'grön' }),
      feature(point(13, 55.6), { titel: 'B', start: '2026-02-30' }),
      feature(point(13, 55.6), { titel: 'C', budget: 'mycket' }),
      feature(point(13, 55.6), { titel: '' }),
      feature({ type: 'MultiPoint', coordinates: [[13, 55.6], [13.1, 55.6]] }, { titel: 'E' }),
      feature(point(13, 55.6), { titel: 'F', förvaltning: 'Okänd' }),
    ];
    const plan = prepareImport(testDoc(), args({ target: 'investments', features, mapping }), testContext());
    expect(plan.problems.map((p) => [p.featureIndex, p.code, p.severity])).toEqual([
      [0, 'import.problem.unknownKind', 'error'],
      [1, 'investment.error.date', 'error'],
      [2, 'investment.error.budget', 'error'],
      [3, 'investment.error.titleRequired', 'error'],
      [4, 'import.problem.multiPoint', 'error'],
      [5, 'import.note.departmentUnknown', 'note'],
    ]);
    expect(plan.investments.map((i) => i.title)).toEqual(['F']);
  });
});

describe('field parsing', () => {
  it('reads Swedish amounts and ISO dates', () => {
    expect(parseAmount('12 500 000')).toBe(12_500_000);
    expect(parseAmount('1,5')).toBe(1.5);
    expect(parseAmount('')).toBe(0);
    expect(parseDate('2026-11-27T09:00:00Z')).toBe('2026-11-27');
    expect(() => parseDate('27/11/2026')).toThrow();
  });
});
