import { describe, expect, it } from 'vitest';
import { changesOnto, differingPaths, openDraft, rebaseDraft } from './draft-rebase';

const opened = { title: 'Park', description: 'Gammal', budget: { investment: '100', operatingPerYear: '' }, sdgs: [11] };

describe('an open form whose record changes under it', () => {
  it('takes the new values where the user changed nothing and keeps the user\'s changes on top', () => {
    const typed = { ...openDraft(opened), draft: { ...opened, title: 'Min titel', budget: { ...opened.budget, operatingPerYear: '5' } } };
    const next = { ...opened, description: 'Ny från flik B', budget: { ...opened.budget, investment: '900' } };
    const state = rebaseDraft(typed, next);
    expect(state.draft).toEqual({ title: 'Min titel', description: 'Ny från flik B', budget: { investment: '900', operatingPerYear: '5' }, sdgs: [11] });
    expect(state.base).toBe(next);
    expect(state.changedUnder).toEqual([['description'], ['budget', 'investment']]);
    expect(state.clashes).toEqual([]);
  });

  it('names a field both changed to different values, and keeps the user\'s value', () => {
    const typed = { ...openDraft(opened), draft: { ...opened, title: 'Min titel' } };
    const state = rebaseDraft(typed, { ...opened, title: 'Deras titel' });
    expect(state.draft.title).toBe('Min titel');
    expect(state.clashes).toEqual([['title']]);
    // Once the record holds the user's value too, it is no longer a clash.
    expect(rebaseDraft(state, { ...opened, title: 'Min titel' }).clashes).toEqual([]);
  });
});

describe('what a form sends', () => {
  it('only the fields the user changed, with object fields laid over their current value', () => {
    const edited = { ...opened, title: 'Ny', budget: { ...opened.budget, investment: '200' } };
    const current = { ...opened, title: 'Annan', budget: { investment: '100', operatingPerYear: '7' }, description: 'Deras' };
    expect(changesOnto(opened, edited, current)).toEqual({ title: 'Ny', budget: { investment: '200', operatingPerYear: '7' } });
    expect(changesOnto(opened, opened, current)).toEqual({});
    expect(differingPaths(opened, edited)).toEqual([['title'], ['budget', 'investment']]);
  });
});
