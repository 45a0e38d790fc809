// SCB statistics for any municipality: the fixtures are invented figures in SCB's real formats
// (test/fixtures/scb/README.md), read, mapped onto Platsen's statistics, stored for a division and
// aggregated to an adopted area exactly, with suppressed values missing, never 0.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { importStatistics } from '../../src/domain/commands/divisions';
import { execute } from '../../src/domain/commands/command';
import { parseBackup, serializeBackup } from '../../src/domain/io/backup';
import type { ReferenceDivision } from '../../src/domain/model';
import { divisionFeatures, statsDivision } from '../../src/domain/stats/division-stats';
import { readScbStatistics } from '../../src/domain/stats/read-scb';
import { guessMappings, mappedValues } from '../../src/domain/stats/scb-mapping';
import { aggregateToArea } from '../../src/domain/stats/statistics';
import { rect, testArea, testDoc, testWorkspace } from '../../src/domain/test-kit';

const fixture = (name: string) => readFileSync(new URL(`../fixtures/scb/${name}`, import.meta.url), 'utf8');
const T = '2026-11-27T09:00:00.000Z';
const ctx = { now: T, newId: (p: string) => `${p}_1` };

const division: ReferenceDivision = {
  id: 'div_1', createdAt: T, updatedAt: T, name: 'DeSO 2025', kind: 'deso', source: { file: 'deso.gpkg', importedAt: T },
  codeField: 'desokod', nameField: null, attribution: 'Källa: SCB (CC0)',
  parts: ['1382C1010', '1382C1020', '1382C1030'].map((code, i) => ({ code, name: code, regso: 'R1', geometry: rect(12.49 + i * 0.01, 56.9, 12.5 + i * 0.01, 56.91) })),
};

describe('SCB statistics files', () => {
  it('read JSON-stat 2 from PxWebApi: codes without the vintage suffix, years, suppressed cells missing', () => {
    const table = readScbStatistics(fixture('TAB6574-folkmangd-deso.json'), 'x.json');
    expect(table).toMatchObject({ table: 'TAB6574', title: 'Folkmängden per region efter ålder, kön och år', years: ['2023', '2024'] });
    expect(table.series.map((s) => [s.label, s.year])).toEqual([['totalt · totalt · Folkmängd', '2023'], ['totalt · totalt · Folkmängd', '2024']]);
    expect(table.series[1]!.values).toEqual({ '1382C1010': 1512, '1382C1020': 2263, '1382C1030': 1804 });
    expect(table.series[0]!.values['1382C1030']).toBeNull();
    expect(guessMappings(table, '2024')).toEqual([{ key: 'pop', series: 0, per: null }]);
  });

  it('read the CSV export with a title, codes and texts, and make foreign background a share of the total', () => {
    const table = readScbStatistics(fixture('TAB6571-bakgrund-deso.csv'), 'TAB6571-bakgrund-deso.csv');
    expect(table).toMatchObject({ table: 'TAB6571', years: ['2024'] });
    expect(table.series.map((s) => s.label)).toEqual(['Folkmängd · utländsk bakgrund', 'Folkmängd · svensk bakgrund', 'Folkmängd · totalt']);
    const mappings = guessMappings(table, '2024');
    expect(mappings).toEqual([{ key: 'foreign', series: 0, per: 2 }, { key: 'pop', series: 2, per: null }]);
    expect(mappedValues(table, '2024', mappings[0]!)).toEqual({ '1382C1010': 25, '1382C1020': 40, '1382C1030': null });
  });

  it('refuse a file with no region codes', () => {
    expect(() => readScbStatistics('"kommun";"2024"\n"Falkenberg";45000\n', 'x.csv')).toThrow(expect.objectContaining({ code: 'stats.error.noRegions' }));
    expect(() => readScbStatistics('{"class":"collection"}', 'x.json')).toThrow(expect.objectContaining({ code: 'stats.error.notScb' }));
  });
});

describe('statistics of a division from a file', () => {
  it('give an adopted area exact figures, missing where SCB suppressed them', () => {
    const doc = testDoc({ workspace: testWorkspace({ kommunkod: '1382' }) });
    doc.divisions[division.id] = division;
    const bakgrund = readScbStatistics(fixture('TAB6571-bakgrund-deso.csv'), 'TAB6571-bakgrund-deso.csv');
    const source = { file: 'TAB6571-bakgrund-deso.csv', table: bakgrund.table, title: bakgrund.title, year: '2024' };
    const applied = execute(doc, importStatistics, {
      divisionId: division.id, source,
      statistics: guessMappings(bakgrund, '2024').map((m) => ({ key: m.key, values: mappedValues(bakgrund, '2024', m) })),
    }, ctx)!;
    const chosen = statsDivision(applied.doc)!;
    expect(chosen.stats.map((s) => s.id).sort()).toEqual(['div_1:foreign', 'div_1:pop']);
    expect(chosen.stats.find((s) => s.key === 'pop')!.source).toMatchObject({ table: 'TAB6571', year: '2024', importedAt: T });

    const features = divisionFeatures(chosen.division, chosen.stats);
    const adopted = { ...testArea('a', 'Norr', rect(12.49, 56.9, 12.51, 56.91)), source: { type: 'adopted' as const, layer: division.id, codes: ['1382C1010', '1382C1020'] } };
    const stats = aggregateToArea(adopted, features);
    expect(stats.pop).toMatchObject({ value: 1512 + 2263, method: 'exact', coverage: 1 });
    expect(stats.foreign.value).toBeCloseTo((25 * 1512 + 40 * 2263) / (1512 + 2263), 6);
    const third = { ...adopted, source: { ...adopted.source, codes: ['1382C1030'] } };
    expect(aggregateToArea(third, features).foreign).toMatchObject({ value: null, method: 'exact' });

    // Divisions and their statistics are part of the workspace: a backup keeps them.
    const restored = parseBackup(serializeBackup(applied.doc, T));
    expect(restored.divisions).toEqual(applied.doc.divisions);
    expect(restored.divisionStats).toEqual(applied.doc.divisionStats);
  });

  it('refuses statistics for codes the division does not have, changing nothing', () => {
    const doc = testDoc({});
    doc.divisions[division.id] = division;
    expect(() => execute(doc, importStatistics, {
      divisionId: division.id, source: { file: 'x.csv', table: '', title: '', year: '2024' }, statistics: [{ key: 'pop', values: { '1280C1010': 5 } }],
    }, ctx)).toThrow(expect.objectContaining({ code: 'stats.error.noMatch' }));
  });
});
