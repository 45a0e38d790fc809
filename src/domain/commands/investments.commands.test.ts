import { describe, expect, it } from 'vitest';
import { addInvestment, type AddInvestmentArgs } from './add-investment';
import { execute } from './command';
import { deleteInvestments } from './delete-investments';
import { duplicateInvestment } from './duplicate-investment';
import { updateInvestments } from './update-investments';
import type { Point } from 'geojson';
import type { Investment, PlatsenDocument } from '../model';
import { doUndoRedo, expectDomainError, rect, testArea, testContext, testDoc, testInvestment, testReview } from '../test-kit';

const holma = testArea('A', 'Holma', rect(13.0, 55.6, 13.02, 55.62));
const rosengard = testArea('B', 'Rosengård', rect(13.03, 55.6, 13.05, 55.62));
const point = (lon: number, lat = 55.61): Point => ({ type: 'Point', coordinates: [lon, lat] });
const IN_HOLMA = point(13.01);
const IN_ROSENGARD = point(13.04);
const OUTSIDE = point(13.1);

const base = (): PlatsenDocument => testDoc({
  areas: [holma, rosengard],
  investments: [
    testInvestment('i1', { geometry: IN_HOLMA, areaId: 'A' }),
    testInvestment('i2', { geometry: IN_ROSENGARD, areaId: 'B', kind: 'social' }),
  ],
  reviews: [
    testReview('r1', { investmentId: 'i1', gateId: 'gate-g0', decision: 'pass' }),
    testReview('r2', { investmentId: 'i1', gateId: 'gate-g1', decision: 'wait', date: '2026-02-15' }),
    testReview('r3', { investmentId: 'i2', gateId: 'gate-g0', decision: 'wait' }),
  ],
});
const park = (changes: Partial<AddInvestmentArgs> = {}): AddInvestmentArgs =>
  ({ title: 'Ny park vid skolan', kind: 'physical', category: 'Park', geometry: IN_HOLMA, ...changes });

describe('add an investment', () => {
  it('attaches it to the area that contains it', () => {
    const { doc } = doUndoRedo(base(), addInvestment, park());
    expect(doc.investments.inv_1).toMatchObject({ title: 'Ny park vid skolan', areaId: 'A', areaOverride: false, createdAt: testContext().now });
    expect(doUndoRedo(base(), addInvestment, park({ geometry: IN_ROSENGARD })).doc.investments.inv_1!.areaId).toBe('B');
    expect(doUndoRedo(base(), addInvestment, park({ geometry: OUTSIDE })).doc.investments.inv_1!.areaId).toBeNull();
  });

  it('gives a whole-area investment the geometry of its area', () => {
    const { doc } = doUndoRedo(base(), addInvestment, park({ kind: 'social', wholeArea: true, areaId: 'B', geometry: IN_HOLMA }));
    expect(doc.investments.inv_1).toMatchObject({ areaId: 'B', geometry: rosengard.geometry });
    // Drawn in Holma without choosing an area: it finds its area first.
    const drawn = doUndoRedo(base(), addInvestment, park({ wholeArea: true, geometry: IN_HOLMA })).doc.investments.inv_1!;
    expect(drawn).toMatchObject({ areaId: 'A', geometry: holma.geometry });
  });
});

describe('update investments', () => {
  it('re-attaches an investment moved into another area', () => {
    const { doc } = doUndoRedo(base(), updateInvestments, { ids: ['i1'], changes: { geometry: IN_ROSENGARD } });
    expect(doc.investments.i1).toMatchObject({ areaId: 'B', geometry: IN_ROSENGARD, updatedAt: testContext().now });
  });

  it('keeps an area chosen by hand when the investment is moved, until the choice is cleared', () => {
    const chosen = doUndoRedo(base(), updateInvestments, { ids: ['i1'], changes: { areaId: 'B' } }).doc;
    expect(chosen.investments.i1).toMatchObject({ areaId: 'B', areaOverride: true });
    const moved = doUndoRedo(chosen, updateInvestments, { ids: ['i1'], changes: { geometry: point(13.015) } }).doc;
    expect(moved.investments.i1).toMatchObject({ areaId: 'B', areaOverride: true });
    const cleared = doUndoRedo(moved, updateInvestments, { ids: ['i1'], changes: { areaOverride: false } }).doc;
    expect(cleared.investments.i1).toMatchObject({ areaId: 'A', areaOverride: false });
  });

  it('makes an investment cover its whole area', () => {
    const { doc } = doUndoRedo(base(), updateInvestments, { ids: ['i2'], changes: { wholeArea: true } });
    expect(doc.investments.i2).toMatchObject({ wholeArea: true, areaId: 'B', geometry: rosengard.geometry });
  });

  it('edits many investments in one undoable step', () => {
    const applied = doUndoRedo(base(), updateInvestments, { ids: ['i1', 'i2'], changes: { departmentId: 'd1', visibility: 'public' } });
    expect(applied.patch.investments).toHaveLength(2);
    for (const id of ['i1', 'i2']) expect(applied.doc.investments[id]).toMatchObject({ departmentId: 'd1', visibility: 'public' });
  });

  it('refuses an unknown investment and changes nothing', () => {
    expectDomainError(() => execute(base(), updateInvestments, { ids: ['i1', 'nope'], changes: { title: 'x' } }, testContext()),
      'investment.error.notFound', { id: 'nope' });
  });
});

describe('validation', () => {
  const invalid: Array<[string, Partial<Investment>, string, Record<string, string | number>?]> = [
    ['an empty title', { title: '   ' }, 'investment.error.titleRequired'],
    ['a title over 200 characters', { title: 'x'.repeat(201) }, 'investment.error.titleTooLong', { max: 200 }],
    ['a negative budget', { budget: { investment: -1, operatingPerYear: 0, externalFunding: 0 } }, 'investment.error.budget', { field: 'investment' }],
    ['a budget that is not a number', { budget: { investment: 0, operatingPerYear: NaN, externalFunding: 0 } }, 'investment.error.budget', { field: 'operatingPerYear' }],
    ['Agenda 2030 goal 18', { sdgs: [11, 18] }, 'investment.error.sdg'],
    ['NaN coordinates', { geometry: { type: 'Point', coordinates: [13.01, NaN] } }, 'geometry.error.notFinite'],
    ['an end before the start', { startDate: '2026-05-01', endDate: '2026-04-30' }, 'investment.error.dateOrder'],
    ['a malformed date', { startDate: '2026-02-01x' }, 'investment.error.date', { value: '2026-02-01x' }],
    ['a day the month does not have', { endDate: '2026-02-30' }, 'investment.error.date', { value: '2026-02-30' }],
  ];

  it.each(invalid)('refuses to add an investment with %s', (_, changes, code, params) => {
    expectDomainError(() => execute(base(), addInvestment, park(changes as Partial<AddInvestmentArgs>), testContext()), code, params);
  });

  it.each(invalid)('refuses to change an investment to %s', (_, changes, code, params) => {
    expectDomainError(() => execute(base(), updateInvestments, { ids: ['i1'], changes }, testContext()), code, params);
  });

  it('accepts a start and end on the same day', () => {
    const { doc } = doUndoRedo(base(), updateInvestments, { ids: ['i1'], changes: { startDate: '2026-05-01', endDate: '2026-05-01' } });
    expect(doc.investments.i1!.endDate).toBe('2026-05-01');
  });
});

describe('delete investments', () => {
  it('removes the investments with their review history, and undo brings both back', () => {
    const before = base();
    const { doc, inverse } = doUndoRedo(before, deleteInvestments, { ids: ['i1'] });
    expect(Object.keys(doc.investments)).toEqual(['i2']);
    expect(Object.keys(doc.reviews)).toEqual(['r3']);
    expect(inverse.reviews?.map((c) => [c.op, c.id]).sort()).toEqual([['create', 'r1'], ['create', 'r2']]);
  });

  it('does nothing for ids that are already gone', () => {
    expect(execute(base(), deleteInvestments, { ids: ['nope'] }, testContext())).toBeNull();
  });
});

describe('duplicate an investment', () => {
  it('copies everything but the id, title, time stamps and review history', () => {
    const { doc } = doUndoRedo(base(), duplicateInvestment, { id: 'i1', title: 'Kopia av park' });
    const { id, title, createdAt, updatedAt, ...rest } = doc.investments.inv_1!;
    const { id: _id, title: _t, createdAt: _c, updatedAt: _u, ...original } = doc.investments.i1!;
    expect({ id, title, createdAt, updatedAt }).toEqual({ id: 'inv_1', title: 'Kopia av park', createdAt: testContext().now, updatedAt: testContext().now });
    expect(rest).toEqual(original);
    expect(Object.values(doc.reviews).filter((r) => r.investmentId === 'inv_1')).toEqual([]);
  });

  it('does not share nested data with the original', () => {
    const doc = testDoc({ investments: [testInvestment('i1', { partners: ['MKB'] })] });
    const copy = doUndoRedo(doc, duplicateInvestment, { id: 'i1', title: 'Kopia' }).doc.investments.inv_1!;
    expect(copy.partners).toEqual(['MKB']);
    expect(copy.partners).not.toBe(doc.investments.i1!.partners);
  });

  it('refuses an unknown investment or a blank title', () => {
    expectDomainError(() => execute(base(), duplicateInvestment, { id: 'nope', title: 'x' }, testContext()), 'investment.error.notFound');
    expectDomainError(() => execute(base(), duplicateInvestment, { id: 'i1', title: ' ' }, testContext()), 'investment.error.titleRequired');
  });
});
