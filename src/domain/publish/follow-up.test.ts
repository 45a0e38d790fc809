import { describe, expect, it } from 'vitest';
import type { BenefitRealisation, Indicator, Programme } from '../model';
import { rect, testArea, testDoc, testInvestment } from '../test-kit';
import { publishSnapshot } from './snapshot';

const NOW = '2026-11-27T09:00:00.000Z';

function programme(id: string, areaId: string): Programme {
  return {
    id, createdAt: NOW, updatedAt: NOW, areaId, vision: '', commonGoals: '', coordinationFunction: '', programmeGroup: [],
    governanceMode: 'partial', values: { goals: null, budget: null, management: null, culture: null, trust: null, leadership: null },
  };
}

function indicator(id: string, changes: Partial<Indicator>): Indicator {
  return {
    id, createdAt: NOW, updatedAt: NOW, programmeId: 'prog_a', name: id, unit: '%', statistic: null, source: 'SCB',
    baseline: null, target: null, measurements: [], benefitDimension: null, sdgs: [], public: true, ...changes,
  };
}

function realisation(id: string, changes: Partial<BenefitRealisation>): BenefitRealisation {
  return {
    id, createdAt: NOW, updatedAt: NOW, investmentId: 'inv_pub', date: '2026-05-01', public: true,
    realised: { environmental: '', social: '', economic: '' }, degree: { environmental: null, social: null, economic: null }, ...changes,
  };
}

function doc() {
  const d = testDoc({
    areas: [testArea('area_a', 'Lindängen', rect(13, 55.6, 13.01, 55.61)), testArea('area_b', 'Holma', rect(12.95, 55.58, 12.96, 55.59))],
    investments: [
      testInvestment('inv_pub', { visibility: 'public', areaId: 'area_a' }),
      testInvestment('inv_quiet', { visibility: 'public', areaId: 'area_a' }),
      testInvestment('inv_int', { visibility: 'internal', areaId: 'area_a' }),
    ],
  });
  for (const p of [programme('prog_a', 'area_a'), programme('prog_b', 'area_b'), programme('prog_gone', 'area_gone')]) d.programmes[p.id] = p;
  for (const ind of [
    indicator('ind_b', {
      createdAt: '2026-03-01T00:00:00.000Z', name: 'Andel förvärvsarbetande', statistic: 'employment', source: 'SCB, DeSO',
      baseline: { value: 58.4, year: 2022 }, target: { value: 65, year: 2028 }, benefitDimension: 'economic', sdgs: [8],
      measurements: [{ value: 61.2, date: '2025-06-30' }, { value: 59.8, date: '2024-06-30' }],
    }),
    indicator('ind_a', { createdAt: '2026-04-01T00:00:00.000Z', name: 'Trygghet kvällstid' }),
    indicator('ind_internal', { public: false }),
    indicator('ind_of_gone_area', { programmeId: 'prog_gone' }),
  ]) d.indicators[ind.id] = ind;
  for (const r of [
    realisation('real_old', { date: '2026-05-01' }),
    realisation('real_latest_public', {
      date: '2026-09-01', realised: { environmental: 'Mindre energi', social: 'Tryggare torg', economic: '' },
      degree: { environmental: 80, social: 60, economic: null },
    }),
    realisation('real_later_internal', { date: '2026-10-01', public: false }),
    realisation('real_of_internal', { investmentId: 'inv_int' }),
  ]) d.realisations[r.id] = r;
  return d;
}

describe('publishing indicators and benefit follow-ups', () => {
  const { snapshot, report } = publishSnapshot(doc(), { now: NOW });

  it('publishes a programme\'s public indicators in the order they were added, measurements oldest first, without editor details', () => {
    const [a, b] = snapshot.areas;
    expect(a!.programme!.indicators).toEqual([
      {
        id: 'ind_b', name: 'Andel förvärvsarbetande', unit: '%', source: 'SCB, DeSO',
        baseline: { value: 58.4, year: 2022 }, target: { value: 65, year: 2028 },
        measurements: [{ value: 59.8, date: '2024-06-30' }, { value: 61.2, date: '2025-06-30' }],
        benefitDimension: 'economic', sdgs: [8],
      },
      expect.objectContaining({ id: 'ind_a', name: 'Trygghet kvällstid', baseline: null, target: null }),
    ]);
    expect(b!.programme!.indicators).toEqual([]);
  });

  it('publishes the latest public follow-up of a public investment, even when a later one is internal', () => {
    const byId = new Map(snapshot.investments.map((i) => [i.id, i]));
    expect(byId.get('inv_pub')!.realisation).toEqual({
      date: '2026-09-01', realised: { environmental: 'Mindre energi', social: 'Tryggare torg', economic: '' },
      degree: { environmental: 80, social: 60, economic: null },
    });
    expect(byId.get('inv_quiet')!.realisation).toBeNull();
  });

  it('reports what was published and left out, and no longer lists the tables as not published', () => {
    expect(report.indicators).toEqual({ published: 2, notPublic: 1, ofUnpublishedProgrammes: 1 });
    expect(report.realisations).toEqual({ published: 1, notPublic: 1, earlier: 1, ofUnpublishedInvestments: 1 });
    expect(report.notPublished).toEqual({});
  });
});
