// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { StoreContext } from '../../app/store-context';
import { ASPECTS, type GateDef } from '../../domain/model';
import { publishInView } from '../../map/in-view';
import { encodeSymbolClass } from '../../map/symbol-code';
import { fixtureDoc } from '../../map/testing';
import { createPlatsenStore } from '../../store/store';
import { Legend } from './Legend';

afterEach(() => {
  cleanup();
  publishInView(null);
});

/** `open` undefined: as the app starts it, by the window's height. */
function renderLegend(lang: 'sv' | 'en', options: { gates?: GateDef[]; open?: boolean } = { open: true }) {
  const store = createPlatsenStore(async () => {}, lang);
  const doc = fixtureDoc();
  if (options.gates) doc.workspace.ws!.settings.gates = options.gates;
  store.load(doc);
  render(<StoreContext.Provider value={store}><Legend initiallyOpen={'open' in options ? options.open : true} /></StoreContext.Provider>);
  return store;
}

const items = (name: string) => within(screen.getByRole('region', { name })).getAllByRole('listitem').map((li) => li.textContent);
const unrated = Object.fromEntries(ASPECTS.map((a) => [a, 'notAssessed'])) as Parameters<typeof encodeSymbolClass>[0]['ratings'];

describe('Legend', () => {
  it('explains shapes, phases and decisions in Swedish, as a list of text', () => {
    renderLegend('sv');
    expect(items('Teckenförklaring')).toEqual(expect.arrayContaining([
      'Fysisk investering: fyrkant, heldragen linje eller kant',
      'Social investering: cirkel, streckad linje eller kant',
      'G0 Idé', 'G1 Förstudie', 'G2 Planering', 'G3 Genomförande', 'G4 Leverans', 'G5 Nyttorealisering',
      'Avvaktar: ihålig, med fasens färg som ring',
      'Avbruten: grå med kryss',
    ]));
  });

  it('speaks English when the session does, and uses the workspace’s own gate names', () => {
    renderLegend('en', { open: true, gates: [
      { id: 'a', code: 'A', name: { sv: 'Start', en: 'Start' } },
      { id: 'b', code: 'B', name: { sv: 'Klar', en: 'Done' } },
    ] });
    const list = items('Legend');
    expect(list).toEqual(expect.arrayContaining(['Physical investment: square, solid line or outline', 'A Start', 'B Done']));
    expect(list).not.toContain('G2 Planning');
  });

  it('lists only what is in view, with how many of each', () => {
    renderLegend('en');
    act(() => publishInView(new Map([
      [encodeSymbolClass({ kind: 'social', status: 'active', gateIndex: 2, ratings: unrated }), 3],
      [encodeSymbolClass({ kind: 'social', status: 'waiting', gateIndex: 2, ratings: unrated }), 1],
    ])));
    const list = items('Legend');
    expect(list).toEqual(expect.arrayContaining(['Social investment: circle, dashed line or outline4', 'G2 Planning4', 'Waiting: hollow, ring in the phase colour1']));
    expect(list.join()).not.toMatch(/Physical investment|G0 Idea|Stopped/);
    act(() => publishInView(new Map()));
    expect(screen.getByText('No investments in view')).toBeTruthy();
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

  it('starts folded on a short screen to one row that keeps the colour choice, and opens with its button or the L key', () => {
    renderLegend('en', { open: undefined });
    // jsdom's window is 768 px high: below 900 the legend starts folded.
    const toggle = screen.getByRole('button', { name: 'Legend' });
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    expect(toggle.getAttribute('aria-keyshortcuts')).toBe('L');
    expect(screen.getByRole('combobox', { name: 'Colour shows' })).toBeTruthy();
    expect(screen.queryByText('G0 Idea')).toBeNull();
    fireEvent.keyDown(window, { key: 'l' });
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    expect(screen.getByText('G0 Idea')).toBeTruthy();
    fireEvent.click(toggle);
    expect(screen.queryByText('G0 Idea')).toBeNull();
    // Typing an L in a field is typing.
    fireEvent.keyDown(screen.getByRole('combobox', { name: 'Colour shows' }), { key: 'l' });
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
  });
});
