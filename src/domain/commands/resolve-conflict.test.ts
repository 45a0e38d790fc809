// "Behåll min" / "ta deras" of a conflict the server answered: an ordinary undoable edit of the
// record as it is now (the server's, after the sync), which only touches what the author changed.
import { describe, expect, it } from 'vitest';
import { execute } from './command';
import { resolveConflict } from './resolve-conflict';
import type { ConflictRecord } from '../sync/log';
import { doUndoRedo, testContext, testDoc, testInvestment } from '../test-kit';

const seed = testInvestment('inv_park', { title: 'Parken', description: 'Deras text' });
const theirs = { ...seed, budget: { ...seed.budget, investment: 3_100_000 } };
// The author changed the budget (contested) and the description (nobody else did; already merged).
const mine = { ...theirs, budget: { ...theirs.budget, investment: 2_500_000 }, description: 'Min text' };
const conflict: ConflictRecord = {
  table: 'investments', id: 'inv_park', fields: [['budget', 'investment']], server: theirs, version: 4,
  mine, changed: [['budget', 'investment'], ['description']],
};
const base = () => testDoc({ investments: [{ ...theirs, description: 'Min text' }] });

describe('resolve a conflict', () => {
  it('behåll min: the author\'s value of every field the edit changed comes back, undoably', () => {
    const { doc } = doUndoRedo(base(), resolveConflict, { conflict, choice: 'mine' });
    expect(doc.investments.inv_park).toMatchObject({ budget: { investment: 2_500_000 }, description: 'Min text', title: 'Parken' });
  });

  it('ta deras: the contested field keeps their value and nothing else changes', () => {
    expect(execute(base(), resolveConflict, { conflict, choice: 'theirs' }, testContext())).toBeNull();
  });

  it('a record the other person deleted comes back only when its author keeps their own', () => {
    const gone = { ...conflict, server: null, fields: [] };
    const empty = testDoc({});
    expect(doUndoRedo(empty, resolveConflict, { conflict: gone, choice: 'mine' }).doc.investments.inv_park).toEqual(mine);
    expect(execute(empty, resolveConflict, { conflict: gone, choice: 'theirs' }, testContext())).toBeNull();
  });
});
