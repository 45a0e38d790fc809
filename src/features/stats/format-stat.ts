// Figures of the SCB statistics as people read them: in the UI's language, with the unit, and a
// missing value said in words (never 0).
import type { StatKey, StatUnit } from '../../domain/stats/statistics';
import { statisticDef } from '../../domain/stats/statistics';
import { LOCALES, translate } from '../../i18n/translate';
import type { Lang } from '../../store/session';

/** Persons are whole people; shares and incomes keep one decimal. */
const DIGITS: Record<StatUnit, number> = { persons: 0, percent: 1, kSEK: 1 };

function number(n: number, unit: StatUnit, lang: Lang, fixed: boolean): string {
  const digits = DIGITS[unit];
  return new Intl.NumberFormat(LOCALES[lang], { maximumFractionDigits: digits, minimumFractionDigits: fixed ? digits : 0 }).format(n);
}

/** "12,3 %", "2 056 personer", "418,7 tkr"; null gives "Uppgift saknas". */
export function formatStat(value: number | null, key: StatKey, lang: Lang): string {
  if (value === null) return translate(lang, 'stat.missing');
  const { unit } = statisticDef(key);
  return translate(lang, `statsUi.value.${unit}`, { value: number(value, unit, lang, false) });
}

/** A class of a legend: "12,3 – 18,0 %", both ends with the same number of decimals. */
export function formatStatRange(from: number, to: number, key: StatKey, lang: Lang): string {
  const { unit } = statisticDef(key);
  return translate(lang, `statsUi.value.${unit}`, { value: `${number(from, unit, lang, true)} – ${number(to, unit, lang, true)}` });
}

/** Data years of the bundled figures: population figures are from 2025, income and work from 2024. */
export function dataYear(key: StatKey): number {
  return key === 'pop' || key === 'growth' || key === 'young' || key === 'foreign' ? 2025 : 2024;
}
