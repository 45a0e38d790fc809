// @vitest-environment jsdom
import { act, cleanup, fireEvent, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { recordGateReview } from '../../domain/commands/record-gate-review';
import { blankAspects, blankBenefitRatings } from '../../domain/gates';
import { GateBoard } from './GateBoard';
import { nextCard } from './board-navigation';
import { historyReviews, programmeDoc, renderWithStore } from './ui-test-kit';

afterEach(cleanup);

const column = (name: string) => screen.getByRole('region', { name: new RegExp(`^${name}`) });
const card = (title: string) => screen.getByRole('button', { name: new RegExp(title) });

describe('gate board', () => {
  it('places each investment in its phase’s column and moves it after a pass', async () => {
    const { store } = renderWithStore(<GateBoard areaId="area_a" />, { doc: programmeDoc(historyReviews()) });
    expect(within(column('G0 Idé')).getByRole('button', { name: /Parkstråk/ })).toBeTruthy();
    const waiting = within(column('G1 Förstudie')).getByRole('button', { name: /Belysning/ });
    expect(waiting.textContent).toContain('Avvaktar');
    expect(waiting.textContent).toContain('Senaste beslut: Avvakta (1 mars 2026)');
    expect(card('Parkstråk').textContent).toMatch(/Fysisk.*Parkstråk.*12\s500\s000 kr/);
    expect(card('Läxhjälp').textContent).toContain('Social');

    await act(() => store.dispatch(recordGateReview, {
      investmentId: 'inv_a', gateId: 'gate-g0', date: '2026-04-01', aspects: blankAspects(), benefitRatings: blankBenefitRatings(),
      decision: 'pass', reason: 'Marknaden är mogen nu', decidedBy: 'Programgrupp Lindängen', nextReviewDate: null,
      correctsReviewId: null, public: false,
    }));
    expect(within(column('G0 Idé')).queryByRole('button', { name: /Parkstråk/ })).toBeNull();
    expect(within(column('G1 Förstudie')).getByRole('button', { name: /Parkstråk/ })).toBeTruthy();
  });

  it('follows the session’s date', () => {
    const { store } = renderWithStore(<GateBoard areaId="area_a" />, { lang: 'en', doc: programmeDoc(historyReviews()) });
    expect(within(column('G1 Pre-study')).getByRole('button', { name: /Belysning/ })).toBeTruthy();
    act(() => store.setSession({ asOf: '2026-01-31' }));
    expect(screen.getByText('As of 31 Jan 2026')).toBeTruthy();
    expect(within(column('G0 Idea')).getByRole('button', { name: /Belysning/ }).textContent).toContain('Not yet reviewed');
  });

  it('selects the investment of a card, and keeps one card in the tab order that arrow keys move', () => {
    const { store } = renderWithStore(<GateBoard areaId="area_a" />, { doc: programmeDoc(historyReviews()) });
    const tabbable = screen.getAllByRole('button').filter((b) => b.tabIndex === 0);
    expect(tabbable.map((b) => b.textContent)).toEqual([expect.stringContaining('Läxhjälp')]);
    tabbable[0]!.focus();
    fireEvent.keyDown(tabbable[0]!, { key: 'ArrowUp' });
    expect(document.activeElement).toBe(card('Läxhjälp'));
    fireEvent.keyDown(document.activeElement!, { key: 'ArrowRight' });
    expect(document.activeElement).toBe(card('Belysning'));
    expect(card('Belysning').tabIndex).toBe(0);
    expect(card('Läxhjälp').tabIndex).toBe(-1);
    fireEvent.click(card('Belysning'));
    expect(store.getState().session.selection).toEqual({ type: 'investment', ids: ['inv_c'] });
  });
});

describe('board navigation', () => {
  const columns = [['a', 'b', 'c'], [], ['d']];
  it('moves within a column and skips empty columns, keeping the row as far as it reaches', () => {
    expect(nextCard(columns, 'a', 'ArrowDown')).toBe('b');
    expect(nextCard(columns, 'a', 'ArrowUp')).toBe('a');
    expect(nextCard(columns, 'c', 'ArrowRight')).toBe('d');
    expect(nextCard(columns, 'd', 'ArrowLeft')).toBe('a');
    expect(nextCard(columns, 'd', 'ArrowRight')).toBe('d');
    expect(nextCard(columns, 'a', 'End')).toBe('c');
  });
});
