import { describe, expect, it } from 'vitest';
import { execute } from './command';
import { recordRealisation, type RealisationFields } from './record-realisation';
import type { PlatsenDocument } from '../model';
import { doUndoRedo, expectDomainError, testContext, testDoc, testInvestment, testReview } from '../test-kit';

const GATES = ['g0', 'g1', 'g2', 'g3', 'g4'];

/** inv_done passed G0–G4 (so it is at G5), inv_real passed G5 too, inv_mid passed G0–G2, inv_redo's G4 pass was corrected to wait. */
function base(): PlatsenDocument {
  const passes = (inv: string, gates: string[]) => gates.map((g, i) => testReview(`r_${inv}_${g}`, {
    investmentId: inv, gateId: `gate-${g}`, gateCode: g.toUpperCase(), decision: 'pass', date: `2026-0${i + 1}-01`,
  }));
  return testDoc({
    investments: [testInvestment('inv_done'), testInvestment('inv_real'), testInvestment('inv_mid'), testInvestment('inv_redo')],
    reviews: [
      ...passes('inv_done', GATES), ...passes('inv_real', [...GATES, 'g5']), ...passes('inv_mid', GATES.slice(0, 3)), ...passes('inv_redo', GATES),
      testReview('r_fix', { investmentId: 'inv_redo', gateId: 'gate-g4', gateCode: 'G4', decision: 'wait', date: '2026-05-01', correctsReviewId: 'r_inv_redo_g4' }),
    ],
  });
}

function fields(changes: Partial<RealisationFields> = {}): RealisationFields {
  return {
    investmentId: 'inv_done', date: '2027-06-01',
    realised: { environmental: 'Fler träd på torget', social: 'Fler besökare kvällstid', economic: '' },
    degree: { environmental: 100, social: 60, economic: null }, public: true,
    ...changes,
  };
}

const run = (f: RealisationFields) => () => execute(base(), recordRealisation, f, testContext());

describe('record a benefit realisation', () => {
  it('is added for an investment at the last gate, in it or past it', () => {
    const { doc, patch } = doUndoRedo(base(), recordRealisation, fields());
    expect(doc.realisations.real_1).toEqual({ ...fields(), id: 'real_1', createdAt: testContext().now, updatedAt: testContext().now });
    expect(patch.realisations?.map((c) => c.op)).toEqual(['create']);
    expect(doUndoRedo(base(), recordRealisation, fields({ investmentId: 'inv_real' })).doc.realisations.real_1!.investmentId).toBe('inv_real');
  });

  it('can be recorded again later, keeping the earlier follow-up', () => {
    const first = doUndoRedo(base(), recordRealisation, fields());
    const later = { now: '2028-06-01T10:00:00.000Z', newId: (prefix: string) => `${prefix}_2` };
    const second = doUndoRedo(first.doc, recordRealisation, fields({ date: '2028-06-01' }), later);
    expect(Object.values(second.doc.realisations).map((r) => r.date)).toEqual(['2027-06-01', '2028-06-01']);
  });

  it('is refused before the last gate, also when a correction took the investment back', () => {
    expectDomainError(run(fields({ investmentId: 'inv_mid' })), 'realisation.error.notAtLastGate', { gate: 'G5' });
    expectDomainError(run(fields({ investmentId: 'inv_redo' })), 'realisation.error.notAtLastGate', { gate: 'G5' });
  });

  it('refuses an unknown investment, a malformed date and degrees outside 0–100', () => {
    expectDomainError(run(fields({ investmentId: 'inv_x' })), 'investment.error.notFound', { id: 'inv_x' });
    expectDomainError(run(fields({ date: '2027-02-29' })), 'realisation.error.date', { value: '2027-02-29' });
    expectDomainError(run(fields({ degree: { environmental: 101, social: null, economic: null } })), 'realisation.error.degree', { dimension: 'environmental' });
    expectDomainError(run(fields({ degree: { environmental: 0, social: Number.NaN, economic: null } })), 'realisation.error.degree', { dimension: 'social' });
  });
});
