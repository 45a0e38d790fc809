// A browser holds a database written by a schema-2 release. Schema 3 only adds tables, so opening
// it must keep every record exactly and give the new tables, empty and usable.
import { describe, expect, it } from 'vitest';
import v2 from '../../test/fixtures/db/v2-workspace.json';
import { DB_VERSION } from './db';
import { loadDocument, writePatch } from './repository';
import { expectDumpKept, openUpgraded, type Dump } from './testing';

const stores = v2.stores as unknown as Dump;

/** Schema 2 as released (frozen here on purpose). */
const openUpgradedFromV2 = () => openUpgraded(2, {
  workspace: 'id', areas: 'id', programmes: 'id, areaId', investments: 'id, areaId, kind, category, departmentId',
  reviews: 'id, investmentId', goals: 'id', departments: 'id', meta: 'key',
}, stores);

describe('upgrade from schema 2', () => {
  it('keeps every record exactly and adds the schema-3 tables empty', async () => {
    const db = await openUpgradedFromV2();
    expect(db.verno).toBe(DB_VERSION);
    const doc = await loadDocument(db);
    expectDumpKept(doc, stores);
    expect(doc.indicators).toEqual({});
    expect(doc.notes).toEqual({});
    db.close();
  });

  it('can write to the new tables after the upgrade', async () => {
    const db = await openUpgradedFromV2();
    const programmeId = stores.programmes![0]!.id!;
    const indicator = {
      id: 'ind_1', createdAt: 'x', updatedAt: 'x', programmeId, name: 'Arbetslöshet', unit: '%', statistic: 'unemp',
      source: 'SCB', baseline: null, target: null, measurements: [], benefitDimension: null, sdgs: [], public: false,
    };
    await writePatch(db, { indicators: [{ op: 'create', id: indicator.id, record: indicator }] });
    expect(await db.indicators.where('programmeId').equals(programmeId).count()).toBe(1);
    db.close();
  });
});
