// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { StoreContext } from '../../app/store-context';
import '../../i18n/strings';
import { createPlatsenStore } from '../../store/store';
import { historyReviews, programmeDoc } from '../gates/ui-test-kit';
import { AsOfSlider } from './AsOfSlider';

afterEach(cleanup);

describe('as-of control', () => {
  it('has a date field beside the slider that sets the day, kept within the decisions and today', () => {
    const store = createPlatsenStore(async () => {}, 'sv');
    store.load(programmeDoc(historyReviews()));
    render(<StoreContext.Provider value={store}><AsOfSlider /></StoreContext.Provider>);
    fireEvent.click(screen.getByRole('checkbox', { name: 'Visa läget per datum' }));
    const field = screen.getByLabelText('Läget per') as HTMLInputElement;
    expect(field.type).toBe('date');
    fireEvent.change(field, { target: { value: '2026-02-10' } });
    expect(store.getState().session.asOf).toBe('2026-02-10');
    expect((screen.getByRole('slider') as HTMLInputElement).getAttribute('aria-valuetext')).toBe('10 feb. 2026');
    // Before the first decision: the first decision's day.
    fireEvent.change(field, { target: { value: '1999-01-01' } });
    expect(store.getState().session.asOf).toBe(field.min);
    act(() => store.setSession({ asOf: null }));
    expect(screen.queryByLabelText('Läget per')).toBeNull();
  });
});
