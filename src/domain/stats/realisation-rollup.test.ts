import { describe, expect, it } from 'vitest';
import { allRealisationRollups, realisationRollup } from './realisation-rollup';
import type { BenefitDimension, BenefitRealisation } from '../model';
import { rect, testArea, testDoc, testInvestment } from '../test-kit';

type Dims<T> = Partial<Record<BenefitDimension, T>>;

function realisation(id: string, investmentId: string, date: string, degree: Dims<number>, realised: Dims<string> = {}): BenefitRealisation {
  return {
    id, investmentId, date, createdAt: `${date}T12:00:00.000Z`, updatedAt: `${date}T12:00:00.000Z`, public: false,
    realised: { environmental: '', social: '', economic: '', ...realised },
    degree: { environmental: null, social: null, economic: null, ...degree },
  };
}

const expecting = (benefits: Dims<string>) => ({ expectedBenefits: { environmental: '', social: '', economic: '', ...benefits } });

// Holma: a expects environmental and social benefits and was followed up twice; b expects social
// and economic, followed up with a degree only; c expects environmental, not followed up; d
// expected nothing but realised an environmental benefit. One investment lies outside every area.
function doc() {
  const d = testDoc({
    areas: [testArea('holma', 'Holma', rect(13, 55.6, 13.01, 55.61)), testArea('empty', 'Tomt', rect(13.1, 55.6, 13.11, 55.61))],
    investments: [
      testInvestment('a', { areaId: 'holma', ...expecting({ environmental: 'Träd', social: 'Mötesplats' }) }),
      testInvestment('b', { areaId: 'holma', ...expecting({ social: 'Trygghet', economic: 'Fler jobb' }) }),
      testInvestment('c', { areaId: 'holma', ...expecting({ environmental: 'Dagvatten' }) }),
      testInvestment('d', { areaId: 'holma' }),
      testInvestment('out', { areaId: null, ...expecting({ economic: 'Lokaler' }) }),
    ],
  });
  for (const r of [
    realisation('r1', 'a', '2027-01-15', { environmental: 50 }, { environmental: 'Några träd planterade' }),
    realisation('r2', 'a', '2028-01-15', { environmental: 100, social: 40 }, { environmental: 'Alla träd', social: 'Fler besökare' }),
    realisation('r3', 'b', '2027-06-01', { economic: 20 }),
    realisation('r4', 'd', '2027-09-01', { environmental: 60 }, { environmental: 'Oväntat: fler fåglar' }),
    realisation('r5', 'out', '2027-09-01', { economic: 80 }),
    realisation('r6', 'gone', '2027-09-01', { economic: 0 }),
  ]) d.realisations[r.id] = r;
  return d;
}

describe('expected against realised benefits', () => {
  it('counts expected benefits per dimension, and what the latest follow-ups realised', () => {
    const holma = realisationRollup(doc(), 'holma');
    expect(holma).toMatchObject({ areaId: 'holma', investments: 4, followedUp: 3 });
    expect(holma.byDimension).toEqual({
      // expected: a, c; realised: a (latest r2: 100) and d (60) → mean (100 + 60) / 2 = 80
      environmental: { expected: 2, realised: 2, judged: 2, meanDegree: 80 },
      // expected: a, b; realised: a (r2: 40)
      social: { expected: 2, realised: 1, judged: 1, meanDegree: 40 },
      // expected: b; realised: b (degree 20, no text)
      economic: { expected: 1, realised: 1, judged: 1, meanDegree: 20 },
    });
  });

  it('as of a date uses the follow-ups made by then', () => {
    const holma = realisationRollup(doc(), 'holma', '2027-12-31');
    // a's latest by then is r1 (50); d's r4 (60) → (50 + 60) / 2 = 55; nobody has judged social yet.
    expect(holma.byDimension.environmental).toEqual({ expected: 2, realised: 2, judged: 2, meanDegree: 55 });
    expect(holma.byDimension.social).toEqual({ expected: 2, realised: 0, judged: 0, meanDegree: null });
    expect(realisationRollup(doc(), 'holma', '2026-12-31').followedUp).toBe(0);
  });

  it('covers every area, empty ones too, and the investments outside every area, ignoring follow-ups of deleted investments', () => {
    const all = allRealisationRollups(doc());
    expect(all.byArea.get('holma')).toEqual(realisationRollup(doc(), 'holma'));
    expect(all.byArea.get('empty')).toMatchObject({ investments: 0, followedUp: 0, byDimension: { social: { expected: 0, realised: 0, judged: 0, meanDegree: null } } });
    expect(all.noArea).toMatchObject({ areaId: null, investments: 1, followedUp: 1, byDimension: { economic: { expected: 1, realised: 1, judged: 1, meanDegree: 80 } } });
  });
});
