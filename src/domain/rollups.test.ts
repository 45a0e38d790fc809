import { describe, expect, it } from 'vitest';
import { DEFAULT_GATES, blankBenefitRatings } from './gates';
import type { GateReview, Investment } from './model';
import { derivePhases } from './phase';
import { allAreaRollups, areaRollup } from './rollups';
import { rect, testArea, testDepartment, testDoc, testInvestment, testReview } from './test-kit';

const gates = DEFAULT_GATES;

function money(investment: number, operatingPerYear = 0, externalFunding = 0): Investment['budget'] {
  return { investment, operatingPerYear, externalFunding };
}

/** Passes gates G0..G(upTo) in successive months; the last review carries the given benefit ratings. */
function passes(investmentId: string, upTo: number, ratings: Partial<GateReview['benefitRatings']> = {}): GateReview[] {
  return Array.from({ length: upTo + 1 }, (_, n) => testReview(`${investmentId}_r${n}`, {
    investmentId, gateId: `gate-g${n}`, gateCode: `G${n}`, decision: 'pass', reason: 'ok', date: `2026-0${n + 1}-15`,
    benefitRatings: n === upTo ? { ...blankBenefitRatings(), ...ratings } : blankBenefitRatings(),
  }));
}

const areaA = testArea('A', 'Holma', rect(13.0, 55.6, 13.01, 55.61));
const areaB = testArea('B', 'Rosengård', rect(13.02, 55.6, 13.03, 55.61));
const areaC = testArea('C', 'Tomt', rect(13.04, 55.6, 13.05, 55.61));

const doc = testDoc({
  areas: [areaA, areaB, areaC],
  departments: [testDepartment('d1', 'Fritid'), testDepartment('d2', 'Stadsbyggnad')],
  investments: [
    testInvestment('i1', { areaId: 'A', kind: 'physical', departmentId: 'd1', budget: money(1_000_000, 100_000, 200_000),
      expectedBenefits: { environmental: 'Mer grönska', social: '', economic: '' }, sdgs: [11, 13, 11] }),
    testInvestment('i2', { areaId: 'A', kind: 'social', departmentId: 'd2', budget: money(500_000, 50_000),
      expectedBenefits: { environmental: '', social: 'Fler mötesplatser', economic: 'Fler i arbete' }, sdgs: [3, 11] }),
    testInvestment('i3', { areaId: 'A', kind: 'social', departmentId: null, budget: money(1_500_000, 0, 300_000),
      expectedBenefits: { environmental: '   ', social: '', economic: '' } }),
    testInvestment('i4', { areaId: 'B', kind: 'physical', departmentId: 'd1', budget: money(2_000_000) }),
    testInvestment('i5', { areaId: null, kind: 'social', departmentId: 'd2', budget: money(100_000) }),
    testInvestment('i6', { areaId: 'area_deleted', kind: 'physical', budget: money(40_000) }),
  ],
  reviews: [
    ...passes('i1', 3, { environmental: 'strong', social: 'positive', economic: 'notAssessed' }), // past G3: in G4
    ...passes('i2', 0),
    testReview('i2_wait', { investmentId: 'i2', gateId: 'gate-g1', gateCode: 'G1', decision: 'wait', date: '2026-03-01',
      benefitRatings: { environmental: 'weak', social: 'strong', economic: 'neutral' } }),
    ...passes('i4', 5, { environmental: 'negative' }), // realised
  ],
});
const phases = derivePhases(Object.keys(doc.investments), Object.values(doc.reviews), gates);

describe('area rollups', () => {
  const a = areaRollup(doc, 'A', phases, gates);

  it('sums budget lines over the area and splits them by kind and department', () => {
    expect(a.total).toEqual({ count: 3, investment: 3_000_000, operatingPerYear: 150_000, externalFunding: 500_000 });
    expect(a.byKind.physical).toEqual({ count: 1, investment: 1_000_000, operatingPerYear: 100_000, externalFunding: 200_000 });
    expect(a.byKind.social).toEqual({ count: 2, investment: 2_000_000, operatingPerYear: 50_000, externalFunding: 300_000 });
    expect(Object.fromEntries(a.byDepartment)).toEqual({
      d1: { count: 1, investment: 1_000_000, operatingPerYear: 100_000, externalFunding: 200_000 },
      d2: { count: 1, investment: 500_000, operatingPerYear: 50_000, externalFunding: 0 },
      null: { count: 1, investment: 1_500_000, operatingPerYear: 0, externalFunding: 300_000 },
    });
  });

  it('splits them by the phase each investment is in and counts statuses', () => {
    expect(a.byPhase.map((t) => t.count)).toEqual([1, 1, 0, 0, 1, 0]);
    expect(a.byPhase.map((t) => t.investment)).toEqual([1_500_000, 500_000, 0, 0, 1_000_000, 0]);
    expect(a.byStatus).toEqual({ active: 2, waiting: 1, stopped: 0, realised: 0 });
  });

  it('balances benefits: described counts and mean latest ratings, not-assessed left out', () => {
    expect(a.benefits.environmental).toEqual({ described: 1, rated: 2, meanRating: 0.5 }); // (2 + -1) / 2
    expect(a.benefits.social).toEqual({ described: 1, rated: 2, meanRating: 1.5 }); // (1 + 2) / 2
    expect(a.benefits.economic).toEqual({ described: 1, rated: 1, meanRating: 0 });
  });

  it('counts each investment once per Agenda 2030 goal', () => {
    expect(Object.fromEntries(a.sdgCoverage)).toEqual({ 11: 2, 13: 1, 3: 1 });
  });

  it('measures progress as the share of the investment budget past the implementation gate', () => {
    expect(a.progress).toBeCloseTo(1 / 3);
    expect(areaRollup(doc, 'B', phases, gates).progress).toBe(1);
    expect(areaRollup(doc, 'B', phases, gates).benefits.environmental.meanRating).toBe(-2);
  });

  it('follows the phases it is given, so an as-of rollup uses phases as of that date', () => {
    // i1 passes G3 on 2026-04-15: before that, nothing in Holma is past implementation.
    const earlier = derivePhases(Object.keys(doc.investments), Object.values(doc.reviews), gates, '2026-04-14');
    expect(areaRollup(doc, 'A', earlier, gates).progress).toBe(0);
    expect(areaRollup(doc, 'A', earlier, gates).byPhase.map((t) => t.count)).toEqual([1, 1, 0, 1, 0, 0]);
  });

  it('has no progress without an implementation gate or without any budget', () => {
    expect(areaRollup(doc, 'A', phases, gates.filter((g) => g.code !== 'G3')).progress).toBeNull();
    const empty = areaRollup(doc, 'C', phases, gates);
    expect(empty.total.count).toBe(0);
    expect(empty.progress).toBeNull();
    expect(empty.benefits.social.meanRating).toBeNull();
    expect(empty.byPhase).toHaveLength(gates.length);
  });

  it('gathers investments outside every area, or in a deleted one, into the no-area bucket', () => {
    const none = areaRollup(doc, null, phases, gates);
    expect(none.total).toEqual({ count: 2, investment: 140_000, operatingPerYear: 0, externalFunding: 0 });
    expect(none.progress).toBe(0);
  });
});

describe('all area rollups', () => {
  it('gives every area, including empty ones, and the no-area bucket, equal to the one-area rollups', () => {
    const all = allAreaRollups(doc, phases, gates);
    expect([...all.byArea.keys()].sort()).toEqual(['A', 'B', 'C']);
    for (const id of ['A', 'B', 'C']) expect(all.byArea.get(id)).toEqual(areaRollup(doc, id, phases, gates));
    expect(all.noArea).toEqual(areaRollup(doc, null, phases, gates));
    const counted = [...all.byArea.values(), all.noArea].reduce((n, r) => n + r.total.count, 0);
    expect(counted).toBe(Object.keys(doc.investments).length);
  });
});
