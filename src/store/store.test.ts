import { describe, expect, it } from 'vitest';
import { createPlatsenStore } from './store';
import { addInvestment } from '../domain/commands/add-investment';
import { updateInvestments } from '../domain/commands/update-investments';
import type { Patch } from '../domain/patch';
import { testDoc, testInvestment, testWorkspace } from '../domain/test-kit';

const point = { type: 'Point' as const, coordinates: [13.005, 55.605] };

function storeWith(save: (patch: Patch) => Promise<void>) {
  const store = createPlatsenStore(save);
  store.load(testDoc({ workspace: testWorkspace(), investments: [testInvestment('a', { title: 'Park' })] }));
  return store;
}

describe('the store', () => {
  it('applies an edit, saves its patch, and undoes and redoes it (each saved too)', async () => {
    const saved: Patch[] = [];
    const store = storeWith(async (p) => { saved.push(p); });
    expect(await store.dispatch(updateInvestments, { ids: ['a'], changes: { title: 'Parken' } })).toEqual({ ok: true });
    expect(store.getState().doc.investments.a!.title).toBe('Parken');
    await store.undo();
    expect(store.getState().doc.investments.a!.title).toBe('Park');
    await store.redo();
    expect(store.getState().doc.investments.a!.title).toBe('Parken');
    expect(saved.map((p) => (p.put.investments?.[0] as { title: string }).title)).toEqual(['Parken', 'Park', 'Parken']);
  });

  it('refuses a rule-breaking edit with its message key and changes nothing', async () => {
    const save = async () => { throw new Error('must not be called'); };
    const store = storeWith(save);
    const before = store.getState().doc;
    const result = await store.dispatch(addInvestment, { title: '  ', kind: 'social', category: 'youth', geometry: point });
    expect(result).toEqual({ ok: false, error: { code: 'investment.error.titleRequired', params: {} } });
    expect(store.getState().doc).toBe(before);
    expect(store.getState().past).toHaveLength(0);
  });

  it('rolls back a failed write, drops it from history and tells the user why', async () => {
    const store = storeWith(async () => { throw Object.assign(new Error('full'), { code: 'quota' }); });
    const before = store.getState().doc;
    const result = await store.dispatch(updateInvestments, { ids: ['a'], changes: { title: 'Parken' } });
    expect(result.ok).toBe(false);
    expect(store.getState().doc.investments).toEqual(before.investments);
    expect(store.getState().past).toHaveLength(0);
    expect(store.getState().session.notices.map((n) => n.key)).toEqual(['persistence.error.quota']);
    expect(store.getState().session.storage.pending).toBe(0);
  });

  it('keeps session changes out of history', () => {
    const store = storeWith(async () => undefined);
    store.setSession({ selection: { type: 'investment', ids: ['a'] }, mode: 'edit' });
    expect(store.getState().past).toHaveLength(0);
  });
});
