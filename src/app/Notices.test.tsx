// @vitest-environment jsdom
import { act, cleanup, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { updateInvestments } from '../domain/commands/update-investments';
import { testDoc, testInvestment, testWorkspace } from '../domain/test-kit';
import '../i18n/strings';
import { createPlatsenStore } from '../store/store';
import { INFO_NOTICE_MS, Notices } from './Notices';
import { StoreContext } from './store-context';

beforeEach(() => { vi.useFakeTimers(); });
afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

function setup() {
  const store = createPlatsenStore(async () => {}, 'sv');
  store.load(testDoc({ workspace: testWorkspace(), investments: [testInvestment('a', { title: 'Park' })] }));
  render(<StoreContext.Provider value={store}><Notices /></StoreContext.Provider>);
  return store;
}

describe('notices', () => {
  it('let a confirmation leave by itself after a few seconds, and keep an error until it is closed', () => {
    const store = setup();
    act(() => {
      store.notify('info', 'investments.saved', { title: 'Park' });
      store.notify('error', 'persistence.error.quota');
    });
    expect(screen.getByRole('status').textContent).toContain('Park');
    act(() => { vi.advanceTimersByTime(INFO_NOTICE_MS + 10); });
    expect(screen.queryByRole('status')).toBeNull();
    expect(screen.getByRole('alert')).toBeTruthy();
    act(() => { screen.getByRole('button', { name: 'Stäng meddelandet' }).click(); });
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('stay while the pointer is on them', () => {
    const store = setup();
    act(() => store.notify('info', 'investments.saved', { title: 'Park' }));
    act(() => { screen.getByRole('status').dispatchEvent(new MouseEvent('mouseover', { bubbles: true })); });
    act(() => { vi.advanceTimersByTime(INFO_NOTICE_MS * 2); });
    expect(screen.getByRole('status')).toBeTruthy();
  });

  it('say what an undo undid, by the history entry\'s label, in place of the confirmation it no longer matches', async () => {
    const store = setup();
    await act(async () => {
      await store.dispatch(updateInvestments, { ids: ['a'], changes: { title: 'Parken' } });
      store.notify('info', 'investments.saved', { title: 'Parken' });
    });
    await act(async () => { await store.undo(); });
    expect(screen.getAllByRole('status').map((n) => n.textContent)).toEqual(['Ångrade: Ändra investeringar×']);
    await act(async () => { await store.redo(); });
    expect(screen.getAllByRole('status').map((n) => n.textContent)).toEqual(['Gjorde om: Ändra investeringar×']);
  });
});
