// CSV as Swedish spreadsheets write it: generated rows survive the trip through text and back,
// with comma or semicolon between fields and decimal points or commas in the numbers.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseDecimal, readCsv } from '../../src/domain/io/read-csv';

const quote = (s: string) => `"${s.replace(/"/g, '""')}"`;
const row = fc.record({
  namn: fc.string({ maxLength: 20 }),
  lat: fc.double({ min: -90, max: 90, noNaN: true }).map((v) => (Object.is(v, -0) ? 0 : v)),
  lon: fc.double({ min: -180, max: 180, noNaN: true }).map((v) => (Object.is(v, -0) ? 0 : v)),
});

describe('readCsv', () => {
  it('round-trips generated rows with either delimiter and decimal commas', () => {
    fc.assert(fc.property(fc.array(row, { minLength: 1, maxLength: 30 }), fc.constantFrom(';', ','), fc.boolean(), fc.constantFrom('\n', '\r\n'),
      (rows, delimiter, decimalComma, eol) => {
        const num = (v: number) => {
          const s = decimalComma ? String(v).replace('.', ',') : String(v);
          return s.includes(delimiter) ? quote(s) : s;
        };
        const text = [['namn', 'lat', 'lon'].join(delimiter), ...rows.map((r) => [quote(r.namn), num(r.lat), num(r.lon)].join(delimiter))].join(eol);
        const read = readCsv(text);
        expect(read.features).toEqual(rows.map((r) => ({
          type: 'Feature', properties: { namn: r.namn }, geometry: { type: 'Point', coordinates: [r.lon, r.lat] },
        })));
      }));
  });

  it.each([
    ['Longitude;Latitude', 'lon/lat words'],
    ['E;N', 'SWEREF E/N'],
    ['öst;nord', 'Swedish words'],
    ['X;Y', 'x/y'],
    ['lng;lat', 'lng'],
  ])('finds coordinate columns named %s (%s)', (header) => {
    const read = readCsv(`${header}\n13,5;55,25\n`);
    expect(read.features[0]).toMatchObject({ geometry: { coordinates: [13.5, 55.25] } });
  });

  it('reads Swedish number forms and leaves anything else as text', () => {
    expect(parseDecimal('55,6')).toBe(55.6);
    expect(parseDecimal(' 6 164 434,14 ')).toBe(6164434.14);
    expect(parseDecimal('\u221212.5')).toBe(-12.5);
    expect(parseDecimal('NaN')).toBe('NaN');
    expect(parseDecimal('Infinity')).toBe('Infinity');
    expect(parseDecimal('1.234,5')).toBe('1.234,5');
    expect(parseDecimal('')).toBe('');
  });
});
