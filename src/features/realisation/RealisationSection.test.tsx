// @vitest-environment jsdom
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { DEFAULT_GATES } from '../../domain/gates';
import { testReview } from '../../domain/test-kit';
import { programmeDoc, renderWithStore } from '../gates/ui-test-kit';
import { RealisationRollupView } from './RealisationRollupView';
import { RealisationSection } from './RealisationSection';

afterEach(cleanup);

/** inv_a passed G0 to G4, so it is at the last gate, G5. */
function atLastGate() {
  const reviews = DEFAULT_GATES.slice(0, 5).map((g, i) => testReview(`rev_${i}`, {
    investmentId: 'inv_a', gateId: g.id, gateCode: g.code, date: `2025-0${i + 1}-01`, decision: 'pass', reason: 'Beslutat',
  }));
  const doc = programmeDoc(reviews);
  doc.investments.inv_a!.expectedBenefits = { environmental: 'Mer grönska', social: 'Tryggare kvällar', economic: '' };
  return doc;
}

// Generous: several engineers' test runs share two cores, and the first render pays for the imports.
describe('benefits realisation', { timeout: 20_000 }, () => {
  it('is not offered before the last gate', () => {
    renderWithStore(<RealisationSection id="inv_a" />);
    expect(screen.queryByRole('heading', { name: 'Nyttorealisering' })).toBeNull();
  });

  it('records a follow-up at the last gate and shows it beside what was expected', async () => {
    const { store } = renderWithStore(<RealisationSection id="inv_a" />, { doc: atLastGate() });
    const section = screen.getByRole('region', { name: 'Nyttorealisering' });
    expect(within(section).getByText('Ingen uppföljning registrerad än.')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Registrera uppföljning' }));
    fireEvent.change(screen.getByLabelText('Datum för uppföljningen'), { target: { value: '2026-05-01' } });
    fireEvent.change(screen.getByLabelText('Realiserad nytta: Social'), { target: { value: 'Fler rör sig i parken kvällstid' } });
    fireEvent.change(screen.getByLabelText(/Grad för Social/), { target: { value: '80' } });
    fireEvent.click(screen.getByRole('button', { name: 'Spara uppföljningen' }));
    await waitFor(() => expect(Object.values(store.getState().doc.realisations)).toHaveLength(1));
    expect(Object.values(store.getState().doc.realisations)[0]).toMatchObject({
      investmentId: 'inv_a', date: '2026-05-01', degree: { environmental: null, social: 80, economic: null },
      realised: { social: 'Fler rör sig i parken kvällstid' },
    });
    const social = within(section).getByRole('row', { name: /^Social/ });
    expect(within(social).getByText('Tryggare kvällar')).toBeTruthy();
    expect(within(social).getByText('Fler rör sig i parken kvällstid')).toBeTruthy();
    expect(within(social).getByText('80 %')).toBeTruthy();
  });

  it('refuses a degree outside 0–100 with a message, saving nothing', async () => {
    const { store } = renderWithStore(<RealisationSection id="inv_a" />, { doc: atLastGate() });
    fireEvent.click(screen.getByRole('button', { name: 'Registrera uppföljning' }));
    fireEvent.change(screen.getByLabelText(/Grad för Miljö/), { target: { value: '150' } });
    fireEvent.click(screen.getByRole('button', { name: 'Spara uppföljningen' }));
    await waitFor(() => expect(screen.getByRole('alert').textContent).toBe('Grad för Miljö: skriv ett tal 0–100 eller lämna tomt.'));
    expect(store.getState().doc.realisations).toEqual({});
  });

  it('rolls up expected against realised benefits for the area', () => {
    const doc = atLastGate();
    doc.realisations.real_1 = {
      id: 'real_1', investmentId: 'inv_a', date: '2026-05-01', createdAt: '2026-05-01T00:00:00.000Z', updatedAt: '2026-05-01T00:00:00.000Z',
      realised: { environmental: '', social: 'Tryggare', economic: '' }, degree: { environmental: null, social: 60, economic: null }, public: false,
    };
    renderWithStore(<RealisationRollupView areaId="area_a" />, { doc });
    expect(screen.getByText('1 av 3 investeringar har följts upp.')).toBeTruthy();
    const social = screen.getByRole('row', { name: /^Social/ });
    expect(within(social).getAllByRole('cell').map((c) => c.textContent)).toEqual(['1 inv.', '1 inv.', '60 %']);
  });
});
