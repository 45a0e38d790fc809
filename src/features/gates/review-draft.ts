// The review form's working copy: what the user is filling in, before it becomes a recorded review.
// Dates are kept as the strings the date inputs hold ('' = no next review date).
import type { GateReviewFields } from '../../domain/commands/record-gate-review';
import { blankAspects, blankBenefitRatings } from '../../domain/gates';
import type { Decision, GateReview, Id } from '../../domain/model';

// The decision starts unchosen: the form must not nudge the programme group towards passing.
export type ReviewDraft = Pick<GateReview, 'aspects' | 'benefitRatings' | 'reason' | 'date' | 'decidedBy' | 'public'> & {
  decision: Decision | null;
  nextReviewDate: string;
};

/** A draft whose decision has been chosen, so it can be checked by the gate rules and saved. */
export type DecidedDraft = ReviewDraft & { decision: Decision };

export function isDecided(draft: ReviewDraft): draft is DecidedDraft {
  return draft.decision !== null;
}

export function blankDraft(date: string, decidedBy: string): ReviewDraft {
  return {
    aspects: blankAspects(), benefitRatings: blankBenefitRatings(), decision: null, reason: '',
    date, decidedBy, public: false, nextReviewDate: '',
  };
}

/** A correction starts from the review it corrects, so only what was wrong needs changing. */
export function draftFrom(review: GateReview): ReviewDraft {
  return {
    aspects: structuredClone(review.aspects), benefitRatings: { ...review.benefitRatings }, decision: review.decision,
    reason: review.reason, date: review.date, decidedBy: review.decidedBy, public: review.public,
    nextReviewDate: review.nextReviewDate ?? '',
  };
}

export function toReviewFields(draft: DecidedDraft, investmentId: Id, gateId: Id, correctsReviewId: Id | null): GateReviewFields {
  return {
    ...draft, investmentId, gateId, correctsReviewId,
    reason: draft.reason.trim(), decidedBy: draft.decidedBy.trim(),
    nextReviewDate: draft.nextReviewDate || null,
  };
}
