// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { translate } from '../../i18n/translate';
import { placeIndex, type Place } from '../../search/places';
import { PlaceSearch } from './PlaceSearch';

afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

const t = (key: string, params?: Record<string, string | number>) => translate('sv', key, params);
const place = (kind: Place['kind'], label: string): Place => ({ kind, id: label, label, detail: '', center: [13, 55.6], bbox: null });
const index = placeIndex([place('area', 'Holma'), place('area', 'Herrgården'), place('investment', 'Hälsotorg')]);

function setup(remote?: (text: string, signal: AbortSignal) => Promise<Place[]>) {
  const onPick = vi.fn();
  render(<PlaceSearch label="Sök plats" placeholder="" local={(q) => index.search(q)} remote={remote} onPick={onPick} t={t} />);
  return { onPick, box: screen.getByRole('combobox', { name: 'Sök plats' }) };
}

describe('the place search box (combobox)', () => {
  it('suggests as you type; arrows move, Enter picks, Escape closes then clears', () => {
    const { onPick, box } = setup();
    fireEvent.change(box, { target: { value: 'h' } });
    expect(screen.getAllByRole('option').map((o) => o.textContent)).toEqual(['HerrgårdenOmråde', 'HolmaOmråde', 'HälsotorgInvestering']);
    expect(box.getAttribute('aria-expanded')).toBe('true');
    fireEvent.keyDown(box, { key: 'ArrowUp' });
    expect(box.getAttribute('aria-activedescendant')).toBe(screen.getAllByRole('option')[2]!.id);
    expect(screen.getAllByRole('option')[2]!.getAttribute('aria-selected')).toBe('true');
    fireEvent.keyDown(box, { key: 'ArrowDown' });
    fireEvent.keyDown(box, { key: 'Enter' });
    expect(onPick).toHaveBeenCalledWith(expect.objectContaining({ label: 'Herrgården' }));
    expect((box as HTMLInputElement).value).toBe('Herrgården');
    expect(screen.queryByRole('option')).toBeNull();
    fireEvent.keyDown(box, { key: 'Escape' });
    expect((box as HTMLInputElement).value).toBe('');
  });

  it('asks for addresses after a pause, cancels a stale request, and says when the service fails', async () => {
    vi.useFakeTimers();
    const signals: AbortSignal[] = [];
    const remote = vi.fn(async (text: string, signal: AbortSignal) => {
      signals.push(signal);
      if (text === 'Testgränd 9') throw new Error('503');
      return [place('address', `${text}, Malmö`)];
    });
    const { box } = setup(remote);
    fireEvent.change(box, { target: { value: 'Tes' } });
    fireEvent.change(box, { target: { value: 'Testgränd 3' } });
    await act(async () => { await vi.advanceTimersByTimeAsync(400); });
    expect(remote).toHaveBeenCalledTimes(1);
    expect(screen.getByRole('option', { name: /Testgränd 3, Malmö/ }).textContent).toMatch(/Adress/);
    fireEvent.change(box, { target: { value: 'Testgränd 9' } });
    expect(signals[0]!.aborted).toBe(true);
    await act(async () => { await vi.advanceTimersByTimeAsync(400); });
    expect(screen.getByRole('status').textContent).toMatch(/Adressökningen svarar inte just nu/);
    // Too short a query asks nothing.
    fireEvent.change(box, { target: { value: 'Ho' } });
    await act(async () => { await vi.advanceTimersByTimeAsync(400); });
    expect(remote).toHaveBeenCalledTimes(2);
    expect(screen.getAllByRole('option').map((o) => o.textContent)).toEqual(['HolmaOmråde']);
  });
});
