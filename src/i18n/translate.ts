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

export function entryOf(key: string): Entry | undefined {
  return table[key];
}

/**
 * Translates a key; {name} placeholders are filled from params (numbers formatted for the
 * language). A count takes the ICU plural form `{n, plural, one {# investering} other {# investeringar}}`:
 * the branch is chosen by Intl.PluralRules for the language (`=0 {…}` matches exactly), `#` is the
 * number, and a branch may hold other placeholders. Only this one ICU construct is used, so it is
 * read here in a few lines rather than by a full ICU library that the public viewer would carry too.
 */
export function translate(lang: Lang, key: string, params: Params = {}): string {
  const entry = table[key];
  const text = entry ? entry[lang] : key;
  return fill(choosePlurals(text, lang, params), lang, params);
}

function fill(text: string, lang: Lang, params: Params): string {
  return text.replace(/\{(\w+)\}/g, (_, name: string) => {
    const v = params[name];
    if (v === undefined) return `{${name}}`;
    return typeof v === 'number' ? formatNumber(v, lang) : v;
  });
}

const PLURAL_START = /\{(\w+), *plural, */g;
const pluralRules = new Map<Lang, Intl.PluralRules>();

export function pluralCategory(n: number, lang: Lang): Intl.LDMLPluralRule {
  let rules = pluralRules.get(lang);
  if (!rules) pluralRules.set(lang, (rules = new Intl.PluralRules(LOCALES[lang])));
  return rules.select(n);
}

/** One `{name, plural, …}` argument of a message: its placeholder and its branches by selector. */
export interface PluralArg {
  name: string;
  branches: Map<string, string>;
  /** Where the argument starts and ends in the message. */
  start: number;
  end: number;
}

/** The index just after the brace that closes the one opened before `from` (nested braces counted). */
function closingBrace(text: string, from: number): number {
  let depth = 1;
  for (let i = from; i < text.length; i++) {
    if (text[i] === '{') depth++;
    else if (text[i] === '}' && --depth === 0) return i + 1;
  }
  throw new Error(`Unbalanced braces in message: ${text}`);
}

/** Every plural argument of a message (the outermost ones; a branch is read again when chosen). */
export function pluralArgs(text: string): PluralArg[] {
  const out: PluralArg[] = [];
  PLURAL_START.lastIndex = 0;
  for (let m = PLURAL_START.exec(text); m; m = PLURAL_START.exec(text)) {
    const branches = new Map<string, string>();
    let i = m.index + m[0].length;
    for (;;) {
      const sel = /^\s*(=\d+|zero|one|two|few|many|other)\s*\{/.exec(text.slice(i));
      if (!sel) break;
      const open = i + sel[0].length;
      const close = closingBrace(text, open);
      branches.set(sel[1]!, text.slice(open, close - 1));
      i = close;
    }
    const end = closingBrace(text, m.index + 1);
    if (!branches.has('other')) throw new Error(`A plural needs an "other" form: ${text}`);
    out.push({ name: m[1]!, branches, start: m.index, end });
    PLURAL_START.lastIndex = end;
  }
  return out;
}

function choosePlurals(text: string, lang: Lang, params: Params): string {
  if (!text.includes('plural')) return text;
  let out = '';
  let at = 0;
  for (const arg of pluralArgs(text)) {
    const v = params[arg.name];
    const n = typeof v === 'number' ? v : Number(v);
    const branch = arg.branches.get(`=${n}`) ?? arg.branches.get(pluralCategory(n, lang)) ?? arg.branches.get('other')!;
    out += text.slice(at, arg.start) + choosePlurals(branch, lang, params).replace(/#/g, Number.isFinite(n) ? formatNumber(n, lang) : String(v));
    at = arg.end;
  }
  return out + text.slice(at);
}

/** "Strategi, Marknad och Nytta" / "Strategy, Market and Benefits". */
export function formatList(items: string[], lang: Lang): string {
  return new Intl.ListFormat(LOCALES[lang], { style: 'long', type: 'conjunction' }).format(items);
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

/** A moment in the user's time zone: "27 nov. 2026 14:05" / "27 Nov 2026, 14:05". */
export function formatDateTime(iso: string, lang: Lang): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  return new Intl.DateTimeFormat(LOCALES[lang], { day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit' }).format(d);
}

/** Dates: "27 nov. 2026" in Swedish, "27 Nov 2026" in English. */
export function formatDate(isoDate: string, lang: Lang): string {
  const d = new Date(isoDate.length === 10 ? `${isoDate}T12:00:00Z` : isoDate);
  if (Number.isNaN(d.getTime())) return isoDate;
  return new Intl.DateTimeFormat(LOCALES[lang], { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' }).format(d);
}
