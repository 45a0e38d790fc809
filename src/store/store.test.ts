import { afterEach, describe, expect, it } from 'vitest';
import { createPlatsenStore, type PlatsenStore } from './store';
import { addInvestment } from '../domain/commands/add-investment';
import { updateInvestments } from '../domain/commands/update-investments';
import type { Patch } from '../domain/patch';
import { testDoc, testInvestment, testWorkspace } from '../domain/test-kit';
import { openTabs } from './tabs-kit';

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
    const titles = saved.map((p) => p.investments?.[0]?.op === 'update' ? p.investments[0].fields.find((f) => f.path[0] === 'title')?.new : null);
    expect(titles).toEqual(['Parken', 'Park', 'Parken']);
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

describe('two tabs on one database', { timeout: 20_000 }, () => {
  const seed = () => testDoc({ investments: [testInvestment('a', { title: 'Park' })] });
  const budget = (investment: number) => ({ budget: { investment, operatingPerYear: 0, externalFunding: 0 } });
  let kit: Awaited<ReturnType<typeof openTabs>> | undefined;
  afterEach(() => kit?.close());

  it('an undo gives back only what its edit changed: the other tab\'s later title stays', async () => {
    kit = await openTabs(2, seed());
    const [a, b] = kit.tabs.map((t) => t.store) as [PlatsenStore, PlatsenStore];
    await a.dispatch(updateInvestments, { ids: ['a'], changes: budget(5) });
    await kit.deliverAll();
    await b.dispatch(updateInvestments, { ids: ['a'], changes: { title: 'B:s titel' } });
    await a.undo();
    await kit.deliverAll();
    for (const tab of [a, b]) expect(tab.getState().doc.investments.a).toMatchObject({ title: 'B:s titel', ...budget(0) });
    expect((await kit.stored()).investments.a).toMatchObject({ title: 'B:s titel', ...budget(0) });
  });

  it('an edit made on a stale copy is undone to what was really stored before it', async () => {
    kit = await openTabs(2, seed());
    const [a, b] = kit.tabs.map((t) => t.store) as [PlatsenStore, PlatsenStore];
    await b.dispatch(updateInvestments, { ids: ['a'], changes: { title: 'B' } });
    // A has not heard of B's title yet.
    await a.dispatch(updateInvestments, { ids: ['a'], changes: { title: 'A' } });
    await a.undo();
    expect(a.getState().pendingStep).toBeNull();
    expect((await kit.stored()).investments.a!.title).toBe('B');
    expect(a.getState().doc.investments.a!.title).toBe('B');
  });

  it('asks before an undo overwrites a field changed since; skip keeps theirs, overwrite restores knowingly', async () => {
    kit = await openTabs(2, seed());
    const [a, b] = kit.tabs.map((t) => t.store) as [PlatsenStore, PlatsenStore];
    await a.dispatch(updateInvestments, { ids: ['a'], changes: { title: 'A', description: 'A:s text' } });
    await kit.deliverAll();
    await b.dispatch(updateInvestments, { ids: ['a'], changes: { title: 'B' } });
    await a.undo();
    expect(a.getState().pendingStep?.conflicts).toEqual([
      { table: 'investments', id: 'a', path: ['title'], expected: 'A', current: 'B', wanted: 'Park' },
    ]);
    expect((await kit.stored()).investments.a).toMatchObject({ title: 'B', description: 'A:s text' });
    await a.resolveStep('skip');
    expect((await kit.stored()).investments.a).toMatchObject({ title: 'B', description: '' });
    // The redo puts back only what the undo took away.
    await a.redo();
    expect((await kit.stored()).investments.a).toMatchObject({ title: 'B', description: 'A:s text' });

    await kit.deliverAll();
    await b.dispatch(updateInvestments, { ids: ['a'], changes: { description: 'B:s text' } });
    await a.undo();
    expect(a.getState().pendingStep?.conflicts.map((c) => [c.path, c.current])).toEqual([[['description'], 'B:s text']]);
    await a.resolveStep('overwrite');
    expect((await kit.stored()).investments.a).toMatchObject({ title: 'B', description: '' });
    // Redoing an undo that overwrote puts back what it overwrote.
    await a.redo();
    expect((await kit.stored()).investments.a).toMatchObject({ title: 'B', description: 'B:s text' });
  });

  it('shows another tab\'s change with this tab\'s unsaved edit on top', async () => {
    kit = await openTabs(2, seed());
    const [a, b] = kit.tabs.map((t) => t.store) as [PlatsenStore, PlatsenStore];
    await b.dispatch(updateInvestments, { ids: ['a'], changes: { title: 'B' } });
    // A starts reading B's change, and edits before the read is back.
    const hearing = kit.deliverAll();
    const editing = a.dispatch(updateInvestments, { ids: ['a'], changes: { description: 'A:s text' } });
    expect(a.getState().doc.investments.a!.description).toBe('A:s text');
    await Promise.all([editing, hearing]);
    expect(a.getState().doc.investments.a).toMatchObject({ title: 'B', description: 'A:s text' });
  });
});
