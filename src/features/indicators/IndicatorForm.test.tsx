// @vitest-environment jsdom
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Indicator } from '../../domain/model';
import { programmeDoc, renderWithStore } from '../gates/ui-test-kit';
import { IndicatorForm } from './IndicatorForm';
import { IndicatorList } from './IndicatorList';

afterEach(cleanup);

const fill = (label: string | RegExp, value: string, scope: HTMLElement = document.body) =>
  fireEvent.change(within(scope).getByLabelText(label), { target: { value } });
const fieldset = (legend: string) => screen.getByRole('group', { name: legend });

// Generous: several engineers' test runs share two cores, and the first render pays for the imports.
describe('indicator form', { timeout: 20_000 }, () => {
  it('creates an indicator with baseline, target, dimension and goals', async () => {
    const onDone = vi.fn();
    const { store } = renderWithStore(<IndicatorForm programmeId="prog_a" areaId="area_a" onDone={onDone} />);
    fill('Namn', 'Upplevd trygghet kvällstid');
    fill('Enhet', '%');
    fill('Värde', '41,5', fieldset('Utgångsläge'));
    fill('År', '2024', fieldset('Utgångsläge'));
    fill('Värde', '60', fieldset('Mål'));
    fill('År', '2030', fieldset('Mål'));
    fill('Nyttodimension', 'social');
    fireEvent.click(screen.getByRole('checkbox', { name: /Mål 16/ }));
    fireEvent.click(screen.getByRole('button', { name: 'Skapa indikator' }));
    await waitFor(() => expect(onDone).toHaveBeenCalled());
    const [ind] = Object.values(store.getState().doc.indicators);
    expect(ind).toMatchObject({
      programmeId: 'prog_a', name: 'Upplevd trygghet kvällstid', unit: '%', statistic: null,
      baseline: { value: 41.5, year: 2024 }, target: { value: 60, year: 2030 }, benefitDimension: 'social', sdgs: [16], public: false,
    });
    expect(store.getState().past.at(-1)?.label).toBe('command.addIndicator');
  });

  it('says what to correct and saves nothing when the name is missing or a number is not a number', async () => {
    const onDone = vi.fn();
    const { store } = renderWithStore(<IndicatorForm programmeId="prog_a" areaId="area_a" onDone={onDone} />);
    fireEvent.click(screen.getByRole('button', { name: 'Skapa indikator' }));
    await waitFor(() => expect(screen.getByRole('alert').textContent).toBe('Ge indikatorn ett namn.'));

    fill('Namn', 'Arbete');
    fill('Värde', 'många', fieldset('Utgångsläge'));
    fill('År', '2024', fieldset('Utgångsläge'));
    fireEvent.click(screen.getByRole('button', { name: 'Skapa indikator' }));
    await waitFor(() => expect(screen.getByRole('alert').textContent).toBe('Utgångsläge: skriv ett tal, t.ex. 12,5.'));

    fill('Värde', '10', fieldset('Utgångsläge'));
    fill('Värde', '5', fieldset('Mål'));
    fill('År', '2020', fieldset('Mål'));
    fireEvent.click(screen.getByRole('button', { name: 'Skapa indikator' }));
    await waitFor(() => expect(screen.getByRole('alert').textContent).toBe('Målåret kan inte ligga före utgångsläget.'));
    expect(store.getState().doc.indicators).toEqual({});
    expect(onDone).not.toHaveBeenCalled();
  });

  it('fills name, unit and source from a chosen statistic', () => {
    renderWithStore(<IndicatorForm programmeId="prog_a" areaId="area_a" onDone={() => {}} />, { lang: 'en' });
    fireEvent.click(screen.getByRole('radio', { name: 'Statistics from SCB' }));
    fill('Statistic', 'unemp');
    expect((screen.getByLabelText('Name') as HTMLInputElement).value).toBe('Unemployment');
    expect((screen.getByLabelText('Unit') as HTMLInputElement).value).toBe('%');
    expect((screen.getByLabelText('Source (text)') as HTMLInputElement).value).toBe('SCB, DeSO statistics');
    expect(screen.getByRole('button', { name: 'Take the baseline from the area' })).toBeTruthy();
  });
});

describe('indicator list', { timeout: 20_000 }, () => {
  const indicator: Indicator = {
    id: 'ind_1', programmeId: 'prog_a', createdAt: '2026-01-01T00:00:00.000Z', updatedAt: '2026-01-01T00:00:00.000Z',
    name: 'Arbetslöshet', unit: '%', statistic: 'unemp', source: 'SCB', baseline: { value: 12, year: 2024 },
    target: { value: 8, year: 2030 }, measurements: [], benefitDimension: 'economic', sdgs: [8], public: true,
  };

  it('adds a measurement, which the chart and the table then show', async () => {
    const doc = programmeDoc();
    doc.indicators.ind_1 = indicator;
    const { store } = renderWithStore(<IndicatorList areaId="area_a" />, { doc });
    expect(document.querySelectorAll('[data-kind="measurement"]')).toHaveLength(0);
    fill('Mätvärde', '10,5');
    fill('Datum', '2025-06-30');
    fireEvent.click(screen.getByRole('button', { name: 'Lägg till mätvärde' }));
    await waitFor(() => expect(store.getState().doc.indicators.ind_1!.measurements).toEqual([{ value: 10.5, date: '2025-06-30' }]));
    expect(document.querySelectorAll('circle[data-kind="measurement"]')).toHaveLength(1);
    expect(document.querySelectorAll('tr[data-kind="measurement"]')).toHaveLength(1);
  });

  it('asks before deleting, saying how many measurements go with it', async () => {
    const doc = programmeDoc();
    doc.indicators.ind_1 = { ...indicator, measurements: [{ value: 11, date: '2025-01-01' }] };
    const { store } = renderWithStore(<IndicatorList areaId="area_a" />, { doc });
    fireEvent.click(screen.getByRole('button', { name: 'Ta bort' }));
    expect(screen.getByText('Ta bort indikatorn ”Arbetslöshet” med 1 mätvärde? Det går att ångra.')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Ja, ta bort' }));
    await waitFor(() => expect(store.getState().doc.indicators).toEqual({}));
    expect(screen.getByText('Programmet har inga indikatorer än.')).toBeTruthy();
  });
});
