import { defineCommand } from './command';
import { DomainError } from '../errors';
import { isReviewComplete, weakPoints } from '../gates';
import { isIsoDate } from '../investments';
import type { GateReview } from '../model';
import { workspaceOf } from '../model';
import { emptyDraft, putInto } from '../patch';

export type GateReviewFields = Omit<GateReview, 'id' | 'createdAt' | 'updatedAt' | 'gateCode'>;

/**
 * Reviews are append-only: this is the only way a review enters the workspace, and a correction is
 * a new review naming the one it corrects. Passing against a weak point needs a written reason.
 */
export const recordGateReview = defineCommand<GateReviewFields>('command.recordGateReview', (doc, fields, ctx) => {
  if (!doc.investments[fields.investmentId]) throw new DomainError('investment.error.notFound', { id: fields.investmentId });
  const gate = workspaceOf(doc)?.settings.gates.find((g) => g.id === fields.gateId);
  if (!gate) throw new DomainError('review.error.unknownGate', { gate: fields.gateId });
  if (!isIsoDate(fields.date)) throw new DomainError('review.error.date', { value: fields.date });
  if (fields.nextReviewDate !== null && !isIsoDate(fields.nextReviewDate)) throw new DomainError('review.error.date', { value: fields.nextReviewDate });
  if (!fields.decidedBy.trim()) throw new DomainError('review.error.decidedByRequired');
  if (!isReviewComplete(fields)) throw new DomainError('review.error.reasonRequired', { weak: weakPoints(fields).join(', ') });
  if (fields.correctsReviewId) {
    const corrected = doc.reviews[fields.correctsReviewId];
    if (!corrected || corrected.investmentId !== fields.investmentId) throw new DomainError('review.error.correctsUnknown');
    // Corrections form one chain: a second correction of the same review would leave two
    // competing versions in force, so the latest version is the one to correct.
    if (Object.values(doc.reviews).some((r) => r.correctsReviewId === corrected.id)) throw new DomainError('review.error.alreadyCorrected');
  }
  const review: GateReview = { ...fields, gateCode: gate.code, id: ctx.newId('rev'), createdAt: ctx.now, updatedAt: ctx.now };
  return putInto(emptyDraft(), 'reviews', review);
});
