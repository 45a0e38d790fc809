// @vitest-environment jsdom
import { act, cleanup, fireEvent, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { selectFilteredInvestments } from '../../store/selectors';
import type { PlatsenStore } from '../../store/store';
import { programmeDoc, renderWithStore } from '../gates/ui-test-kit';
import { InvestmentsPanel } from './InvestmentsPanel';

afterEach(cleanup);

const rows = () => within(screen.getByRole('list')).queryAllByRole('listitem');
const filtered = (store: PlatsenStore) => selectFilteredInvestments(store.getState());
const choose = (label: string, value: string) => act(() => { fireEvent.change(screen.getByLabelText(label), { target: { value } }); });

describe('investment list and filter', () => {
  it('lists exactly the filtered investments the map shows, with the count', () => {
    const { store } = renderWithStore(<InvestmentsPanel />);
    expect(screen.getByText('3 av 3 investeringar')).toBeTruthy();

    choose('Typ', 'social');
    expect(store.getState().session.filter.kinds).toEqual(['social']);
    expect(screen.getByText(`${filtered(store).length} av 3 investeringar`)).toBeTruthy();
    expect(rows()).toHaveLength(filtered(store).length);
    expect(rows()[0]!.textContent).toContain('Läxhjälp');

    fireEvent.click(screen.getByRole('button', { name: 'Rensa filter' }));
    choose('Sök investering', 'parkstrak');
    expect(rows().map((r) => r.textContent)).toEqual([expect.stringContaining('Parkstråk')]);
    choose('Förvaltning', 'dep_fri');
    expect(screen.getByText('0 av 3 investeringar')).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: 'Rensa filter' }));
    expect(rows()).toHaveLength(3);
    expect((screen.getByRole('button', { name: 'Rensa filter' }) as HTMLButtonElement).disabled).toBe(true);
  });

  it('filters by area, including investments without one', () => {
    const doc = programmeDoc();
    doc.investments.inv_c!.areaId = null;
    const { store } = renderWithStore(<InvestmentsPanel />, { doc });
    choose('Område', 'none');
    expect(filtered(store).map((i) => i.id)).toEqual(['inv_c']);
    expect(rows()).toHaveLength(1);
  });

  it('selects an investment from its row', () => {
    const { store } = renderWithStore(<InvestmentsPanel />);
    fireEvent.click(screen.getByRole('button', { name: /Läxhjälp/ }));
    expect(store.getState().session.selection).toEqual({ type: 'investment', ids: ['inv_b'] });
  });

  it('changes the department of the chosen investments in one undoable step', async () => {
    const { store } = renderWithStore(<InvestmentsPanel />);
    const untouched = store.getState().doc.investments.inv_b;
    fireEvent.click(screen.getByRole('checkbox', { name: 'Välj Parkstråk' }));
    fireEvent.click(screen.getByRole('checkbox', { name: 'Välj Belysning' }));
    expect(screen.getByText('Ändra 2 valda')).toBeTruthy();
    choose('Nytt värde', 'dep_fri');
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Ändra' })));

    const { investments } = store.getState().doc;
    expect([investments.inv_a!.departmentId, investments.inv_c!.departmentId]).toEqual(['dep_fri', 'dep_fri']);
    expect(investments.inv_b).toBe(untouched);
    expect(store.getState().past).toHaveLength(1);

    await act(() => store.undo());
    const undone = store.getState().doc.investments;
    expect([undone.inv_a!.departmentId, undone.inv_c!.departmentId]).toEqual(['dep_sbk', null]);
  });

  it('shows a hostile title literally in the list', () => {
    const doc = programmeDoc();
    doc.investments.inv_a!.title = '<img src=x onerror=alert(1)>';
    renderWithStore(<InvestmentsPanel />, { doc });
    expect(screen.getByText('<img src=x onerror=alert(1)>')).toBeTruthy();
    expect(document.querySelector('img')).toBeNull();
  });
});
