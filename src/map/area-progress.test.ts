import { describe, expect, it } from 'vitest';
import { DEFAULT_GATES } from '../domain/gates';
import { derivePhases } from '../domain/phase';
import { rect, testArea, testDoc, testInvestment, testReview } from '../domain/test-kit';
import { PROGRESS_CLASSES, PROGRESS_RAMP, areaProgressCollection, progressClass } from './area-progress';
import { relativeLuminance } from './encoding';

describe('progress classes', () => {
  it('are five equal bands from 0 to 100 %', () => {
    expect(PROGRESS_CLASSES.map((c) => [c.from, c.to])).toEqual([[0, 20], [20, 40], [40, 60], [60, 80], [80, 100]]);
  });

  it('put a share in its band: lower bounds inclusive, 100 % in the top band', () => {
    expect([0, 0.1999, 0.2, 0.39, 0.4, 0.5, 0.6, 0.79, 0.8, 0.999, 1].map(progressClass)).toEqual([0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 4]);
  });

  it('give no band to a programme without a budget', () => {
    expect(progressClass(null)).toBeNull();
    expect(progressClass(Number.NaN)).toBeNull();
  });

  it('darken from band to band, so the order reads without colour', () => {
    const l = PROGRESS_RAMP.map(relativeLuminance);
    for (let i = 1; i < l.length; i += 1) expect(l[i]!).toBeLessThan(l[i - 1]!);
  });
});

describe('areaProgressCollection', () => {
  const passes = (investmentId: string, upTo: number, from = 1) => Array.from({ length: upTo + 1 }, (_, n) => testReview(`${investmentId}_r${n}`, {
    investmentId, gateId: `gate-g${n}`, gateCode: `G${n}`, decision: 'pass', reason: 'ok', date: `2026-${String(from + n).padStart(2, '0')}-15`,
  }));
  const budget = (investment: number) => ({ investment, operatingPerYear: 0, externalFunding: 0 });
  const doc = testDoc({
    areas: [
      testArea('A', 'Holma', rect(13.0, 55.6, 13.01, 55.61)),
      testArea('B', 'Tomt', rect(13.02, 55.6, 13.03, 55.61)),
    ],
    investments: [
      // 3 of 4 million past G3 once i1 passes G3 in April.
      testInvestment('i1', { areaId: 'A', budget: budget(3_000_000) }),
      testInvestment('i2', { areaId: 'A', budget: budget(1_000_000) }),
      testInvestment('i3', { areaId: 'B', budget: budget(0) }),
    ],
    reviews: passes('i1', 3),
  });
  const phasesAsOf = (asOf: string | null) => derivePhases(Object.keys(doc.investments), Object.values(doc.reviews), DEFAULT_GATES, asOf);
  const propsOf = (asOf: string | null) => Object.fromEntries(areaProgressCollection(doc, phasesAsOf(asOf), DEFAULT_GATES).features
    .map((f) => [f.id, f.properties]));

  it('gives each area its share and the colour of its band; an area without budget has neither', () => {
    expect(propsOf(null)).toEqual({
      A: { id: 'A', progress: 0.75, colour: PROGRESS_CLASSES[3]!.colour },
      B: { id: 'B' },
    });
  });

  it('follows the phases it is given: before the G3 pass nothing is past implementation', () => {
    expect(propsOf('2026-03-31').A).toEqual({ id: 'A', progress: 0, colour: PROGRESS_CLASSES[0]!.colour });
  });
});
