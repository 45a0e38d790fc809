// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { StoreContext } from '../../app/store-context';
import '../../i18n/strings';
import { openTabs } from '../../store/tabs-kit';
import type { PlatsenStore } from '../../store/store';
import { programmeDoc } from '../gates/ui-test-kit';
import { EditInvestment } from './EditInvestment';

let kit: Awaited<ReturnType<typeof openTabs>> | undefined;
afterEach(() => {
  cleanup();
  kit?.close();
});

/** Both tabs open "Redigera uppgifter" for the same investment. */
async function twoOpenForms() {
  kit = await openTabs(2, programmeDoc());
  const [a, b] = kit.tabs.map((t) => t.store) as [PlatsenStore, PlatsenStore];
  const formIn = (store: PlatsenStore) => within(render(
    <StoreContext.Provider value={store}><EditInvestment id="inv_a" onDone={() => undefined} /></StoreContext.Provider>,
  ).container);
  return { a, b, formA: formIn(a), formB: formIn(b) };
}
async function save(form: ReturnType<typeof within>, store: PlatsenStore) {
  await act(async () => fireEvent.click(form.getByRole('button', { name: 'Spara' })));
  await act(() => store.flushed());
}

// Generous: several test runs share two cores, and the first render pays for the imports.
describe('two tabs editing the same investment in open forms', { timeout: 20_000 }, () => {
  it.each([['has heard of it', true], ['has not heard of it yet', false]])('keeps both edits: A saves the budget, B (which %s) saves only the title it changed', async (_, heard) => {
    const { a, b, formA, formB } = await twoOpenForms();
    fireEvent.change(formA.getByLabelText('Investering (kr)'), { target: { value: '20 000 000' } });
    await save(formA, a);
    if (heard) await act(() => kit!.deliverAll());
    fireEvent.change(formB.getByLabelText('Titel'), { target: { value: 'Parkstråk, etapp 2' } });
    await save(formB, b);
    await act(() => kit!.deliverAll());
    expect((await kit!.stored()).investments.inv_a).toMatchObject({ title: 'Parkstråk, etapp 2', budget: { investment: 20_000_000, operatingPerYear: 300_000 } });
    for (const store of [a, b]) expect(store.getState().doc.investments.inv_a).toEqual((await kit!.stored()).investments.inv_a);
  });

  it('shows B which fields changed, with the new values and B\'s own typing kept', async () => {
    const { a, b, formA, formB } = await twoOpenForms();
    fireEvent.change(formB.getByLabelText('Titel'), { target: { value: 'B:s titel' } });
    fireEvent.change(formA.getByLabelText('Investering (kr)'), { target: { value: '20 000 000' } });
    fireEvent.change(formA.getByLabelText('Titel'), { target: { value: 'A:s titel' } });
    await save(formA, a);
    await act(() => kit!.deliverAll());
    expect((formB.getByLabelText('Investering (kr)') as HTMLInputElement).value).toBe('20000000');
    expect((formB.getByLabelText('Titel') as HTMLInputElement).value).toBe('B:s titel');
    const status = formB.getByRole('status');
    expect(status.textContent).toContain('Ändrat i en annan flik medan du redigerade: Titel, Investering (kr).');
    expect(status.textContent).toContain('Du och någon annan har ändrat samma fält: Titel.');
    await save(formB, b);
    expect((await kit!.stored()).investments.inv_a).toMatchObject({ title: 'B:s titel', budget: { investment: 20_000_000 } });
  });
});
