// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { StoreContext } from '../../app/store-context';
import { fixtureDoc } from '../../map/testing';
import { createPlatsenStore } from '../../store/store';
import { Legend } from './Legend';

afterEach(cleanup);

function renderLegend(lang: 'sv' | 'en') {
  const store = createPlatsenStore(async () => {}, lang);
  store.load(fixtureDoc());
  render(<StoreContext.Provider value={store}><Legend initiallyOpen /></StoreContext.Provider>);
  return store;
}

describe('the legend’s choices', () => {
  it('offer the phase and the five aspects under a visible Swedish label', () => {
    renderLegend('sv');
    const select = screen.getByRole('combobox', { name: 'Färg visar' });
    expect(within(select).getAllByRole('option').map((o) => o.textContent)).toEqual(['Fas', 'Strategi', 'Nytta', 'Marknad', 'Ekonomi', 'Styrning']);
    expect((select as HTMLSelectElement).value).toBe('phase');
  });

  it('colour by the chosen aspect and back by phase, and the legend follows', () => {
    const store = renderLegend('en');
    const select = screen.getByRole('combobox', { name: 'Colour shows' });
    fireEvent.change(select, { target: { value: 'market' } });
    expect(store.getState().session.colourBy).toEqual({ type: 'aspect', aspect: 'market' });
    expect(screen.getByRole('heading', { name: 'Colour: latest rating of Market' })).toBeTruthy();
    fireEvent.change(select, { target: { value: 'phase' } });
    expect(store.getState().session.colourBy).toEqual({ type: 'phase' });
    expect(screen.getByText('G0 Idea')).toBeTruthy();
  });

  it('shade areas by the state for the colour shown, or by progress, each with its legend section', () => {
    const store = renderLegend('sv');
    const shading = screen.getByRole('combobox', { name: 'Skugga områden' });
    expect(within(shading).getAllByRole('option').map((o) => o.textContent))
      .toEqual(['Nej', 'Andel som står still (avvaktar, avbrutna)', 'Andel av budgeten förbi G3 Genomförande']);
    expect(screen.queryByRole('heading', { name: /^Område:/ })).toBeNull();

    fireEvent.change(screen.getByRole('combobox', { name: 'Färg visar' }), { target: { value: 'market' } });
    expect(within(shading).getAllByRole('option')[1]!.textContent).toBe('Andel svag eller negativ på Marknad');
    fireEvent.change(shading, { target: { value: 'colour' } });
    expect(store.getState().session.areaShading).toBe('colour');
    const legend = screen.getByRole('region', { name: 'Teckenförklaring' });
    expect(within(legend).getByRole('heading', { name: 'Område: andel svag eller negativ på Marknad' })).toBeTruthy();
    expect(within(legend).getAllByRole('listitem').map((li) => li.textContent))
      .toEqual(expect.arrayContaining(['Inga (0 %)', '0–25 %', '25–50 %', '50–75 %', '75–100 %', 'Inga investeringar (randig)']));

    fireEvent.change(shading, { target: { value: 'progress' } });
    expect(within(legend).getByRole('heading', { name: 'Område: andel av budgeten förbi G3 Genomförande' })).toBeTruthy();
    expect(screen.getByText('Ingen budget (randig)')).toBeTruthy();
    fireEvent.change(shading, { target: { value: 'none' } });
    expect(screen.queryByRole('heading', { name: /^Område:/ })).toBeNull();
  });
});
