import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { execute } from './command';
import { recordGateReview, type GateReviewFields } from './record-gate-review';
import { blankAspects, blankBenefitRatings } from '../gates';
import { ASPECTS, BENEFIT_DIMENSIONS, type PlatsenDocument } from '../model';
import { derivePhase } from '../phase';
import { doUndoRedo, expectDomainError, testContext, testDoc, testInvestment, testReview } from '../test-kit';

function strongPass(changes: Partial<GateReviewFields> = {}): GateReviewFields {
  const aspects = blankAspects();
  for (const a of ASPECTS) aspects[a] = { rating: 'strong', comment: 'Bra' };
  const benefitRatings = blankBenefitRatings();
  for (const d of BENEFIT_DIMENSIONS) benefitRatings[d] = 'strong';
  return {
    investmentId: 'inv_a', gateId: 'gate-g1', date: '2026-03-01', aspects, benefitRatings, decision: 'pass', reason: '',
    decidedBy: 'Programgruppen Holma', nextReviewDate: null, correctsReviewId: null, public: false, ...changes,
  };
}

const base = (): PlatsenDocument => testDoc({
  investments: [testInvestment('inv_a'), testInvestment('inv_b')],
  reviews: [
    testReview('r_a', { investmentId: 'inv_a', gateId: 'gate-g0', decision: 'pass', date: '2026-02-01' }),
    testReview('r_b', { investmentId: 'inv_b', gateId: 'gate-g0', decision: 'pass', date: '2026-02-01' }),
  ],
});
const run = (doc: PlatsenDocument, fields: GateReviewFields) => () => execute(doc, recordGateReview, fields, testContext());

describe('record a gate review', () => {
  it('adds a new review stamped with the gate code, and the investment moves on', () => {
    const { doc, patch } = doUndoRedo(base(), recordGateReview, strongPass({ nextReviewDate: '2026-09-01' }));
    expect(doc.reviews.rev_1).toMatchObject({ gateId: 'gate-g1', gateCode: 'G1', decision: 'pass', createdAt: testContext().now });
    expect(patch.reviews?.map((c) => [c.op, c.id])).toEqual([['create', 'rev_1']]);
    expect(derivePhase(Object.values(doc.reviews).filter((r) => r.investmentId === 'inv_a'), Object.values(doc.workspace)[0]!.settings.gates))
      .toMatchObject({ gateIndex: 2, status: 'active' });
  });

  it('requires a written reason to pass against a weak aspect, and accepts the pass with one', () => {
    const weak = strongPass();
    weak.aspects.market = { rating: 'weak', comment: 'Ingen fastighetsägare är intresserad än' };
    weak.benefitRatings.economic = 'notAssessed';
    expectDomainError(run(base(), weak), 'review.error.reasonRequired', { weak: 'market, economic' });
    expectDomainError(run(base(), { ...weak, reason: '  ' }), 'review.error.reasonRequired');
    const { doc } = doUndoRedo(base(), recordGateReview, { ...weak, reason: 'Nyttan för de boende är så stor att det är värt det' });
    expect(doc.reviews.rev_1!.reason).toBe('Nyttan för de boende är så stor att det är värt det');
  });

  it('lets the group wait or stop without a reason, whatever the ratings', () => {
    for (const decision of ['wait', 'stop'] as const) {
      const fields = strongPass({ decision, aspects: blankAspects(), benefitRatings: blankBenefitRatings() });
      expect(doUndoRedo(base(), recordGateReview, fields).doc.reviews.rev_1!.decision).toBe(decision);
    }
  });

  it('refuses an unknown gate or investment, a malformed date and a missing decision maker', () => {
    expectDomainError(run(base(), strongPass({ gateId: 'gate-x' })), 'review.error.unknownGate', { gate: 'gate-x' });
    expectDomainError(run(base(), strongPass({ investmentId: 'inv_x' })), 'investment.error.notFound', { id: 'inv_x' });
    expectDomainError(run(base(), strongPass({ date: '2026-13-01' })), 'review.error.date', { value: '2026-13-01' });
    expectDomainError(run(base(), strongPass({ nextReviewDate: '1 mars' })), 'review.error.date', { value: '1 mars' });
    expectDomainError(run(base(), strongPass({ decidedBy: ' ' })), 'review.error.decidedByRequired');
  });
});

describe('corrections', () => {
  it('are new reviews that leave the corrected one in the history', () => {
    const fix = strongPass({ gateId: 'gate-g0', decision: 'wait', date: '2026-02-01', correctsReviewId: 'r_a' });
    const before = base();
    const { doc, patch } = doUndoRedo(before, recordGateReview, fix);
    expect(doc.reviews.r_a).toBe(before.reviews.r_a);
    expect(patch.reviews?.map((c) => c.op)).toEqual(['create']);
    expect(doc.reviews.rev_1!.correctsReviewId).toBe('r_a');
  });

  it('must correct an existing review of the same investment', () => {
    expectDomainError(run(base(), strongPass({ correctsReviewId: 'r_b' })), 'review.error.correctsUnknown');
    expectDomainError(run(base(), strongPass({ correctsReviewId: 'r_none' })), 'review.error.correctsUnknown');
  });

  it('correct the latest version: a review already corrected cannot be corrected again', () => {
    const ctx = testContext();
    const first = doUndoRedo(base(), recordGateReview, strongPass({ gateId: 'gate-g0', correctsReviewId: 'r_a', decision: 'wait' }), ctx).doc;
    expectDomainError(run(first, strongPass({ gateId: 'gate-g0', correctsReviewId: 'r_a', decision: 'stop' })), 'review.error.alreadyCorrected');
    const second = doUndoRedo(first, recordGateReview, strongPass({ gateId: 'gate-g0', correctsReviewId: 'rev_1', decision: 'stop' }), ctx).doc;
    expect(second.reviews.rev_2!.correctsReviewId).toBe('rev_1');
    expect(Object.keys(second.reviews).sort()).toEqual(['r_a', 'r_b', 'rev_1', 'rev_2']);
  });
});

describe('reviews are append-only', () => {
  it('only recording appends reviews, and only deleting an investment removes its history with it', () => {
    // A new command that puts or deletes reviews must keep the history append-only; add it here knowingly.
    const dir = new URL('.', import.meta.url);
    const touching = readdirSync(dir)
      .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'))
      .filter((f) => /(putInto|deleteInto)\(\w+(\(\))?,\s*'reviews'/.test(readFileSync(new URL(f, dir), 'utf8')));
    expect(touching.sort()).toEqual(['delete-investments.ts', 'record-gate-review.ts']);
  });
});
