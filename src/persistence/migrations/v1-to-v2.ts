// Schema 1 -> 2. Version 1 (the first release) kept an investment's budget as one SEK figure and
// knew nothing of whole-area investments, manual area overrides, benefit ratings at gates or public
// reviews. The record functions are pure so they can be tested without a database.
import type { Transaction } from 'dexie';
import { blankBenefitRatings } from '../../domain/gates';
import type { GateReview, Investment } from '../../domain/model';

/** An investment as schema 1 stored it. */
export type InvestmentV1 = Omit<Investment, 'budget' | 'wholeArea' | 'areaOverride'> & {
  /** One-off investment, SEK. */
  budget: number;
};

/** A gate review as schema 1 stored it. */
export type GateReviewV1 = Omit<GateReview, 'benefitRatings' | 'public'>;

export function investmentV1ToV2(old: InvestmentV1): Investment {
  return {
    ...old,
    // The single figure was always the one-off investment; the other two were not recorded, so 0.
    budget: { investment: old.budget, operatingPerYear: 0, externalFunding: 0 },
    wholeArea: false,
    // v1 always derived the area from the geometry, so no stored area was a manual choice.
    areaOverride: false,
  };
}

export function reviewV1ToV2(old: GateReviewV1): GateReview {
  // Old reviews were internal by default and never rated benefits: say so rather than guess.
  return { ...old, benefitRatings: blankBenefitRatings(), public: false };
}

/** Dexie upgrade callback: rewrites every stored investment and review in the upgrade transaction. */
export async function upgradeV1ToV2(tx: Transaction): Promise<void> {
  await tx.table<InvestmentV1, string, Investment>('investments').toCollection().modify((rec, ref) => {
    ref.value = investmentV1ToV2(rec);
  });
  await tx.table<GateReviewV1, string, GateReview>('reviews').toCollection().modify((rec, ref) => {
    ref.value = reviewV1ToV2(rec);
  });
}
