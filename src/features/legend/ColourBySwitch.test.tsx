// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { StoreContext } from '../../app/store-context';
import { fixtureDoc } from '../../map/testing';
import { createPlatsenStore } from '../../store/store';
import { ColourBySwitch } from './ColourBySwitch';
import { Legend } from './Legend';

afterEach(cleanup);

function renderSwitch(lang: 'sv' | 'en') {
  const store = createPlatsenStore(async () => {}, lang);
  store.load(fixtureDoc());
  render(<StoreContext.Provider value={store}><ColourBySwitch /><Legend /></StoreContext.Provider>);
  return store;
}

describe('ColourBySwitch', () => {
  it('offers the phase and the five aspects under a visible Swedish label', () => {
    renderSwitch('sv');
    const select = screen.getByRole('combobox', { name: 'Färg visar' });
    expect(within(select).getAllByRole('option').map((o) => o.textContent)).toEqual(['Fas', 'Strategi', 'Nytta', 'Marknad', 'Ekonomi', 'Styrning']);
    expect((select as HTMLSelectElement).value).toBe('phase');
  });

  it('colours by the chosen aspect and back by phase, and the legend follows', () => {
    const store = renderSwitch('en');
    const select = screen.getByRole('combobox', { name: 'Colour shows' });
    fireEvent.change(select, { target: { value: 'market' } });
    expect(store.getState().session.colourBy).toEqual({ type: 'aspect', aspect: 'market' });
    expect(screen.getByRole('heading', { name: 'Colour: latest rating of Market' })).toBeTruthy();
    fireEvent.change(select, { target: { value: 'phase' } });
    expect(store.getState().session.colourBy).toEqual({ type: 'phase' });
    expect(screen.getByText('G0 Idea')).toBeTruthy();
  });

  it('turns area shading by progress on and off, with its legend section only while on', () => {
    const store = renderSwitch('sv');
    const box = screen.getByRole('checkbox', { name: 'Skugga områden efter framsteg' });
    expect(screen.queryByRole('heading', { name: /andel av budgeten/ })).toBeNull();
    fireEvent.click(box);
    expect(store.getState().session.areaProgress).toBe(true);
    const legend = screen.getByRole('region', { name: 'Teckenförklaring' });
    expect(within(legend).getByRole('heading', { name: 'Område: andel av budgeten förbi G3 Genomförande' })).toBeTruthy();
    const items = within(legend).getAllByRole('listitem').map((li) => li.textContent);
    expect(items).toEqual(expect.arrayContaining(['0–20 %', '20–40 %', '40–60 %', '60–80 %', '80–100 %', 'Ingen budget (randig)']));
    fireEvent.click(box);
    expect(store.getState().session.areaProgress).toBe(false);
    expect(screen.queryByText('80–100 %')).toBeNull();
  });
});
