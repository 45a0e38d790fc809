// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { StoreContext } from '../../app/store-context';
import type { GateDef } from '../../domain/model';
import { fixtureDoc } from '../../map/testing';
import { createPlatsenStore } from '../../store/store';
import { Legend } from './Legend';

afterEach(cleanup);

function renderLegend(lang: 'sv' | 'en', gates?: GateDef[]) {
  const store = createPlatsenStore(async () => {}, lang);
  const doc = fixtureDoc();
  if (gates) doc.workspace.ws!.settings.gates = gates;
  store.load(doc);
  render(<StoreContext.Provider value={store}><Legend /></StoreContext.Provider>);
  return store;
}

describe('Legend', () => {
  it('explains shapes, phases and decisions in Swedish, as a list of text', () => {
    renderLegend('sv');
    const legend = screen.getByRole('region', { name: 'Teckenförklaring' });
    const items = within(legend).getAllByRole('listitem').map((li) => li.textContent);
    expect(items).toEqual(expect.arrayContaining([
      'Fysisk investering: fyrkant, heldragen linje eller kant',
      'Social investering: cirkel, streckad linje eller kant',
      'G0 Idé', 'G1 Förstudie', 'G2 Planering', 'G3 Genomförande', 'G4 Leverans', 'G5 Nyttorealisering',
      'Avvaktar: ihålig, med fasens färg som ring',
      'Avbruten: grå med kryss',
    ]));
  });

  it('speaks English when the session does, and uses the workspace’s own gate names', () => {
    renderLegend('en', [
      { id: 'a', code: 'A', name: { sv: 'Start', en: 'Start' } },
      { id: 'b', code: 'B', name: { sv: 'Klar', en: 'Done' } },
    ]);
    const legend = screen.getByRole('region', { name: 'Legend' });
    const items = within(legend).getAllByRole('listitem').map((li) => li.textContent);
    expect(items).toEqual(expect.arrayContaining(['Physical investment: square, solid line or outline', 'A Start', 'B Done']));
    expect(items).not.toContain('G2 Planning');
  });

  it('shows the rating scale instead of the phases when the map is coloured by an aspect', () => {
    const store = renderLegend('en');
    act(() => store.setSession({ colourBy: { type: 'aspect', aspect: 'economy' } }));
    expect(screen.getByRole('heading', { name: 'Colour: latest rating of Economy' })).toBeTruthy();
    for (const r of ['Strong', 'Positive', 'Neutral', 'Weak', 'Negative', 'Not assessed']) expect(screen.getByText(r)).toBeTruthy();
    expect(screen.queryByText('G0 Idea')).toBeNull();
  });

  it('names the selection colour only while something is selected', () => {
    const store = renderLegend('sv');
    expect(screen.queryByText('Vald (orange)')).toBeNull();
    act(() => store.setSession({ selection: { type: 'area', ids: [Object.keys(store.getState().doc.areas)[0]!] } }));
    expect(screen.getByText('Vald (orange)')).toBeTruthy();
  });

  it('can be folded away and opened again with a button that says its state', () => {
    renderLegend('en');
    const button = screen.getByRole('button', { name: 'Hide the legend' });
    expect(button.getAttribute('aria-expanded')).toBe('true');
    fireEvent.click(button);
    expect(screen.queryByText('G0 Idea')).toBeNull();
    const show = screen.getByRole('button', { name: 'Show the legend' });
    expect(show.getAttribute('aria-expanded')).toBe('false');
    fireEvent.click(show);
    expect(screen.getByText('G0 Idea')).toBeTruthy();
  });
});
