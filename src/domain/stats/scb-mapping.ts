// Which of an SCB table's series become which of Platsen's statistics (statistics.ts), and how a
// share is made of two series: SCB's DeSO tables mostly give counts (persons with foreign
// background, and all persons), while the map and Mätning show the share in per cent.
import { foldText } from '../filter';
import type { StatTable } from './read-scb';
import { statisticDef, type StatKey } from './statistics';

export interface StatMapping {
  key: StatKey;
  /** Index into the table's series of the chosen year. */
  series: number;
  /** A series to divide by (the total), giving a share in per cent; null: the values as they are. */
  per: number | null;
}

/** The series of one year, in the table's order. */
export const seriesOfYear = (table: StatTable, year: string) => table.series.filter((s) => s.year === year);

const TOTAL = /\b(totalt|samtliga|total|alla)\b/;
const totals = (label: string) => (foldText(label).match(new RegExp(TOTAL, 'g')) ?? []).length;

/** SCB's wording for the statistics Platsen knows by name (../shared/data/README.md gives the tables). */
const WORDS: Array<[StatKey, RegExp]> = [
  ['foreign', /utlandsk bakgrund/],
  ['pop', /folkmangd|befolkning|antal personer/],
];

/**
 * First guesses, shown for the user to change: population from the series with the most "totalt"
 * among those saying folkmängd; foreign background as that series divided by its total (the same
 * categories with "totalt" where it says "utländsk bakgrund").
 */
export function guessMappings(table: StatTable, year: string): StatMapping[] {
  const series = seriesOfYear(table, year);
  const labels = series.map((s) => foldText(s.label));
  const out: StatMapping[] = [];
  for (const [key, words] of WORDS) {
    const hits = labels.map((l, i) => [l, i] as const).filter(([l]) => words.test(l));
    if (key === 'foreign') {
      const hit = hits.find(([l]) => !/svensk/.test(l));
      if (!hit) continue;
      const totalLabel = hit[0].replace(words, 'totalt');
      const per = labels.findIndex((l) => l === totalLabel);
      out.push({ key, series: hit[1], per: per >= 0 ? per : null });
    } else if (hits.length && !out.some((m) => m.key === key)) {
      const best = hits.reduce((a, b) => (totals(b[0]) > totals(a[0]) ? b : a));
      if (!/utlandsk|svensk/.test(best[0])) out.push({ key, series: best[1], per: null });
    }
  }
  return out;
}

/** The mapped values by region: a share in per cent when `per` is set (missing when either is, or the total is 0). */
export function mappedValues(table: StatTable, year: string, m: StatMapping): Record<string, number | null> {
  const series = seriesOfYear(table, year);
  const values = series[m.series]?.values ?? {};
  const per = m.per === null ? null : series[m.per]?.values ?? {};
  const out: Record<string, number | null> = {};
  for (const [code, v] of Object.entries(values)) {
    const total = per?.[code];
    out[code] = per === null ? v : v === null || total === null || total === undefined || total === 0 ? null : Math.round((1000 * v) / total) / 10;
  }
  return out;
}

/** A share needs a total to divide by; a count must not be divided. */
export function mappingFits(m: StatMapping): boolean {
  return statisticDef(m.key).unit === 'percent' || m.per === null;
}
