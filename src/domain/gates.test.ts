import { describe, expect, it } from 'vitest';
import { blankAspects, blankBenefitRatings, isReviewComplete, reasonRequired, weakPoints, type ReviewDraft } from './gates';
import type { Aspect, BenefitDimension, Decision, Rating } from './model';
import { ASPECTS, BENEFIT_DIMENSIONS } from './model';

function allStrong(decision: Decision, reason = ''): ReviewDraft {
  const aspects = blankAspects();
  for (const a of ASPECTS) aspects[a] = { rating: 'strong', comment: '' };
  const benefitRatings = blankBenefitRatings();
  for (const d of BENEFIT_DIMENSIONS) benefitRatings[d] = 'strong';
  return { aspects, benefitRatings, decision, reason };
}

function withAspect(aspect: Aspect, rating: Rating, decision: Decision, reason = ''): ReviewDraft {
  const draft = allStrong(decision, reason);
  draft.aspects[aspect] = { rating, comment: '' };
  return draft;
}

function withBenefit(dim: BenefitDimension, rating: Rating, decision: Decision, reason = ''): ReviewDraft {
  const draft = allStrong(decision, reason);
  draft.benefitRatings[dim] = rating;
  return draft;
}

describe('passing a gate against a weak point', () => {
  it('needs no reason when every aspect and benefit is strong', () => {
    const draft = allStrong('pass');
    expect(weakPoints(draft)).toEqual([]);
    expect(reasonRequired(draft)).toBe(false);
    expect(isReviewComplete(draft)).toBe(true);
  });

  it('accepts positive and neutral ratings without a reason', () => {
    const draft = withAspect('market', 'neutral', 'pass');
    draft.aspects.economy = { rating: 'positive', comment: '' };
    draft.benefitRatings.social = 'neutral';
    expect(isReviewComplete(draft)).toBe(true);
  });

  it.each(['weak', 'negative', 'notAssessed'] as const)('needs a written reason to pass with an aspect rated %s', (rating) => {
    for (const aspect of ASPECTS) {
      const draft = withAspect(aspect, rating, 'pass');
      expect(weakPoints(draft)).toEqual([aspect]);
      expect(isReviewComplete(draft)).toBe(false);
      expect(isReviewComplete({ ...draft, reason: 'Marknaden är mogen nu' })).toBe(true);
    }
  });

  it.each(['weak', 'negative', 'notAssessed'] as const)('needs a written reason to pass with a benefit rated %s', (rating) => {
    for (const dim of BENEFIT_DIMENSIONS) {
      const draft = withBenefit(dim, rating, 'pass');
      expect(weakPoints(draft)).toEqual([dim]);
      expect(isReviewComplete(draft)).toBe(false);
      expect(isReviewComplete({ ...draft, reason: 'Nyttan för de boende väger tyngre' })).toBe(true);
    }
  });

  it('does not count a blank or whitespace-only reason', () => {
    expect(isReviewComplete(withAspect('economy', 'negative', 'pass', '   \n\t'))).toBe(false);
  });

  it('never needs a reason to wait or stop, however weak the aspects', () => {
    for (const decision of ['wait', 'stop'] as const) {
      const draft: ReviewDraft = { aspects: blankAspects(), benefitRatings: blankBenefitRatings(), decision, reason: '' };
      expect(weakPoints(draft)).toHaveLength(ASPECTS.length + BENEFIT_DIMENSIONS.length);
      expect(reasonRequired(draft)).toBe(false);
      expect(isReviewComplete(draft)).toBe(true);
    }
  });

  it('lists weak aspects in the order of the five steps, then benefit dimensions', () => {
    const draft = withAspect('governance', 'weak', 'pass');
    draft.aspects.strategy = { rating: 'negative', comment: '' };
    draft.benefitRatings.economic = 'notAssessed';
    expect(weakPoints(draft)).toEqual(['strategy', 'governance', 'economic']);
  });

  it('starts a blank review with every aspect and benefit not assessed', () => {
    expect(Object.values(blankAspects())).toEqual(ASPECTS.map(() => ({ rating: 'notAssessed', comment: '' })));
    expect(Object.values(blankBenefitRatings())).toEqual(BENEFIT_DIMENSIONS.map(() => 'notAssessed'));
    // Each call gives a fresh object: editing one draft must not leak into another.
    const a = blankAspects();
    a.market.rating = 'strong';
    expect(blankAspects().market.rating).toBe('notAssessed');
  });
});
