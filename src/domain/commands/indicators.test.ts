import { describe, expect, it } from 'vitest';
import { execute } from './command';
import { addIndicator, addMeasurement, deleteIndicator, updateIndicator, type NewIndicator } from './indicators';
import type { Indicator, PlatsenDocument, Programme } from '../model';
import { doUndoRedo, expectDomainError, testContext, testDoc } from '../test-kit';

const T0 = '2026-01-15T09:00:00.000Z';

const programme: Programme = {
  id: 'prog_holma', areaId: 'holma', createdAt: T0, updatedAt: T0, vision: '', commonGoals: '', coordinationFunction: '',
  programmeGroup: [], governanceMode: 'partial',
  values: { goals: null, budget: null, management: null, culture: null, trust: null, leadership: null },
};

const unemployment: Indicator = {
  id: 'ind_a', programmeId: 'prog_holma', createdAt: T0, updatedAt: T0, name: 'Arbetslöshet', unit: '%', statistic: 'unemp',
  source: 'SCB', baseline: { value: 9.5, year: 2024 }, target: { value: 6, year: 2030 },
  measurements: [{ value: 9.1, date: '2025-06-30' }, { value: 8.7, date: '2026-06-30' }],
  benefitDimension: 'economic', sdgs: [8], public: true,
};

function base(): PlatsenDocument {
  const doc = testDoc();
  doc.programmes[programme.id] = programme;
  doc.indicators[unemployment.id] = unemployment;
  return doc;
}

const run = <A>(command: Parameters<typeof execute<A>>[1], args: A) => () => execute(base(), command, args, testContext());
const add = (changes: Partial<NewIndicator>) => run(addIndicator, { programmeId: 'prog_holma', name: 'Trygghet', ...changes });

describe('add an indicator', () => {
  it('needs only a programme and a name (trimmed); the rest starts blank and measurements empty', () => {
    const { doc } = doUndoRedo(base(), addIndicator, { programmeId: 'prog_holma', name: '  Andel som känner sig trygga ', unit: undefined });
    expect(doc.indicators.ind_1).toEqual({
      id: 'ind_1', programmeId: 'prog_holma', createdAt: testContext().now, updatedAt: testContext().now,
      name: 'Andel som känner sig trygga', unit: '', statistic: null, source: '', baseline: null, target: null,
      measurements: [], benefitDimension: null, sdgs: [], public: false,
    });
  });

  it('keeps a baseline, target, statistic, benefit dimension and goals', () => {
    const fields: NewIndicator = {
      programmeId: 'prog_holma', name: 'Eftergymnasial utbildning', unit: '%', statistic: 'higher_ed', source: 'SCB',
      baseline: { value: 31, year: 2024 }, target: { value: 40, year: 2030 }, benefitDimension: 'social', sdgs: [4, 10, 4], public: true,
    };
    const { doc } = doUndoRedo(base(), addIndicator, fields);
    expect(doc.indicators.ind_1).toMatchObject({ ...fields, sdgs: [4, 10] });
  });

  it('refuses an unknown programme, a blank or too long name and an unknown statistic', () => {
    expectDomainError(add({ programmeId: 'prog_x' }), 'programme.error.notFound', { id: 'prog_x' });
    expectDomainError(add({ name: '  ' }), 'indicator.error.nameRequired');
    expectDomainError(add({ name: 'x'.repeat(201) }), 'indicator.error.nameTooLong', { max: 200 });
    expectDomainError(add({ statistic: 'happiness' }), 'indicator.error.unknownStatistic', { value: 'happiness' });
  });

  it('refuses baselines and targets that are not finite numbers in a plausible year, or a target before the baseline', () => {
    expectDomainError(add({ baseline: { value: Number.NaN, year: 2024 } }), 'indicator.error.value', { field: 'baseline' });
    expectDomainError(add({ target: { value: Infinity, year: 2030 } }), 'indicator.error.value', { field: 'target' });
    expectDomainError(add({ target: { value: 5, year: 2030.5 } }), 'indicator.error.year', { field: 'target' });
    expectDomainError(add({ baseline: { value: 5, year: 24 } }), 'indicator.error.year', { field: 'baseline' });
    expectDomainError(add({ baseline: { value: 5, year: 2024 }, target: { value: 3, year: 2020 } }), 'indicator.error.yearOrder');
  });

  it('refuses an unknown benefit dimension and goals outside 1–17', () => {
    expectDomainError(add({ benefitDimension: 'cultural' as never }), 'indicator.error.benefitDimension', { value: 'cultural' });
    expectDomainError(add({ sdgs: [18] }), 'indicator.error.sdg');
    expectDomainError(add({ sdgs: [0] }), 'indicator.error.sdg');
  });
});

describe('update an indicator', () => {
  it('changes the given fields and stamps the time', () => {
    const { doc } = doUndoRedo(base(), updateIndicator, { id: 'ind_a', changes: { target: { value: 5, year: 2030 }, public: false } });
    expect(doc.indicators.ind_a).toEqual({ ...unemployment, target: { value: 5, year: 2030 }, public: false, updatedAt: testContext().now });
  });

  it('keeps replaced measurements sorted by date, so one can be corrected or removed', () => {
    const measurements = [{ value: 8, date: '2026-06-30' }, { value: 9.4, date: '2024-12-31' }];
    const { doc } = doUndoRedo(base(), updateIndicator, { id: 'ind_a', changes: { measurements } });
    expect(doc.indicators.ind_a!.measurements).toEqual([{ value: 9.4, date: '2024-12-31' }, { value: 8, date: '2026-06-30' }]);
  });

  it('applies the same rules as adding', () => {
    expectDomainError(run(updateIndicator, { id: 'ind_a', changes: { name: '' } }), 'indicator.error.nameRequired');
    expectDomainError(run(updateIndicator, { id: 'ind_a', changes: { target: { value: 5, year: 2020 } } }), 'indicator.error.yearOrder');
    expectDomainError(run(updateIndicator, { id: 'ind_a', changes: { measurements: [{ value: 1, date: '2026-02-30' }] } }), 'indicator.error.date', { value: '2026-02-30' });
    expectDomainError(run(updateIndicator, { id: 'ind_x', changes: {} }), 'indicator.error.notFound', { id: 'ind_x' });
  });
});

describe('delete an indicator', () => {
  it('removes it, and undo brings it back with its measurements', () => {
    const { doc } = doUndoRedo(base(), deleteIndicator, { id: 'ind_a' });
    expect(doc.indicators.ind_a).toBeUndefined();
    expectDomainError(run(deleteIndicator, { id: 'ind_x' }), 'indicator.error.notFound', { id: 'ind_x' });
  });
});

describe('add a measurement', () => {
  it('inserts it in date order, after one of the same date', () => {
    const first = doUndoRedo(base(), addMeasurement, { indicatorId: 'ind_a', value: 9.3, date: '2025-12-31' });
    expect(first.doc.indicators.ind_a!.measurements.map((m) => m.date)).toEqual(['2025-06-30', '2025-12-31', '2026-06-30']);
    const second = doUndoRedo(first.doc, addMeasurement, { indicatorId: 'ind_a', value: 9.2, date: '2025-12-31' });
    expect(second.doc.indicators.ind_a!.measurements.slice(1, 3)).toEqual([{ value: 9.3, date: '2025-12-31' }, { value: 9.2, date: '2025-12-31' }]);
    expect(second.doc.indicators.ind_a!.updatedAt).toBe(testContext().now);
  });

  it('needs a finite value, a real ISO date and an existing indicator', () => {
    expectDomainError(run(addMeasurement, { indicatorId: 'ind_a', value: Number.NaN, date: '2026-01-01' }), 'indicator.error.value', { field: 'measurement' });
    expectDomainError(run(addMeasurement, { indicatorId: 'ind_a', value: 3, date: '31/12/2025' }), 'indicator.error.date', { value: '31/12/2025' });
    expectDomainError(run(addMeasurement, { indicatorId: 'ind_x', value: 3, date: '2025-12-31' }), 'indicator.error.notFound', { id: 'ind_x' });
  });
});
