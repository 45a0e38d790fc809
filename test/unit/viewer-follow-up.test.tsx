// @vitest-environment jsdom
// What residents see of the follow-up: an area's public indicators (baseline, measurements, target
// as a table beside a picture of the trend), and an investment's achieved benefits next to the
// expected ones. Snapshots published before these fields existed still show their pages.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { parseSnapshot } from '../../src/domain/publish/parse-snapshot';
import type { PublicSnapshot } from '../../src/domain/publish/snapshot-types';
import { AreaPage } from '../../src/viewer/AreaPage';
import { InvestmentPage } from '../../src/viewer/InvestmentPage';
import { LangContext } from '../../src/viewer/words';

const demo = () => parseSnapshot(readFileSync(join(import.meta.dirname, '..', '..', 'public', 'demo-snapshot.json'), 'utf8'));
afterEach(cleanup);

function showArea(snapshot: PublicSnapshot, id: string, lang: 'sv' | 'en' = 'sv') {
  const area = snapshot.areas.find((a) => a.id === id)!;
  return render(<LangContext.Provider value={lang}><AreaPage snapshot={snapshot} area={area} onOpen={() => undefined} /></LangContext.Provider>);
}

function showInvestment(snapshot: PublicSnapshot, id: string, lang: 'sv' | 'en' = 'sv') {
  const investment = snapshot.investments.find((i) => i.id === id)!;
  return render(<LangContext.Provider value={lang}><InvestmentPage snapshot={snapshot} investment={investment} onOpen={() => undefined} /></LangContext.Provider>);
}

const rowsOf = (table: HTMLElement) => within(table).getAllByRole('row').slice(1).map((r) => [...r.children].map((c) => c.textContent));

describe('the area page follows up', () => {
  it('lists the public indicators with baseline, measurements and target as a table, and says where the figures come from', () => {
    const { container } = showArea(demo(), 'area_lindangen');
    expect(screen.getByRole('heading', { level: 3, name: 'Så följer vi upp' })).toBeTruthy();
    const item = screen.getByRole('heading', { level: 4, name: 'Andel förvärvsarbetande 20–64 år' }).closest('li')!;
    expect(item.textContent).toMatch(/Källa: Fiktivt exempel/);
    expect(item.textContent).toContain('För ekonomin');
    expect(rowsOf(within(item).getByRole('table', { name: 'Värden för Andel förvärvsarbetande 20–64 år' }))).toEqual([
      ['Utgångsläge', '2022', '58,4 %'],
      ['Mätt', '30 nov. 2023', '59,6 %'],
      ['Mätt', '30 nov. 2024', '61,1 %'],
      ['Mål', '2028', '65 %'],
    ]);
    expect(within(item).getByText(/Mål 8: /)).toBeTruthy();
    // The picture is decorative (the table has the numbers) and has one mark per value.
    const svg = item.querySelector('svg.viewer-spark')!;
    expect(svg.getAttribute('aria-hidden')).toBe('true');
    expect([svg.querySelectorAll('rect').length, svg.querySelectorAll('circle').length, svg.querySelectorAll('polygon').length]).toEqual([1, 2, 1]);
    expect(container.querySelectorAll('.viewer-indicator')).toHaveLength(2);
  });

  it('leaves out the indicators the programme has not made public', () => {
    showArea(demo(), 'area_kroksback', 'en');
    expect(screen.getByRole('heading', { level: 3, name: 'How we follow up' })).toBeTruthy();
    expect(screen.getAllByRole('heading', { level: 4 }).map((h) => h.textContent)).not.toContain('Anmälda vattenskador i källare efter skyfall');
    expect(document.body.textContent).not.toMatch(/vattenskador/);
  });

  it('shows no follow-up section for a snapshot published before indicators were part of it', () => {
    const snapshot = demo();
    for (const a of snapshot.areas) delete a.programme?.indicators;
    showArea(snapshot, 'area_lindangen');
    expect(screen.queryByRole('heading', { name: 'Så följer vi upp' })).toBeNull();
    expect(screen.getByRole('heading', { level: 3, name: 'Varför?' })).toBeTruthy();
  });
});

describe('the investment page', () => {
  it('shows what was achieved next to what was expected, with the judged degree', () => {
    showInvestment(demo(), 'inv_lindangen_02', 'en');
    expect(screen.getByRole('heading', { level: 4, name: 'Expected and achieved benefits' })).toBeTruthy();
    expect(screen.getByText('The benefits were followed up on 15 Oct 2026.')).toBeTruthy();
    const social = screen.getByText('For people').closest('div')!;
    expect([...social.querySelectorAll('dd')].map((dd) => dd.textContent)).toEqual([
      expect.stringMatching(/^Expected: Fler boende/),
      expect.stringMatching(/^Achieved: Andelen boende som undviker torget kvällstid har minskat från 41 till 27 procent/),
      'Judged: 75% of the expected benefit achieved',
    ]);
  });

  it('shows the expected benefits alone when there is no public follow-up, also in older snapshots', () => {
    const snapshot = demo();
    delete snapshot.investments.find((i) => i.id === 'inv_lindangen_02')!.realisation;
    showInvestment(snapshot, 'inv_lindangen_02');
    expect(screen.queryByText(/Uppnått|följdes upp/)).toBeNull();
    const social = screen.getByText('För människorna').closest('div')!;
    expect(social.querySelector('dd')!.textContent).toMatch(/^Fler boende/);
  });
});
