// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { StoreContext } from '../../app/store-context';
import { updateInvestments } from '../../domain/commands/update-investments';
import { testDoc, testInvestment } from '../../domain/test-kit';
import '../../i18n/strings';
import { openTabs } from '../../store/tabs-kit';
import { StepConflictDialog } from './StepConflictDialog';

let kit: Awaited<ReturnType<typeof openTabs>> | undefined;
afterEach(() => {
  cleanup();
  kit?.close();
});

/** Tab A edits title and budget, tab B then changes the title, A presses undo. */
async function askedUndo(lang: 'sv' | 'en' = 'sv') {
  kit = await openTabs(2, testDoc({ investments: [testInvestment('a', { title: 'Parkstråk' })] }));
  const [a, b] = kit.tabs.map((t) => t.store);
  a!.setSession({ lang });
  await a!.dispatch(updateInvestments, { ids: ['a'], changes: { title: 'A:s titel', budget: { investment: 5_000_000, operatingPerYear: 0, externalFunding: 0 } } });
  await kit.deliverAll();
  await b!.dispatch(updateInvestments, { ids: ['a'], changes: { title: 'B:s titel' } });
  render(<StoreContext.Provider value={a!}><StepConflictDialog /></StoreContext.Provider>);
  await act(() => a!.undo());
  return a!;
}

describe('the undo that would overwrite another tab\'s change', { timeout: 20_000 }, () => {
  it('names the field, what it is now and what undo would give, in Swedish', async () => {
    await askedUndo();
    const dialog = screen.getByRole('dialog', { hidden: true });
    expect(within(dialog).getByRole('heading', { hidden: true }).textContent).toBe('Ångra ”Ändra investeringar”?');
    const item = within(dialog).getByRole('listitem', { hidden: true });
    expect(item.textContent).toContain('”B:s titel”: Titel');
    expect(item.textContent).toContain('Nu: ”B:s titel”');
    expect(item.textContent).toContain('Ångra ger: ”Parkstråk”');
  });

  it('keeps their change and undoes the rest when asked to', async () => {
    const a = await askedUndo('en');
    fireEvent.click(screen.getByRole('button', { name: 'Keep their changes', hidden: true }));
    await act(() => a.flushed());
    expect((await kit!.stored()).investments.a).toMatchObject({ title: 'B:s titel', budget: { investment: 0 } });
    expect(screen.queryByRole('dialog', { hidden: true })).toBeNull();
  });

  it('overwrites knowingly, or leaves everything as it is on cancel', async () => {
    const a = await askedUndo('en');
    fireEvent.click(screen.getByRole('button', { name: 'Cancel', hidden: true }));
    await act(() => a.flushed());
    expect((await kit!.stored()).investments.a).toMatchObject({ title: 'B:s titel', budget: { investment: 5_000_000 } });
    expect(a.getState().past).toHaveLength(1);
    await act(() => a.undo());
    fireEvent.click(screen.getByRole('button', { name: 'Overwrite anyway', hidden: true }));
    await act(() => a.flushed());
    expect((await kit!.stored()).investments.a).toMatchObject({ title: 'Parkstråk', budget: { investment: 0 } });
  });
});
