// @vitest-environment jsdom
import { act, cleanup, fireEvent, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { historyReviews, programmeDoc, renderWithStore } from '../gates/ui-test-kit';
import { InvestmentDetails } from './InvestmentDetails';

afterEach(cleanup);

const HOSTILE = '<img src=x onerror=alert(1)>';
const click = (name: string | RegExp) => act(async () => fireEvent.click(screen.getByRole('button', { name })));

describe('investment details', () => {
  it('saves an edit as one undo step, and a save without changes adds none', async () => {
    const { store } = renderWithStore(<InvestmentDetails id="inv_a" />);
    await click('Redigera uppgifter');
    fireEvent.change(screen.getByLabelText('Titel'), { target: { value: 'Parkstråk etapp 2' } });
    fireEvent.change(screen.getByLabelText('Investering (kr)'), { target: { value: '13 000 000' } });
    await click('Spara');
    expect(store.getState().doc.investments.inv_a).toMatchObject({ title: 'Parkstråk etapp 2', budget: { investment: 13_000_000 } });
    expect(store.getState().past).toHaveLength(1);
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe('Parkstråk etapp 2');

    await click('Redigera uppgifter');
    await click('Spara');
    expect(store.getState().past).toHaveLength(1);

    await act(() => store.undo());
    expect(store.getState().doc.investments.inv_a).toMatchObject({ title: 'Parkstråk', budget: { investment: 12_500_000 } });
  });

  it('shows a domain refusal next to the form and keeps the investment as it was', async () => {
    const { store } = renderWithStore(<InvestmentDetails id="inv_a" />);
    await click('Redigera uppgifter');
    fireEvent.change(screen.getByLabelText('Startdatum'), { target: { value: '2027-01-01' } });
    fireEvent.change(screen.getByLabelText('Slutdatum'), { target: { value: '2026-01-01' } });
    await click('Spara');
    expect(screen.getByRole('alert').textContent).toBe('Slutdatum kan inte vara före startdatum.');
    expect(store.getState().doc.investments.inv_a!.startDate).toBeNull();
  });

  it('overrides the area by hand and goes back to following the location', async () => {
    const { store } = renderWithStore(<InvestmentDetails id="inv_a" />);
    expect(screen.getByText(/Kopplad till Lindängen · efter läget på kartan/)).toBeTruthy();
    const select = screen.getByLabelText('Koppla till område');
    await act(async () => fireEvent.change(select, { target: { value: 'none' } }));
    expect(store.getState().doc.investments.inv_a).toMatchObject({ areaId: null, areaOverride: true });
    expect(screen.getByText(/Inte kopplad till något område · valt för hand/)).toBeTruthy();
    await act(async () => fireEvent.change(select, { target: { value: 'auto' } }));
    expect(store.getState().doc.investments.inv_a).toMatchObject({ areaId: 'area_a', areaOverride: false });
  });

  it('duplicates as "Kopia av …" and selects the copy', async () => {
    const { store } = renderWithStore(<InvestmentDetails id="inv_a" />);
    await click('Duplicera');
    const copy = Object.values(store.getState().doc.investments).find((i) => i.title === 'Kopia av Parkstråk');
    expect(copy).toBeDefined();
    expect(store.getState().session.selection).toEqual({ type: 'investment', ids: [copy!.id] });
  });

  it('asks before deleting, says the reviews go too, and undo brings both back', async () => {
    const { store } = renderWithStore(<InvestmentDetails id="inv_c" />, { doc: programmeDoc(historyReviews()) });
    await click('Ta bort');
    expect(screen.getByText('Dess 3 grindbedömningar tas också bort.')).toBeTruthy();
    // jsdom has no showModal: the dialog stays closed, so its button is outside the accessibility tree.
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Ta bort investeringen', hidden: true })));
    expect(store.getState().doc.investments.inv_c).toBeUndefined();
    expect(store.getState().doc.reviews).toEqual({});
    expect(store.getState().session.selection).toBeNull();
    await act(() => store.undo());
    expect(store.getState().doc.investments.inv_c).toBeDefined();
    expect(Object.keys(store.getState().doc.reviews)).toHaveLength(3);
  });

  it('shows a hostile title literally', () => {
    const doc = programmeDoc();
    doc.investments.inv_a!.title = HOSTILE;
    renderWithStore(<InvestmentDetails id="inv_a" />, { doc });
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe(HOSTILE);
    expect(document.querySelector('img')).toBeNull();
  });

  it('offers no edits in presentation mode', () => {
    const { store } = renderWithStore(<InvestmentDetails id="inv_a" />);
    act(() => store.setSession({ mode: 'present' }));
    expect(screen.queryByRole('button', { name: 'Redigera uppgifter' })).toBeNull();
    expect(screen.queryByLabelText('Koppla till område')).toBeNull();
  });
});
