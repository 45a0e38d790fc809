import { describe, expect, it } from 'vitest';
import { guessMapping, propertyNames } from './field-guess';

describe('guessMapping', () => {
  it('finds Swedish and English column names whatever their case and accents', () => {
    expect(guessMapping(['Namn', 'Kategori', 'Förvaltning', 'Budget', 'Start_datum', 'slut', 'Typ', 'x'])).toEqual({
      name: 'Namn', description: null, kind: 'Typ', category: 'Kategori', department: 'Förvaltning', budget: 'Budget',
      startDate: 'Start_datum', endDate: 'slut',
    });
    expect(guessMapping(['title', 'description'])).toMatchObject({ name: 'title', description: 'description' });
  });

  it('prefers a name column over a title column, and guesses nothing rather than something wrong', () => {
    expect(guessMapping(['titel', 'namn']).name).toBe('namn');
    expect(guessMapping(['kolumn1', 'kolumn2'])).toEqual({
      name: null, description: null, kind: null, category: null, department: null, budget: null, startDate: null, endDate: null,
    });
  });

  it('lists property names in the order they first appear', () => {
    const f = (properties: Record<string, unknown>) => ({ type: 'Feature' as const, geometry: { type: 'Point' as const, coordinates: [0, 0] }, properties });
    expect(propertyNames([f({ b: 1, a: 2 }), f({ c: 3, a: 1 })])).toEqual(['b', 'a', 'c']);
  });
});
