import { describe, expect, it } from 'vitest';
import { rect, testArea, testDoc, testInvestment, testWorkspace } from '../test-kit';
import { compareBackup, conflictCount, mergeBackup } from './merge-backup';

function mine() {
  return testDoc({
    areas: [testArea('a1', 'Lindängen', rect(13, 55.6, 13.01, 55.61))],
    investments: [testInvestment('i1', { title: 'Min titel' }), testInvestment('i2'), testInvestment('mineOnly')],
  });
}

function theirs() {
  return testDoc({
    workspace: testWorkspace({ id: 'ws-other', name: 'Deras namn' }),
    areas: [testArea('a1', 'Lindängen', rect(13, 55.6, 13.01, 55.61)), testArea('a9', 'Ny', rect(13.02, 55.6, 13.03, 55.61))],
    investments: [testInvestment('i1', { title: 'Deras titel' }), testInvestment('i2'), testInvestment('new')],
  });
}

describe('compareBackup', () => {
  it('counts added, equal, only-mine and conflicting records per table', () => {
    const c = compareBackup(mine(), theirs());
    expect(c.investments).toEqual({ added: 1, same: 1, onlyMine: 1, conflicts: ['i1'] });
    expect(c.areas).toEqual({ added: 1, same: 1, onlyMine: 0, conflicts: [] });
    // Two workspace records are the same workspace: a conflict, never a second workspace.
    expect(c.workspace).toEqual({ added: 0, same: 0, onlyMine: 0, conflicts: ['ws'] });
    expect(conflictCount(c)).toBe(2);
  });

  it('finds no conflict between a workspace and its own backup, whatever the key order', () => {
    const d = mine();
    const reordered = JSON.parse(JSON.stringify(d, (_k, v: unknown) =>
      v && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).reverse()) : v)) as typeof d;
    expect(conflictCount(compareBackup(d, reordered))).toBe(0);
  });
});

describe('mergeBackup', () => {
  it('keeps mine in conflicts by default and adds what is new', () => {
    const merged = mergeBackup(mine(), theirs(), {});
    expect(merged.investments.i1!.title).toBe('Min titel');
    expect(Object.keys(merged.investments).sort()).toEqual(['i1', 'i2', 'mineOnly', 'new']);
    expect(Object.keys(merged.areas).sort()).toEqual(['a1', 'a9']);
    expect(Object.values(merged.workspace).map((w) => w.name)).toEqual(['Test']);
  });

  it('takes theirs per table, and the workspace keeps one record under my id', () => {
    const merged = mergeBackup(mine(), theirs(), { investments: 'theirs', workspace: 'theirs' });
    expect(merged.investments.i1!.title).toBe('Deras titel');
    expect(merged.investments.mineOnly).toBeDefined();
    expect(Object.values(merged.workspace)).toEqual([expect.objectContaining({ id: 'ws', name: 'Deras namn' })]);
  });

  it('does not change either input', () => {
    const [m, t] = [mine(), theirs()];
    const [mc, tc] = [structuredClone(m), structuredClone(t)];
    mergeBackup(m, t, { investments: 'theirs' });
    expect([m, t]).toEqual([mc, tc]);
  });
});
