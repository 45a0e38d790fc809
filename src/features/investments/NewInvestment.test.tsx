// @vitest-environment jsdom
import { act, cleanup, fireEvent, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderWithStore } from '../gates/ui-test-kit';
import { NewInvestment } from './NewInvestment';

afterEach(cleanup);

const type = (label: string | RegExp, value: string) => fireEvent.change(screen.getByLabelText(label), { target: { value } });
const save = () => act(async () => fireEvent.click(screen.getByRole('button', { name: 'Spara investeringen' })));

function startWholeArea() {
  const onDone = vi.fn();
  const rendered = renderWithStore(<NewInvestment onDone={onDone} />);
  type('Eller hela området', 'area_a');
  fireEvent.click(screen.getByRole('button', { name: 'Använd hela området' }));
  return { ...rendered, onDone };
}

// Generous: several test runs share two cores, and the first render pays for the imports.
describe('new investment', { timeout: 20_000 }, () => {
  it('covering a whole area: says where it is attached, refuses a missing title, then saves one undoable investment', async () => {
    const { store, onDone } = startWholeArea();
    expect(screen.getByText('Kopplad till Lindängen')).toBeTruthy();

    await save();
    expect(screen.getByRole('alert').textContent).toBe('Ge investeringen en titel.');
    expect(Object.keys(store.getState().doc.investments)).toHaveLength(3);

    type('Titel', 'Trygghetsvandringar');
    fireEvent.click(screen.getByRole('radio', { name: 'Social' }));
    type('Investering (kr)', '12 500 000');
    type('Samarbetspartner', 'MKB, Polisen');
    fireEvent.click(screen.getByRole('button', { name: 'Mål 16: Fredliga och inkluderande samhällen' }));
    fireEvent.click(screen.getByRole('radio', { name: 'Publik' }));
    await save();

    const { doc, session, past } = store.getState();
    const created = Object.values(doc.investments).find((i) => i.title === 'Trygghetsvandringar')!;
    expect(created).toMatchObject({
      kind: 'social', category: 'Trygghet', wholeArea: true, areaId: 'area_a', partners: ['MKB', 'Polisen'], sdgs: [16], visibility: 'public',
      budget: { investment: 12_500_000, operatingPerYear: 0, externalFunding: 0 },
    });
    expect(created.geometry).toEqual(doc.areas.area_a!.geometry);
    expect(session.selection).toEqual({ type: 'investment', ids: [created.id] });
    expect(past).toHaveLength(1);
    expect(onDone).toHaveBeenCalled();
  });

  it('refuses an amount it cannot read before anything is saved, naming the field', async () => {
    const { store } = startWholeArea();
    type('Titel', 'Belysning');
    type('Drift per år (kr)', 'ungefär en miljon');
    await save();
    expect(screen.getByRole('alert').textContent).toMatch(/Skriv Drift per år som ett belopp/);
    expect(store.getState().past).toHaveLength(0);
  });

  it('offers the categories of the chosen kind, showing ids without a translation as they are', () => {
    startWholeArea();
    const category = screen.getByLabelText('Kategori') as HTMLSelectElement;
    expect([...category.options].map((o) => o.text)).toEqual(['Park']);
    fireEvent.click(screen.getByRole('radio', { name: 'Social' }));
    expect([...category.options].map((o) => o.text)).toEqual(['Trygghet']);
  });

  it('says so when the map is not there to draw on', () => {
    renderWithStore(<NewInvestment onDone={() => undefined} />);
    fireEvent.click(screen.getByRole('button', { name: 'Placera en punkt' }));
    expect(screen.getByRole('alert').textContent).toMatch(/Kartan är inte laddad/);
  });
});
