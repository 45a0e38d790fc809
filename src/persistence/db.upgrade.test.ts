// A user's browser holds a database written by the first release (schema 1). Opening it with this
// release must migrate every record and lose none.
import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { TABLES } from '../domain/model';
import v1 from '../../test/fixtures/db/v1-workspace.json';
import { DB_VERSION, PlatsenDb } from './db';
import { investmentV1ToV2, reviewV1ToV2, type GateReviewV1, type InvestmentV1 } from './migrations/v1-to-v2';
import { loadDocument } from './repository';
import { freshIdb } from './testing';

type Dump = Record<string, Array<Record<string, unknown>>>;
const stores = v1.stores as unknown as Dump;

/** Writes the fixture with a Dexie that knows only schema 1, as the first release did. */
async function createV1Database(name: string, options: ReturnType<typeof freshIdb>['options']): Promise<void> {
  const old = new Dexie(name, options);
  // The schema 1 declaration exactly as released (frozen here on purpose: db.ts may not drift it).
  old.version(1).stores({
    workspace: 'id', areas: 'id', programmes: 'id, areaId', investments: 'id, areaId, kind',
    reviews: 'id, investmentId', goals: 'id', departments: 'id', meta: 'key',
  });
  await old.transaction('rw', Object.keys(stores), async () => {
    for (const [table, rows] of Object.entries(stores)) await old.table(table).bulkAdd(rows);
  });
  old.close();
}

async function openUpgraded(): Promise<PlatsenDb> {
  const { name, options } = freshIdb();
  await createV1Database(name, options);
  const db = new PlatsenDb(name, options);
  await db.open();
  return db;
}

describe('upgrade from schema 1', () => {
  it('opens at the current schema version', async () => {
    const db = await openUpgraded();

    expect(db.verno).toBe(DB_VERSION);
    db.close();
  });

  it('turns each numeric budget into a budget object and adds the new investment flags', async () => {
    const db = await openUpgraded();

    const lighting = await db.investments.get('inv_2d8f1a6b-7c34-4e90-a5b2-3f6c9e0d1b47');
    const summerJobs = await db.investments.get('inv_7b4c0e9f-1a26-4d53-b8e1-6e2a5f3c9d04');

    expect(lighting?.budget).toEqual({ investment: 4_500_000, operatingPerYear: 0, externalFunding: 0 });
    expect(summerJobs?.budget).toEqual({ investment: 0, operatingPerYear: 0, externalFunding: 0 });
    for (const inv of [lighting, summerJobs]) {
      expect(inv?.wholeArea).toBe(false);
      expect(inv?.areaOverride).toBe(false);
    }
    db.close();
  });

  it('gives old reviews unassessed benefit ratings and keeps them internal', async () => {
    const db = await openUpgraded();

    const [review] = await db.reviews.toArray();

    expect(review?.benefitRatings).toEqual({ environmental: 'notAssessed', social: 'notAssessed', economic: 'notAssessed' });
    expect(review?.public).toBe(false);
    expect(review?.reason).toBe('Nyttan för tryggheten väger tyngre än den osäkra driftbudgeten.');
    db.close();
  });

  it('loses nothing: every record equals its v1 original plus exactly the migrated fields', async () => {
    const db = await openUpgraded();

    const doc = await loadDocument(db);

    const expected = {
      ...Object.fromEntries(TABLES.map((t) => [t, Object.fromEntries((stores[t] ?? []).map((r) => [r.id, r]))])),
      investments: Object.fromEntries(stores.investments!.map((r) => [r.id, investmentV1ToV2(r as unknown as InvestmentV1)])),
      reviews: Object.fromEntries(stores.reviews!.map((r) => [r.id, reviewV1ToV2(r as unknown as GateReviewV1)])),
    };
    expect(doc).toEqual(expected);
    expect(await db.meta.toArray()).toEqual(stores.meta);
    db.close();
  });

  it('can query investments by the indexes added in schema 2', async () => {
    const db = await openUpgraded();

    const byDept = await db.investments.where('departmentId').equals('dept_4e2b8c71-0a5d-4f39-9c16-b8e7d2a3f054').primaryKeys();
    const byCategory = await db.investments.where('category').equals('Arbete och försörjning').primaryKeys();

    expect(byDept).toEqual(['inv_2d8f1a6b-7c34-4e90-a5b2-3f6c9e0d1b47']);
    expect(byCategory).toEqual(['inv_7b4c0e9f-1a26-4d53-b8e1-6e2a5f3c9d04']);
    db.close();
  });
});

describe('v1 record migration', () => {
  it('keeps every other field of an investment as it was', () => {
    const old = stores.investments![0] as unknown as InvestmentV1;

    const { budget: _b, wholeArea: _w, areaOverride: _a, ...rest } = investmentV1ToV2(old);
    const { budget: _old, ...oldRest } = old;

    expect(rest).toEqual(oldRest);
  });

  it('keeps every other field of a review as it was', () => {
    const old = stores.reviews![0] as unknown as GateReviewV1;

    const { benefitRatings: _r, public: _p, ...rest } = reviewV1ToV2(old);

    expect(rest).toEqual(old);
  });
});
