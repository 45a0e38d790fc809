// Every message that takes a count says it in the right grammatical number, in both languages.
// Count messages are found, not listed: every strings module is loaded, and a placeholder followed
// by a word ("{n} träffar", "{count} investments") is a count unless the placeholder is known to
// carry text (a name, a code) or the word is a unit or a joining word. A message added later with
// "{n} indikatorer" and no plural form fails here.
import { describe, expect, it } from 'vitest';
import type { Lang } from '../store/session';
import { allKeys, entryOf, formatNumber, pluralArgs, pluralCategory, translate } from './translate';

// Load every strings module of the repository, editor, viewer and command line alike.
import.meta.glob(['./strings/*.ts', '!./strings/*.test.ts'], { eager: true });

const LANGS: Lang[] = ['sv', 'en'];
const COUNTS = [0, 1, 2, 5];

/** Placeholders that always carry text or a measure, never a count of things. */
const NOT_COUNTS = new Set([
  'name', 'title', 'file', 'path', 'code', 'field', 'id', 'option', 'what', 'enWhat', 'svWhat', 'lon', 'lat', 'date',
  'text', 'message', 'label', 'type', 'format', 'table', 'dimension', 'aspect', 'category', 'kind', 'layer', 'crs',
  'status', 'phase', 'decision', 'rating', 'gate', 'area', 'investment', 'statistic', 'source', 'municipality',
  'method', 'reason', 'detail', 'problem', 'list', 'usage', 'root', 'value', 'amount', 'budget', 'operating', 'how',
  'where', 'from', 'to', 'start', 'end', 'year', 'mean', 'score', 'share', 'percent', 'min', 'max', 'range', 'latest',
  'baseline', 'target', 'quadrant', 'found', 'distance', 'radius', 'effort', 'impact', 'a', 'b', 'x', 'y', 'd', 'm', 's', 'r', 'column', 'svTodo', 'enTodo',
]);
/**
 * Words after a number that do not change with it: units and abbreviations ("12 st", "5 inv."),
 * joining words, and Swedish verbs, which never take number ("2 objekt hoppades över").
 */
const INVARIANT_WORDS = new Set([
  'kr', 'kSEK', 'tkr', 'MB', 'KB', 'kB', 'km', 'm²', 'ha', 'm', 'st', 'inv', 'av', 'of', 'och', 'and', 'till', 'to', 'i',
  'in', 'på', 'on', 'för', 'for', 'per', 'från', 'from', 'eller', 'or', 'x', 'är', 'is', 'was', 'var', 'has', 'har', 'kan', 'can',
  'cannot', 'more', 'upp', 'ned', 'up', 'down', 'lästes', 'hoppades', 'togs', 'objekt', 'hörn',
]);

function messages(): Array<{ key: string; lang: Lang; text: string }> {
  return allKeys().flatMap((key) => LANGS.map((lang) => ({ key, lang, text: entryOf(key)![lang] })));
}

/** The text with its plural arguments cut out, so only plain placeholders remain to be looked at. */
function withoutPlurals(text: string): string {
  let out = text;
  for (const arg of pluralArgs(text).reverse()) out = out.slice(0, arg.start) + out.slice(arg.end);
  return out;
}

/** Placeholders in plain text that are followed by a word that changes with the number. */
function bareCounts(text: string): string[] {
  const found: string[] = [];
  for (const m of withoutPlurals(text).matchAll(/\{(\w+)\}\s+([\p{L}][\p{L}²-]*)/gu)) {
    if (!NOT_COUNTS.has(m[1]!) && !INVARIANT_WORDS.has(m[2]!)) found.push(`{${m[1]}} ${m[2]}`);
  }
  return found;
}

describe('plural forms', () => {
  it('finds the strings of every module (the detection below looks at all of them)', () => {
    expect(allKeys().length).toBeGreaterThan(900);
    expect(messages().filter((m) => pluralArgs(m.text).length > 0).length).toBeGreaterThan(40);
  });

  it('tells a bare count from a name or a unit', () => {
    expect(bareCounts('{n} indikatorer som inte är markerade')).toEqual(['{n} indikatorer']);
    expect(bareCounts('{shown} of {total} investments')).toEqual(['{total} investments']);
    expect(bareCounts('{name} är sparad, {value} kr, {n} st')).toEqual([]);
    expect(bareCounts('{n, plural, one {# träff} other {# träffar}}')).toEqual([]);
  });

  it('gives every count a plural form in both languages', () => {
    const bare = messages().flatMap(({ key, lang, text }) => bareCounts(text).map((c) => `${key} (${lang}): ${c}`));
    expect(bare).toEqual([]);
  });

  it('renders every count message with 0, 1, 2 and 5 in the form Intl.PluralRules gives, in both languages', () => {
    for (const { key, lang, text } of messages()) {
      const args = pluralArgs(text);
      if (args.length === 0) continue;
      const other = LANGS.find((l) => l !== lang)!;
      // A count said in one language is a count in the other too.
      expect(new Set(pluralArgs(entryOf(key)![other]).map((a) => a.name)), `${key}: ${other} lacks a plural`).toEqual(new Set(args.map((a) => a.name)));
      const categories = new Intl.PluralRules(lang === 'sv' ? 'sv-SE' : 'en-GB').resolvedOptions().pluralCategories;
      for (const arg of args) {
        for (const c of categories) expect(arg.branches.has(c) || c === 'other', `${key} (${lang}) lacks "${c}"`).toBe(true);
        for (const n of COUNTS) {
          // Every placeholder gets the number, so the whole message can be read for leftovers.
          const params = Object.fromEntries([...text.matchAll(/\{(\w+)[,}]/g)].map((m) => [m[1]!, n]));
          const rendered = translate(lang, key, params);
          const branch = arg.branches.get(`=${n}`) ?? arg.branches.get(pluralCategory(n, lang))!;
          // The chosen branch, with the number in place of #, is what the user reads.
          const expected = branch.replace(/#/g, formatNumber(n, lang)).replace(/\{[^{}]*\}/g, '');
          for (const piece of expected.split(/\s+/).filter((w) => w && !w.includes('{') && !w.includes('}'))) {
            expect(rendered, `${key} (${lang}) with ${arg.name}=${n}`).toContain(piece);
          }
          expect(rendered).not.toMatch(/[{}#]/);
        }
      }
    }
  });

  it('reads one and many the way each language says them', () => {
    expect(pluralCategory(1, 'sv')).toBe('one');
    expect(pluralCategory(0, 'sv')).toBe('other');
    expect(pluralCategory(1, 'en')).toBe('one');
    expect(pluralCategory(2, 'en')).toBe('other');
  });
});
