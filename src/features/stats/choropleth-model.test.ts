import { describe, expect, it } from 'vitest';
import { rect } from '../../domain/test-kit';
import '../../i18n/strings';
import { buildChoropleth, choroplethRamp, type ChoroplethItem } from './choropleth-model';
import { formatStat, formatStatRange } from './format-stat';

const item = (id: string, value: number | null): ChoroplethItem => ({ id, name: id, value, geometry: rect(13, 55.6, 13.01, 55.61) });

describe('choropleth of a statistic', () => {
  const items = [item('a', 10), item('b', 20), item('c', null), item('d', 30), item('e', 40), item('f', 50), item('g', 60)];

  it('colours each polygon by its class from light to dark, and leaves a missing value out of every class', () => {
    const { collection, legend } = buildChoropleth(items, 3, 'quantile');
    const byId = new Map(collection.features.map((f) => [f.properties.id, f.properties]));
    expect(byId.get('c')).toMatchObject({ missing: true, cls: -1, colour: '' });
    expect(byId.get('a')!.colour).toBe(choroplethRamp(3)[0]);
    expect(byId.get('g')!.colour).toBe(choroplethRamp(3)[2]);
    expect(legend.missing).toBe(1);
    expect(legend.entries.map((e) => e.count).reduce((x, y) => x + y)).toBe(6);
    expect(legend.entries.map((e) => e.colour)).toEqual([...choroplethRamp(3)]);
  });

  it('keeps the chosen method and makes fewer classes when the values do not allow more', () => {
    const { legend } = buildChoropleth([item('a', 5), item('b', 5), item('c', 9)], 5, 'natural');
    expect(legend.method).toBe('natural');
    expect(legend.entries).toHaveLength(2);
    expect(legend.entries.map((e) => e.colour)).toEqual([...choroplethRamp(2)]);
  });

  it('has a ramp for 3 to 7 classes that gets darker', () => {
    const lightness = (hex: string) => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)).reduce((x, y) => x + y);
    for (let n = 3; n <= 7; n += 1) {
      const ramp = choroplethRamp(n);
      expect(ramp).toHaveLength(n);
      for (let i = 1; i < n; i += 1) expect(lightness(ramp[i]!)).toBeLessThan(lightness(ramp[i - 1]!));
    }
  });
});

describe('statistic figures in words', () => {
  const plain = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ');

  it('formats values with their unit in each language, and missing as missing', () => {
    expect(formatStat(12.34, 'unemp', 'sv')).toBe('12,3 %');
    expect(formatStat(12.34, 'unemp', 'en')).toBe('12.3%');
    expect(plain(formatStat(2056.4, 'pop', 'sv'))).toBe('2 056 personer');
    expect(formatStat(418.7, 'income', 'en')).toBe('418.7 kSEK');
    expect(formatStat(null, 'unemp', 'sv')).toBe('Uppgift saknas');
    expect(formatStat(null, 'unemp', 'en')).toBe('Not available');
  });

  it('writes a legend class as a range with the same decimals at both ends', () => {
    expect(formatStatRange(12.3, 18, 'unemp', 'sv')).toBe('12,3 – 18,0 %');
    expect(formatStatRange(12.3, 18, 'unemp', 'en')).toBe('12.3 – 18.0%');
    expect(plain(formatStatRange(800, 1250.6, 'pop', 'sv'))).toBe('800 – 1 251 personer');
  });
});
