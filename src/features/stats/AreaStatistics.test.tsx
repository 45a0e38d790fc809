// @vitest-environment jsdom
import { cleanup, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { rect, testArea } from '../../domain/test-kit';
import { programmeDoc, renderWithStore } from '../gates/ui-test-kit';
import { AreaStatistics, AreaStatisticsView } from './AreaStatistics';
import { adoptedArea, DESO_FIXTURE } from './stats-fixtures';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const row = (key: string) => document.querySelector<HTMLElement>(`tr[data-stat="${key}"]`)!;

describe('area statistics panel', () => {
  it('shows exact figures with units, and a suppressed value as missing, never 0', () => {
    renderWithStore(<AreaStatisticsView area={adoptedArea()} features={DESO_FIXTURE} />);
    expect(within(row('pop')).getAllByRole('cell')[0]!.textContent!.replace(/\s/g, ' ')).toBe('4 000 personer');
    // Shares are weighted by population: (20·1000 + 30·3000) / 4000 = 27.5.
    expect(within(row('young')).getByText('27,5 %')).toBeTruthy();
    expect(within(row('young')).getByText('Exakt (DeSO)')).toBeTruthy();
    // flats is missing in the DeSO with 3 000 of the 4 000 people: the figure covers the rest, and says so.
    expect(within(row('flats')).getByText(/^90 %/)).toBeTruthy();
    expect(within(row('flats')).getByText('Uppgift saknas för 75 % av underlaget')).toBeTruthy();
    expect(screen.getByText('DeSO täcker 100 % av området')).toBeTruthy();
    expect(screen.getByText(/Källa: SCB \(CC0\)/)).toBeTruthy();
  });

  it('says "missing" where no contributing DeSO has the value', () => {
    const only = [DESO_FIXTURE[1]!];
    const area = { ...adoptedArea(), source: { type: 'adopted' as const, layer: 'malmo-deso' as const, codes: ['1280C0002'] } };
    renderWithStore(<AreaStatisticsView area={area} features={only} />, { lang: 'en' });
    const cell = within(row('flats')).getAllByRole('cell')[0]!;
    expect(cell.textContent).toBe('Not available');
    expect(within(row('capital_inc')).getAllByRole('cell')[0]!.textContent).toBe('Not available');
    expect(row('flats').textContent).not.toMatch(/\b0(\.0)?%/);
  });

  it('names the estimate methods and the coverage of a drawn area reaching outside the statistics', () => {
    // Half of this area lies east of both DeSO squares.
    const drawn = testArea('area_d', 'Ritad', rect(13.01, 55.6, 13.03, 55.61));
    renderWithStore(<AreaStatisticsView area={drawn} features={DESO_FIXTURE} />);
    expect(within(row('pop')).getByText('Ytviktat')).toBeTruthy();
    expect(within(row('income')).getByText('Befolkningsviktat')).toBeTruthy();
    expect(screen.getByText('DeSO täcker 50 % av området')).toBeTruthy();
    expect(screen.getByText(/gäller bara den täckta delen/)).toBeTruthy();
  });

  it('loads the DeSO files from the app when first opened, then shows the figures', async () => {
    const fetchMock = vi.fn(async (url: string) => new Response(JSON.stringify({
      type: 'FeatureCollection', features: url.includes('malmo') ? DESO_FIXTURE : [],
    })));
    vi.stubGlobal('fetch', fetchMock);
    const doc = programmeDoc();
    doc.areas.area_a = adoptedArea();
    renderWithStore(<AreaStatistics areaId="area_a" />, { doc });
    expect(screen.getByRole('status').textContent).toMatch(/Hämtar statistiken/);
    expect(await screen.findByText('27,5 %')).toBeTruthy();
    expect(fetchMock.mock.calls.map(([u]) => new URL(u).pathname).sort()).toEqual(['/reference/boras-deso.geojson', '/reference/malmo-deso.geojson']);
  });
});
