// @vitest-environment jsdom
import { act, cleanup, fireEvent, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { usePlatsen } from '../../app/store-context';
import type { BoardView } from '../../store/session';
import { recordGateReview } from '../../domain/commands/record-gate-review';
import { blankAspects, blankBenefitRatings } from '../../domain/gates';
import { GateBoardView } from './GateBoardView';
import { ALL_PROGRAMMES } from './board-model';

const LINDANGEN = { ...ALL_PROGRAMMES, areaId: 'area_a' };
import { nextCard } from './board-navigation';
import { historyReviews, programmeDoc, renderWithStore } from './ui-test-kit';

afterEach(cleanup);

const column = (name: string) => screen.getByRole('region', { name: new RegExp(`^${name}`) });
const card = (title: string) => screen.getByRole('button', { name: new RegExp(title) });

describe('gate board', () => {
  it('places each investment in its phase’s column and moves it after a pass', async () => {
    const { store } = renderWithStore(<GateBoardView view={LINDANGEN} />, { doc: programmeDoc(historyReviews()) });
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
    const { store } = renderWithStore(<GateBoardView view={LINDANGEN} />, { lang: 'en', doc: programmeDoc(historyReviews()) });
    expect(within(column('G1 Pre-study')).getByRole('button', { name: /Belysning/ })).toBeTruthy();
    act(() => store.setSession({ asOf: '2026-01-31' }));
    expect(screen.getByText(/As of 31 Jan 2026/)).toBeTruthy();
    expect(within(column('G0 Idea')).getByRole('button', { name: /Belysning/ }).textContent).toContain('Not yet reviewed');
  });

  it('selects the investment of a card, and keeps one card in the tab order that arrow keys move', () => {
    const { store } = renderWithStore(<GateBoardView view={LINDANGEN} />, { doc: programmeDoc(historyReviews()) });
    const tabbable = [...document.querySelectorAll<HTMLButtonElement>('.board-card')].filter((b) => b.tabIndex === 0);
    expect(tabbable.map((b) => b.textContent)).toEqual([expect.stringContaining('Läxhjälp')]);
    tabbable[0]!.focus();
    fireEvent.keyDown(tabbable[0]!, { key: 'ArrowUp' });
    expect(document.activeElement).toBe(card('Läxhjälp'));
    fireEvent.keyDown(document.activeElement!, { key: 'ArrowRight' });
    expect(document.activeElement).toBe(card('Belysning'));
    expect(card('Belysning').tabIndex).toBe(0);
    expect(card('Läxhjälp').tabIndex).toBe(-1);
    act(() => store.setSession({ board: LINDANGEN }));
    fireEvent.click(card('Belysning'));
    expect(store.getState().session.selection).toEqual({ type: 'investment', ids: ['inv_c'] });
    // Choosing a card shows the investment on the map: the board gives the map back.
    expect(store.getState().session.board).toBeNull();
  });

  it('shows waiting and stopped in words and narrows by department, kind and waiting only, counting each column', () => {
    const reviews = historyReviews().slice(0, 2);
    const { store } = renderWithStore(<BoardHost />, { doc: programmeDoc(reviews) });
    const show = (view: BoardView) => act(() => store.setSession({ board: view }));
    show(LINDANGEN);
    const stopped = card('Belysning');
    expect(stopped.className).toContain('status-stopped');
    expect(stopped.textContent).toMatch(/^Avbruten/);
    expect(within(column('G0 Idé')).getByText('2 st')).toBeTruthy();
    expect(card('Parkstråk').textContent).toContain('Stadsbyggnadskontoret');
    show({ ...LINDANGEN, departmentId: 'dep_fri' });
    expect(screen.queryByRole('button', { name: /Parkstråk/ })).toBeNull();
    expect(card('Läxhjälp')).toBeTruthy();
    show({ ...LINDANGEN, kind: 'physical' });
    expect(screen.queryByRole('button', { name: /Läxhjälp/ })).toBeNull();
    show({ ...LINDANGEN, waitingOnly: true });
    expect(screen.queryAllByRole('button', { name: /Parkstråk|Läxhjälp|Belysning/ })).toEqual([]);
    expect(within(column('G0 Idé')).getByText('0 st')).toBeTruthy();
  });

  it('shows every programme with each card’s area, and the filters change the board', () => {
    const { store: s2 } = renderWithStore(<BoardHost />, { doc: programmeDoc(historyReviews()) });
    act(() => s2.setSession({ board: ALL_PROGRAMMES }));
    expect(screen.getByRole('heading', { name: 'Grindtavla: alla program' })).toBeTruthy();
    expect(card('Parkstråk').textContent).toContain('Lindängen');
    fireEvent.click(screen.getByLabelText('Bara avvaktande'));
    expect(s2.getState().session.board).toMatchObject({ waitingOnly: true });
    expect(card('Belysning').textContent).toMatch(/^Avvaktar/);
    expect(screen.queryByRole('button', { name: /Parkstråk/ })).toBeNull();
    fireEvent.keyDown(card('Belysning'), { key: 'Escape' });
    expect(s2.getState().session.board).toBeNull();
  });
});

/** Renders the board the way the app does: from the session, gone when the session closes it. */
function BoardHost() {
  const board = usePlatsen((s) => s.session.board);
  return board ? <GateBoardView view={board} /> : null;
}

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
