import { describe, expect, it } from 'vitest';
import { DEFAULT_GATES, blankAspects } from '../domain/gates';
import type { Rating } from '../domain/model';
import { derivePhases } from '../domain/phase';
import { rect, testArea, testDoc, testInvestment, testReview } from '../domain/test-kit';
import { SHADE_CLASSES, SHADE_RAMP, areaShadingCollection, shadingMeasure, shareClass, type ShadingMeasure } from './area-shading';
import { relativeLuminance } from './encoding';

describe('shade classes', () => {
  it('are none at all, then four quarters', () => {
    expect(SHADE_CLASSES.map((c) => [c.from, c.to])).toEqual([[0, 0], [0, 25], [25, 50], [50, 75], [75, 100]]);
  });

  it('put a share in its class: exactly none apart, upper bounds inclusive', () => {
    expect([0, 0.01, 0.25, 0.2501, 0.5, 0.74, 0.75, 0.76, 1].map(shareClass)).toEqual([0, 1, 1, 2, 2, 3, 3, 4, 4]);
  });

  it('give no class to an area with nothing to measure', () => {
    expect(shareClass(null)).toBeNull();
    expect(shareClass(Number.NaN)).toBeNull();
  });

  it('darken from class to class, so the order reads without colour', () => {
    const l = SHADE_RAMP.map(relativeLuminance);
    for (let i = 1; i < l.length; i += 1) expect(l[i]!).toBeLessThan(l[i - 1]!);
  });
});

describe('shadingMeasure', () => {
  it('follows the colour: weak on the chosen aspect, or standing still by phase', () => {
    expect(shadingMeasure('none', { type: 'phase' })).toBeNull();
    expect(shadingMeasure('colour', { type: 'aspect', aspect: 'market' })).toEqual({ type: 'weak', aspect: 'market' });
    expect(shadingMeasure('colour', { type: 'phase' })).toEqual({ type: 'standingStill' });
    expect(shadingMeasure('progress', { type: 'aspect', aspect: 'market' })).toEqual({ type: 'progress' });
  });
});

describe('areaShadingCollection', () => {
  const budget = (investment: number) => ({ investment, operatingPerYear: 0, externalFunding: 0 });
  const review = (id: string, investmentId: string, gate: number, decision: 'pass' | 'wait' | 'stop', market: Rating, date: string) => {
    const aspects = blankAspects();
    aspects.market = { rating: market, comment: '' };
    return testReview(id, { investmentId, gateId: `gate-g${gate}`, gateCode: `G${gate}`, decision, reason: 'ok', date, aspects });
  };
  const doc = testDoc({
    areas: [
      testArea('A', 'Holma', rect(13.0, 55.6, 13.01, 55.61)),
      testArea('B', 'Tomt', rect(13.02, 55.6, 13.03, 55.61)),
    ],
    investments: [
      testInvestment('i1', { areaId: 'A', budget: budget(3_000_000) }),
      testInvestment('i2', { areaId: 'A', budget: budget(1_000_000) }),
      testInvestment('i3', { areaId: 'A', budget: budget(0) }),
      testInvestment('i4', { areaId: 'A', budget: budget(0) }),
    ],
    reviews: [
      // i1 passes G0..G3 (its last ratings: market weak), i2 waits at G0 (market negative), i3 is stopped (market weak).
      ...[0, 1, 2, 3].map((g) => review(`i1_r${g}`, 'i1', g, 'pass', g === 3 ? 'weak' : 'positive', `2026-0${g + 1}-15`)),
      review('i2_r0', 'i2', 0, 'wait', 'negative', '2026-02-01'),
      review('i3_r0', 'i3', 0, 'stop', 'weak', '2026-02-01'),
    ],
  });
  const phasesAsOf = (asOf: string | null) => derivePhases(Object.keys(doc.investments), Object.values(doc.reviews), DEFAULT_GATES, asOf);
  const propsOf = (measure: ShadingMeasure, asOf: string | null = null) => Object.fromEntries(areaShadingCollection(doc, phasesAsOf(asOf), DEFAULT_GATES, measure).features
    .map((f) => [f.id, f.properties]));

  it('by progress: each area its share of the budget past G3 and the colour of its class; an area without budget has neither', () => {
    expect(propsOf({ type: 'progress' })).toEqual({ A: { id: 'A', share: 0.75, colour: SHADE_CLASSES[3]!.colour }, B: { id: 'B' } });
    expect(propsOf({ type: 'progress' }, '2026-03-31').A).toEqual({ id: 'A', share: 0, colour: SHADE_CLASSES[0]!.colour });
  });

  it('by an aspect: the share weak or negative among the investments not stopped', () => {
    // i1 weak, i2 negative, i4 not assessed; i3 is stopped and out of the count.
    expect(propsOf({ type: 'weak', aspect: 'market' }).A).toEqual({ id: 'A', share: 2 / 3, colour: SHADE_CLASSES[3]!.colour });
    expect(propsOf({ type: 'weak', aspect: 'economy' }).A).toEqual({ id: 'A', share: 0, colour: SHADE_CLASSES[0]!.colour });
    expect(propsOf({ type: 'weak', aspect: 'market' }).B).toEqual({ id: 'B' });
  });

  it('by phase: the share waiting or stopped, as of the date shown', () => {
    expect(propsOf({ type: 'standingStill' }).A).toEqual({ id: 'A', share: 0.5, colour: SHADE_CLASSES[2]!.colour });
    expect(propsOf({ type: 'standingStill' }, '2026-01-31').A).toEqual({ id: 'A', share: 0, colour: SHADE_CLASSES[0]!.colour });
  });
});
