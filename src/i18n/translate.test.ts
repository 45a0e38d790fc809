import { describe, expect, it } from 'vitest';
import { formatArea, formatDate, formatSek, registerStrings, translate } from './translate';

describe('translate and format', () => {
  it('formats money, areas and dates the way each language writes them', () => {
    // Intl uses a no-break space as the Swedish thousands separator.
    expect(formatSek(12_500_000, 'sv').replace(/\s/g, ' ')).toBe('12 500 000 kr');
    expect(formatSek(12_500_000, 'en')).toBe('SEK 12,500,000');
    expect(formatArea(2_500_000, 'sv')).toBe('2,5 km²');
    expect(formatArea(2_500_000, 'en')).toBe('2.5 km²');
    expect(formatArea(45_000, 'en')).toBe('4.5 ha');
    expect(formatDate('2026-11-27', 'sv')).toBe('27 nov. 2026');
    expect(formatDate('2026-11-27', 'en')).toBe('27 Nov 2026');
  });

  it('fills placeholders and falls back to the key when a string is missing', () => {
    registerStrings({ 'test.count': { sv: '{n} investeringar i {area}', en: '{n} investments in {area}' } });
    expect(translate('sv', 'test.count', { n: 1200, area: 'Holma' }).replace(/\s/g, ' ')).toBe('1 200 investeringar i Holma');
    expect(translate('en', 'test.count', { n: 1200, area: 'Holma' })).toBe('1,200 investments in Holma');
    expect(translate('en', 'no.such.key')).toBe('no.such.key');
  });

  it('chooses the plural form by the language\'s rules, with exact matches and placeholders inside', () => {
    registerStrings({ 'test.plural': {
      sv: '{n, plural, =0 {Inga träffar} one {# träff i {area}} other {# träffar i {area}}}',
      en: '{n, plural, =0 {No matches} one {# match in {area}} other {# matches in {area}}}',
    } });
    expect(translate('sv', 'test.plural', { n: 0, area: 'Holma' })).toBe('Inga träffar');
    expect(translate('sv', 'test.plural', { n: 1, area: 'Holma' })).toBe('1 träff i Holma');
    expect(translate('sv', 'test.plural', { n: 2, area: 'Holma' })).toBe('2 träffar i Holma');
    expect(translate('en', 'test.plural', { n: 1, area: 'Holma' })).toBe('1 match in Holma');
    expect(translate('en', 'test.plural', { n: 1500, area: 'Holma' })).toBe('1,500 matches in Holma');
  });
});
