// Schema 1 -> 2 in the database. The record functions live in src/domain/migrations.ts (pure, also
// used when reading a version-1 backup file); this module applies them in the upgrade transaction.
import type { Transaction } from 'dexie';
import { investmentV1ToV2, reviewV1ToV2, type GateReviewV1, type InvestmentV1 } from '../../domain/migrations';
import type { GateReview, Investment } from '../../domain/model';

export { investmentV1ToV2, reviewV1ToV2, type GateReviewV1, type InvestmentV1 };

/** Dexie upgrade callback: rewrites every stored investment and review in the upgrade transaction. */
export async function upgradeV1ToV2(tx: Transaction): Promise<void> {
  await tx.table<InvestmentV1, string, Investment>('investments').toCollection().modify((rec, ref) => {
    ref.value = investmentV1ToV2(rec);
  });
  await tx.table<GateReviewV1, string, GateReview>('reviews').toCollection().modify((rec, ref) => {
    ref.value = reviewV1ToV2(rec);
  });
}
