import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { areasDomainStrings } from './areas-domain';
import { hasKey, translate } from '../translate';
import { addArea } from '../../domain/commands/add-area';
import { adoptAreas } from '../../domain/commands/adopt-areas';
import { deleteArea } from '../../domain/commands/delete-area';
import { updateArea } from '../../domain/commands/update-area';
import { normaliseAreaGeometry } from '../../domain/spatial/area-geometry';
import { errorOf, rect, rectRing } from '../../domain/spatial/area-fixtures';

const domain = new URL('../../domain/', import.meta.url);
const sources = ['areas.ts', 'investments.ts', 'spatial/area-geometry.ts', 'spatial/merge.ts', 'commands/add-area.ts',
  'commands/update-area.ts', 'commands/delete-area.ts', 'commands/adopt-areas.ts'];

/** Area and geometry codes thrown directly or through the geometry module's fail(code, …). */
function thrownCodes(file: string): string[] {
  const source = readFileSync(new URL(file, domain), 'utf8');
  return [...source.matchAll(/(?:new DomainError|fail)\('((?:area|geometry)\.[^']+)'/g)].map((m) => m[1]!);
}

describe('area and geometry strings', () => {
  it('label every area command for undo and redo', () => {
    for (const c of [addArea, updateArea, deleteArea, adoptAreas]) expect(hasKey(c.label), c.label).toBe(true);
  });

  it('explain every area and geometry rule', () => {
    const codes = new Set(sources.flatMap(thrownCodes));
    expect(codes.size).toBeGreaterThan(12);
    for (const code of codes) expect(hasKey(code), code).toBe(true);
  });

  it('fill in the spot of a geometry problem in both languages', () => {
    const [a, b, c, d] = rectRing(0, 0, 500, 500);
    const problems = [
      { type: 'Polygon', coordinates: [[a, b, d, c, a]] },
      { type: 'Polygon', coordinates: [[a, b, c, d]] },
      { type: 'Polygon', coordinates: [[a, b, a]] },
      rect(0, 0, 4, 4),
      { type: 'Polygon', coordinates: [rectRing(0, 0, 500, 500), rectRing(900, 0, 50, 50).reverse()] },
      { type: 'Polygon', coordinates: [[[13, 55], [13.01, 55], [13.01, 95], [13, 55]]] },
      { type: 'LineString', coordinates: [a, b] },
    ];
    for (const g of problems) {
      const e = errorOf(() => normaliseAreaGeometry(g));
      for (const lang of ['sv', 'en'] as const) expect(translate(lang, e.code, e.params), e.code).not.toMatch(/[{}]/);
    }
    const bowTie = errorOf(() => normaliseAreaGeometry(problems[0]));
    expect(translate('sv', bowTie.code, bowTie.params)).toMatch(/^Området korsar sig självt vid 55\.55\d+, 13\.02\d+\./);
  });

  it('use the same placeholders in Swedish and English, and no empty text', () => {
    const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const [key, { sv, en }] of Object.entries(areasDomainStrings)) {
      expect(sv.trim() && en.trim(), key).toBeTruthy();
      expect(placeholders(sv), key).toEqual(placeholders(en));
    }
  });
});
