// Record migrations between stored schema versions, as pure per-record functions: the Dexie upgrade
// (src/persistence/migrations) and the backup reader (src/domain/io/backup.ts) both run them, so a
// version-1 record becomes the same version-2 record whether it was stored in a browser or a file.
import { blankBenefitRatings } from './gates';
import type { GateReview, Id, Investment, PlatsenDocument, TableName } from './model';
import { TABLES, emptyDocument } from './model';

/** An investment as schema 1 stored it. */
export type InvestmentV1 = Omit<Investment, 'budget' | 'wholeArea' | 'areaOverride'> & {
  /** One-off investment, SEK. */
  budget: number;
};

/** A gate review as schema 1 stored it. */
export type GateReviewV1 = Omit<GateReview, 'benefitRatings' | 'public'>;

// Schema 1 -> 2. Version 1 (the first release) kept an investment's budget as one SEK figure and
// knew nothing of whole-area investments, manual area overrides, benefit ratings at gates or public
// reviews.
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

/** Tables added after schema 1, with the version that added them: older files simply lack them. */
export const TABLE_SINCE: Partial<Record<TableName, number>> = { indicators: 3, realisations: 3, notes: 3, tours: 3, divisions: 4, divisionStats: 4 };

/** True when a file of `version` may lack `table` (it did not exist yet). */
export function tableMayBeMissing(table: TableName, version: number): boolean {
  return version < (TABLE_SINCE[table] ?? 1);
}

type StoredTables = Partial<Record<TableName, Record<Id, unknown>>>;

/**
 * A whole document stored at `fromVersion`, brought up to SCHEMA_VERSION record by record. Tables
 * the old version did not have come back empty. The input is not changed.
 */
export function migrateDocument(tables: StoredTables, fromVersion: number): PlatsenDocument {
  const doc = emptyDocument();
  for (const table of TABLES) Object.assign(doc[table], tables[table]);
  if (fromVersion < 2) {
    doc.investments = mapRecords(doc.investments as unknown as Record<Id, InvestmentV1>, investmentV1ToV2);
    doc.reviews = mapRecords(doc.reviews as unknown as Record<Id, GateReviewV1>, reviewV1ToV2);
  }
  // 2 -> 3 and 3 -> 4 only added tables (3 -> 4 also the optional Workspace.kommunkod and the
  // 'imported' area source, which no older record has).
  return doc;
}

function mapRecords<A, B>(records: Record<Id, A>, f: (a: A) => B): Record<Id, B> {
  return Object.fromEntries(Object.entries(records).map(([id, r]) => [id, f(r)]));
}
