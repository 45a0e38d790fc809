import { describe, expect, it } from 'vitest';
import type { Area, ReferenceDivision } from '../../domain/model';
import { rect, testArea } from '../../domain/test-kit';
import '../../i18n/strings';
import { translate } from '../../i18n/translate';
import { areaSourceText } from './area-source';

const sv = (key: string, params?: Record<string, string | number>) => translate('sv', key, params);
const area = (source: Area['source']): Area => ({ ...testArea('a1', 'Norr', rect(0, 0, 1, 1)), source });
const division = { id: 'div_1', name: 'DeSO_2025', source: { file: 'falkenberg.gpkg', importedAt: '2026-12-01T09:00:00.000Z' } } as ReferenceDivision;

describe('where an area came from', () => {
  it('names a division from a file by its name and file, a bundled layer by its label, and a removed division as such', () => {
    const codes = ['1382C1010', '1382C1020'];
    expect(areaSourceText(sv, area({ type: 'adopted', layer: 'div_1', codes }), { div_1: division }, 'sv'))
      .toBe('Från DeSO_2025 (från falkenberg.gpkg), delar: 1382C1010, 1382C1020');
    expect(areaSourceText(sv, area({ type: 'adopted', layer: 'malmo-deso', codes: ['1280C1010'] }), {}, 'sv'))
      .toBe('Från Malmö DeSO 2025, del: 1280C1010');
    expect(areaSourceText(sv, area({ type: 'adopted', layer: 'div_gone', codes }), {}, 'sv')).toMatch(/^Från en referensindelning som har tagits bort/);
  });

  it('names the file, layer and date of an imported area, and says when it was drawn', () => {
    expect(areaSourceText(sv, area({ type: 'imported', file: 'basomraden.gpkg', layer: 'Basomrade', importedAt: '2026-12-01T09:00:00.000Z' }), {}, 'sv'))
      .toMatch(/^Importerat från lagret Basomrade i basomraden\.gpkg den 1 dec/);
    expect(areaSourceText(sv, area({ type: 'drawn' }), {}, 'sv')).toBe('Ritat för hand');
  });
});
