// @vitest-environment jsdom
import { act, cleanup, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { historyReviews, programmeDoc, renderWithStore } from '../gates/ui-test-kit';
import { Rollups } from './Rollups';

afterEach(cleanup);

const row = (table: string, group: string) =>
  within(screen.getByRole('table', { name: table })).getByRole('row', { name: new RegExp(`^${group}`) }).textContent!.replace(/\s/g, ' ');

describe('roll-ups', () => {
  it('sums budgets by kind, department and phase as tables of numbers, following the session’s date', () => {
    const { store } = renderWithStore(<Rollups areaId="area_a" />, { lang: 'en', doc: programmeDoc(historyReviews()) });
    expect(row('Budget by kind', 'Physical')).toBe('Physical2SEK 12,500,000SEK 300,000');
    expect(row('Budget by department', 'Fritidsförvaltningen')).toBe('Fritidsförvaltningen1SEK 500,000SEK 900,000');
    expect(row('Budget by phase', 'G1 Pre-study')).toBe('G1 Pre-study1SEK 0SEK 0');
    expect(screen.getByText('3 of 17 goals are touched.')).toBeTruthy();
    expect(screen.getByText('Goal 4: Quality education, 1 investment')).toBeTruthy();
    expect(screen.getByText('Goal 5: Gender equality, not touched')).toBeTruthy();
    act(() => store.setSession({ asOf: '2026-01-31' }));
    expect(row('Budget by phase', 'G1 Pre-study')).toBe('G1 Pre-study0SEK 0SEK 0');
    expect(screen.getByText('As of 31 Jan 2026')).toBeTruthy();
  });
});
