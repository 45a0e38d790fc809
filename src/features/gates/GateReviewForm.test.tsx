// @vitest-environment jsdom
import { act, cleanup, fireEvent, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { selectPhases } from '../../store/selectors';
import type { PlatsenStore } from '../../store/store';
import { GateSection } from './GateSection';
import { historyReviews, programmeDoc, renderWithStore } from './ui-test-kit';

afterEach(cleanup);

/** One click on a rating segment, found by its group's name and its own visible word. */
const rate = (group: string, rating: string) => fireEvent.click(within(screen.getByRole('radiogroup', { name: group })).getByLabelText(rating));
const phaseOf = (store: PlatsenStore, id: string) => selectPhases(store.getState()).get(id)!;

/** Rates everything positive except the market, which is weak. */
function fillWeakMarket() {
  for (const a of ['Strategi', 'Nytta', 'Ekonomi', 'Styrning']) rate(`Bedömning: ${a}`, 'Positiv');
  for (const d of ['Miljö', 'Social', 'Ekonomisk']) rate(`Nytta, ${d}`, 'Positiv');
  rate('Bedömning: Marknad', 'Svag');
}

describe('gate review form', () => {
  it('refuses a pass against a weak market without a reason, then saves with one and the phase advances', async () => {
    const { store } = renderWithStore(<GateSection id="inv_a" />);
    fireEvent.click(screen.getByRole('button', { name: 'Bedöm vid grind G0' }));
    // Nothing is decided for the group, and no rule is shown before a pass is chosen.
    for (const d of ['Passera', 'Avvakta', 'Avbryt']) expect((screen.getByLabelText(d) as HTMLInputElement).checked).toBe(false);
    expect(screen.queryByText(/Kan inte sparas/)).toBeNull();
    fillWeakMarket();
    expect(screen.queryByText(/Svaga eller ej bedömda punkter/)).toBeNull();
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Spara bedömningen' })));
    expect(screen.getByRole('alert').textContent).toBe('Välj ett beslut: Passera, Avvakta eller Avbryt.');
    fireEvent.click(screen.getByLabelText('Passera'));
    expect(screen.getByText(/Svaga eller ej bedömda punkter: Marknad\./)).toBeTruthy();
    const reason = screen.getByLabelText('Motivering (krävs)');
    expect(reason.getAttribute('aria-invalid')).toBe('true');
    const save = screen.getByRole('button', { name: 'Spara bedömningen' });
    expect(save.getAttribute('aria-describedby')).toBeTruthy();
    expect(document.getElementById(save.getAttribute('aria-describedby')!)!.textContent).toMatch(/Kan inte sparas ännu/);

    await act(async () => fireEvent.click(save));
    expect(screen.getByRole('alert').textContent).toBe('Skriv varför investeringen passerar trots svaga eller ej bedömda punkter.');
    expect(Object.keys(store.getState().doc.reviews)).toEqual([]);
    expect(document.activeElement).toBe(reason);

    fireEvent.change(reason, { target: { value: 'Marknaden är mogen nu' } });
    await act(async () => fireEvent.click(save));
    const [review] = Object.values(store.getState().doc.reviews);
    expect(review).toMatchObject({
      investmentId: 'inv_a', gateId: 'gate-g0', decision: 'pass', reason: 'Marknaden är mogen nu',
      decidedBy: 'Programgrupp Lindängen', correctsReviewId: null, public: false,
    });
    expect(review!.aspects.market.rating).toBe('weak');
    expect(phaseOf(store, 'inv_a')).toMatchObject({ gateIndex: 1, status: 'active' });
    expect(screen.getByRole('button', { name: 'Bedöm vid grind G1' })).toBeTruthy();
    expect(screen.getByText(/G0 · Passera/)).toBeTruthy();
  });

  it('needs no reason when every point is positive or the decision is to wait', async () => {
    const { store } = renderWithStore(<GateSection id="inv_a" />, { lang: 'en' });
    fireEvent.click(screen.getByRole('button', { name: 'Assess at gate G0' }));
    for (const a of ['Strategy', 'Benefits', 'Market', 'Economy', 'Governance']) rate(`Rating: ${a}`, 'Strong');
    for (const d of ['Environmental', 'Social', 'Economic']) rate(`Benefits, ${d}`, 'Strong');
    fireEvent.click(screen.getByLabelText('Pass'));
    expect(screen.queryByText(/Weak or unassessed points/)).toBeNull();
    expect(screen.getByLabelText('Reason')).toBeTruthy();
    rate('Rating: Market', 'Negative');
    fireEvent.click(screen.getByLabelText('Wait'));
    expect(screen.getByLabelText('Reason').getAttribute('aria-invalid')).toBe('false');
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Save the review' })));
    expect(phaseOf(store, 'inv_a')).toMatchObject({ gateIndex: 0, status: 'waiting' });
    // A waiting investment is assessed again at the same gate.
    expect(screen.getByRole('button', { name: 'Assess at gate G0' })).toBeTruthy();
  });

  it('names each weak point once, the benefit dimensions together under Benefits', () => {
    renderWithStore(<GateSection id="inv_a" />);
    fireEvent.click(screen.getByRole('button', { name: 'Bedöm vid grind G0' }));
    for (const a of ['Strategi', 'Marknad', 'Ekonomi', 'Styrning']) rate(`Bedömning: ${a}`, 'Stark');
    rate('Bedömning: Nytta', 'Svag');
    rate('Nytta, Ekonomisk', 'Stark');
    fireEvent.click(screen.getByLabelText('Passera'));
    expect(screen.getByText(/Svaga eller ej bedömda punkter/).textContent)
      .toBe('Svaga eller ej bedömda punkter: Nytta (miljö, social). Att passera trots dem kräver en motivering.');
    rate('Bedömning: Strategi', 'Ej bedömd');
    expect(screen.getByText(/Svaga eller ej bedömda punkter/).textContent).toMatch(/: Strategi och Nytta \(miljö, social\)\./);
  });

  it('shows the command’s refusal inline, and keeps the form open', async () => {
    renderWithStore(<GateSection id="inv_a" />);
    fireEvent.click(screen.getByRole('button', { name: 'Bedöm vid grind G0' }));
    fireEvent.click(screen.getByLabelText('Avvakta'));
    fireEvent.change(screen.getByLabelText('Beslutat av'), { target: { value: '  ' } });
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Spara bedömningen' })));
    expect(screen.getByRole('alert').textContent).toBe('Ange vem som fattade beslutet, till exempel programgruppen.');
    expect(screen.getByRole('button', { name: 'Spara bedömningen' })).toBeTruthy();
  });

  it('corrects a review from the timeline: prefilled, saved as a new review, the old one struck through as corrected', async () => {
    const doc = programmeDoc(historyReviews().slice(0, 2));
    const { store } = renderWithStore(<GateSection id="inv_c" />, { doc });
    expect(phaseOf(store, 'inv_c')).toMatchObject({ gateIndex: 1, status: 'stopped' });
    expect(screen.queryByRole('button', { name: /Bedöm vid grind/ })).toBeNull();
    expect(screen.getByText(/avbruten/)).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: 'Rätta bedömningen från 1 mars 2026 vid G1' }));
    expect(screen.getByRole('heading', { name: 'Rätta bedömningen från 1 mars 2026 vid G1' })).toBeTruthy();
    expect((screen.getByLabelText('Avbryt') as HTMLInputElement).checked).toBe(true);
    expect((screen.getByLabelText('Beslutsdatum') as HTMLInputElement).value).toBe('2026-03-01');
    fireEvent.click(screen.getByLabelText('Avvakta'));
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Spara rättelsen' })));

    const correction = Object.values(store.getState().doc.reviews).find((r) => r.correctsReviewId === 'rev_2');
    expect(correction).toMatchObject({ decision: 'wait', gateId: 'gate-g1', date: '2026-03-01' });
    expect(phaseOf(store, 'inv_c')).toMatchObject({ gateIndex: 1, status: 'waiting' });
    const corrected = screen.getByText('rättad').closest('li')!;
    expect(within(corrected).getByText(/G1 · Avbryt/)).toBeTruthy();
    expect(within(corrected).queryByRole('button', { name: /Rätta/ })).toBeNull();
    expect(screen.getByText('Rättelse av bedömningen från 1 mars 2026')).toBeTruthy();
  });

  it('closes with Escape without recording anything', () => {
    const { store } = renderWithStore(<GateSection id="inv_a" />);
    fireEvent.click(screen.getByRole('button', { name: 'Bedöm vid grind G0' }));
    fireEvent.keyDown(within(screen.getByRole('radiogroup', { name: 'Bedömning: Strategi' })).getByLabelText('Stark'), { key: 'Escape' });
    expect(screen.queryByRole('button', { name: 'Spara bedömningen' })).toBeNull();
    expect(store.getState().doc.reviews).toEqual({});
  });
});
