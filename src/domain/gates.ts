// The gate model and the five-step analysis. A gate decision is a human judgement: not all five
// aspects must be positive to pass, but passing against a weak aspect must record why.
import type { Aspect, AspectAssessment, BenefitDimension, GateDef, GateReview, Rating } from './model';
import { ASPECTS, BENEFIT_DIMENSIONS } from './model';

export const DEFAULT_GATES: GateDef[] = [
  { id: 'gate-g0', code: 'G0', name: { sv: 'Idé', en: 'Idea' } },
  { id: 'gate-g1', code: 'G1', name: { sv: 'Förstudie', en: 'Pre-study' } },
  { id: 'gate-g2', code: 'G2', name: { sv: 'Planering', en: 'Planning' } },
  { id: 'gate-g3', code: 'G3', name: { sv: 'Genomförande', en: 'Implementation' } },
  { id: 'gate-g4', code: 'G4', name: { sv: 'Leverans', en: 'Delivery' } },
  { id: 'gate-g5', code: 'G5', name: { sv: 'Nyttorealisering', en: 'Benefits realisation' } },
];

/** Ratings that make a pass need a written reason. */
const NEEDS_REASON: ReadonlySet<Rating> = new Set<Rating>(['weak', 'negative', 'notAssessed']);

export type ReviewDraft = Pick<GateReview, 'aspects' | 'benefitRatings' | 'decision' | 'reason'>;

/** Every aspect (and benefit dimension) whose rating means a pass must be argued. */
export function weakPoints(review: Pick<ReviewDraft, 'aspects' | 'benefitRatings'>): Array<Aspect | BenefitDimension> {
  const weak: Array<Aspect | BenefitDimension> = ASPECTS.filter((a) => NEEDS_REASON.has(review.aspects[a].rating));
  for (const d of BENEFIT_DIMENSIONS) if (NEEDS_REASON.has(review.benefitRatings[d])) weak.push(d);
  return weak;
}

/** True when the draft passes against a weak point, so it must carry a written reason. */
export function reasonRequired(review: ReviewDraft): boolean {
  return review.decision === 'pass' && weakPoints(review).length > 0;
}

/** True when this draft may be saved: a pass against any weak point needs a non-blank reason. */
export function isReviewComplete(review: ReviewDraft): boolean {
  return !reasonRequired(review) || review.reason.trim().length > 0;
}

export function blankAspects(): Record<Aspect, AspectAssessment> {
  return Object.fromEntries(ASPECTS.map((a) => [a, { rating: 'notAssessed', comment: '' }])) as Record<Aspect, AspectAssessment>;
}

export function blankBenefitRatings(): Record<BenefitDimension, Rating> {
  return Object.fromEntries(BENEFIT_DIMENSIONS.map((d) => [d, 'notAssessed'])) as Record<BenefitDimension, Rating>;
}
