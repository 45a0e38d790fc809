// Every UI string lives in a strings module as { sv, en } pairs, so a missing English text is a
// type error rather than a surprise at run time. Swedish is the default language.
import type { Lang } from '../store/session';

export type Entry = { sv: string; en: string };
export type Strings = Record<string, Entry>;
export type Params = Record<string, string | number>;

const table: Record<string, Entry> = {};

/** Feature modules register their strings once at import time. */
export function registerStrings(strings: Strings): void {
  for (const [key, entry] of Object.entries(strings)) {
    if (key in table && table[key]!.sv !== entry.sv) throw new Error(`i18n key registered twice: ${key}`);
    table[key] = entry;
  }
}

export function hasKey(key: string): boolean {
  return key in table;
}

export function allKeys(): string[] {
  return Object.keys(table);
}

/** Translates a key; {name} placeholders are filled from params (numbers formatted for the language). */
export function translate(lang: Lang, key: string, params: Params = {}): string {
  const entry = table[key];
  const text = entry ? entry[lang] : key;
  return text.replace(/\{(\w+)\}/g, (_, name: string) => {
    const v = params[name];
    if (v === undefined) return `{${name}}`;
    return typeof v === 'number' ? formatNumber(v, lang) : v;
  });
}

export const LOCALES: Record<Lang, string> = { sv: 'sv-SE', en: 'en-GB' };

export function formatNumber(n: number, lang: Lang, maxFractionDigits = 1): string {
  return new Intl.NumberFormat(LOCALES[lang], { maximumFractionDigits: maxFractionDigits }).format(n);
}

/** SEK amounts: "12 500 000 kr" in Swedish, "SEK 12,500,000" in English (ux.md). */
export function formatSek(n: number, lang: Lang): string {
  const digits = new Intl.NumberFormat(LOCALES[lang], { maximumFractionDigits: 0 }).format(n);
  return lang === 'sv' ? `${digits} kr` : `SEK ${digits}`;
}

/** Areas: km² with one decimal from 1 km² up, hectares below that. */
export function formatArea(squareMetres: number, lang: Lang): string {
  return squareMetres >= 1_000_000
    ? `${formatNumber(squareMetres / 1_000_000, lang, 1)} km²`
    : `${formatNumber(squareMetres / 10_000, lang, 1)} ha`;
}

/** Dates: "27 nov. 2026" in Swedish, "27 Nov 2026" in English. */
export function formatDate(isoDate: string, lang: Lang): string {
  const d = new Date(isoDate.length === 10 ? `${isoDate}T12:00:00Z` : isoDate);
  if (Number.isNaN(d.getTime())) return isoDate;
  return new Intl.DateTimeFormat(LOCALES[lang], { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' }).format(d);
}
