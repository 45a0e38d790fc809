// A browser holds a database written by a schema-3 release. Schema 4 adds the reference divisions
// imported from files and their statistics (new tables) and, additively, Workspace.kommunkod and the
// 'imported' area source: every stored record must come back exactly, the new tables empty and usable.
import { describe, expect, it } from 'vitest';
import type { ReferenceDivision } from '../domain/model';
import v2 from '../../test/fixtures/db/v2-workspace.json';
import { DB_VERSION } from './db';
import { loadDocument, writePatch } from './repository';
import { createPatch, expectDumpKept, openUpgraded, type Dump } from './testing';

const stores = v2.stores as unknown as Dump;
const T = '2026-11-27T09:00:00.000Z';
const tour = { id: 'tour_1', createdAt: T, updatedAt: T, title: 'Runt Lindängen', scenes: [] };

/** Schema 3 as released (frozen here on purpose), holding the v2 fixture and a tour. */
const openUpgradedFromV3 = () => openUpgraded(3, {
  workspace: 'id', areas: 'id', programmes: 'id, areaId', investments: 'id, areaId, kind, category, departmentId',
  reviews: 'id, investmentId', goals: 'id', departments: 'id', meta: 'key',
  indicators: 'id, programmeId', realisations: 'id, investmentId', notes: 'id, category, areaId', tours: 'id',
}, { ...stores, tours: [tour] });

describe('upgrade from schema 3', () => {
  it('keeps every record exactly and adds the schema-4 tables empty', async () => {
    const db = await openUpgradedFromV3();
    expect(db.verno).toBe(DB_VERSION);
    const doc = await loadDocument(db);
    expectDumpKept(doc, { ...stores, tours: [tour] });
    expect(doc.divisions).toEqual({});
    expect(doc.divisionStats).toEqual({});
    db.close();
  });

  it('can store a division and its statistics after the upgrade', async () => {
    const db = await openUpgradedFromV3();
    const division: ReferenceDivision = {
      id: 'div_1', createdAt: T, updatedAt: T, name: 'DeSO 2025', kind: 'deso', source: { file: 'deso.gpkg', importedAt: T, layer: 'DeSO_2025' },
      codeField: 'desokod', nameField: null, attribution: 'Källa: SCB (CC0)',
      parts: [{ code: '1382C1010', name: '1382C1010', geometry: { type: 'Polygon', coordinates: [[[12.49, 56.9], [12.5, 56.9], [12.5, 56.91], [12.49, 56.9]]] } }],
    };
    const stat = { id: 'div_1:pop', createdAt: T, updatedAt: T, divisionId: 'div_1', key: 'pop', values: { '1382C1010': 1500 },
      source: { file: 'pop.csv', importedAt: T, table: 'TAB6574', title: 'Folkmängd', year: '2024' } };
    await writePatch(db, { ...createPatch('divisions', [division]), ...createPatch('divisionStats', [stat]) });
    expect(await db.divisionStats.where('divisionId').equals('div_1').count()).toBe(1);
    expect((await loadDocument(db)).divisions.div_1).toEqual(division);
    db.close();
  });
});
