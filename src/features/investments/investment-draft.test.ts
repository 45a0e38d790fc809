import { describe, expect, it } from 'vitest';
import { testInvestment } from '../../domain/test-kit';
import { blankDraft, draftOf, fieldsOf, parsePartners, parseSek } from './investment-draft';

describe('parseSek', () => {
  it('reads amounts typed with spaces, the way Swedish writes them', () => {
    expect(parseSek('12 500 000', 'sv')).toBe(12_500_000);
    expect(parseSek('12\u00a0500\u202f000 kr', 'sv')).toBe(12_500_000);
    expect(parseSek('2,5', 'sv')).toBe(2.5);
  });

  it('reads English group commas', () => {
    expect(parseSek('12,500,000', 'en')).toBe(12_500_000);
    expect(parseSek('SEK 300 000', 'en')).toBe(300_000);
  });

  it('takes an empty field as zero and refuses what is not an amount', () => {
    expect(parseSek('  ', 'sv')).toBe(0);
    expect(parseSek('tolv miljoner', 'sv')).toBeNull();
    expect(parseSek('-5', 'sv')).toBeNull();
  });
});

describe('draft to fields', () => {
  it('splits partners on commas, trimmed and without repeats', () => {
    expect(parsePartners(' MKB, Hyresgästföreningen ,, MKB ')).toEqual(['MKB', 'Hyresgästföreningen']);
  });

  it('turns empty dates and department into null and sorts the goals', () => {
    const draft = { ...blankDraft({ physical: ['park'], social: [] }), title: ' Parkstråk ', sdgs: [11, 3], budget: { investment: '1 000', operatingPerYear: '', externalFunding: '' } };
    const result = fieldsOf(draft, 'sv');
    expect(result).toMatchObject({ ok: true, fields: { title: 'Parkstråk', category: 'park', departmentId: null, startDate: null, sdgs: [3, 11],
      budget: { investment: 1000, operatingPerYear: 0, externalFunding: 0 } } });
  });

  it('names the amount it could not read', () => {
    const draft = { ...blankDraft(undefined), budget: { investment: '', operatingPerYear: 'mycket', externalFunding: '' } };
    expect(fieldsOf(draft, 'sv')).toEqual({ ok: false, budgetField: 'operatingPerYear' });
  });

  it('gives back an existing investment unchanged', () => {
    const inv = testInvestment('inv_a', { partners: ['MKB'], budget: { investment: 12_500_000, operatingPerYear: 0, externalFunding: 5 }, startDate: '2026-01-01' });
    const result = fieldsOf(draftOf(inv), 'sv');
    expect(result.ok && result.fields).toMatchObject({ partners: ['MKB'], budget: inv.budget, startDate: '2026-01-01', title: inv.title });
  });
});
