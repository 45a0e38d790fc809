// Coordinate systems: proj4 is checked against mathematics written here independently of it
// (the meridian arc by numerical integration, Lantmäteriet's Gauss–Krüger formulas), not against
// itself, and RT90 through Lantmäteriet's direct GRS 80 parameters.
import { describe, expect, it } from 'vitest';
import { DomainError } from '../../src/domain/errors';
import {
  CRS_CODES, crsFromGeoJsonMember, crsFromPrj, fromWgs84, parseCrsCode, toWgs84Transform, type CrsCode,
} from '../../src/domain/io/crs';
import { detectCrs } from '../../src/domain/io/detect-crs';
import { gaussKruger, meridianArc } from '../support/gauss-kruger';

const SWEREF_TM = { lon0: 15, k0: 0.9996, fn: 0, fe: 500000 };
/** "RT 90 2.5 gon V 0:-15": RT90 grid coordinates straight from SWEREF 99 latitude/longitude. */
const RT90_FROM_SWEREF = { lon0: 15 + 48 / 60 + 22.624306 / 3600, k0: 1.00000561024, fn: -667.711, fe: 1500064.274 };

const PLACES = [
  { name: 'Malmö C', lat: 55.6095, lon: 13.0 },
  { name: 'Lindängen', lat: 55.5626, lon: 13.0085 },
  { name: 'Stockholm', lat: 59.3303, lon: 18.0686 },
  { name: 'Kiruna', lat: 67.8558, lon: 20.2253 },
];

describe('reprojection', () => {
  it('round-trips WGS 84 → every system → WGS 84 within 1e-7 degrees', () => {
    for (const code of CRS_CODES) {
      const back = toWgs84Transform(code);
      for (const p of PLACES) {
        const [x, y] = fromWgs84(code, p.lon, p.lat);
        const [lon, lat] = back(x, y);
        expect(Math.abs(lon - p.lon), `${code} ${p.name}`).toBeLessThan(1e-7);
        expect(Math.abs(lat - p.lat), `${code} ${p.name}`).toBeLessThan(1e-7);
      }
    }
  });

  it('puts the central meridian at the false easting and the northing at k0 × meridian arc', () => {
    for (const lat of [55.5, 59.3, 67.9]) {
      const [e, n] = fromWgs84('EPSG:3006', 15, lat);
      expect(Math.abs(e - 500000)).toBeLessThan(0.001);
      expect(Math.abs(n - 0.9996 * meridianArc(lat))).toBeLessThan(0.01);
      const [eLocal, nLocal] = fromWgs84('EPSG:3008', 13.5, lat);
      expect(Math.abs(eLocal - 150000)).toBeLessThan(0.001);
      expect(Math.abs(nLocal - meridianArc(lat))).toBeLessThan(0.01);
    }
  });

  it('agrees with Lantmäteriet\'s Gauss–Krüger formulas off the central meridian within 1 cm', () => {
    for (const p of PLACES) {
      const [e, n] = fromWgs84('EPSG:3006', p.lon, p.lat);
      const [eRef, nRef] = gaussKruger(p.lat, p.lon, SWEREF_TM);
      expect(Math.hypot(e - eRef, n - nRef), p.name).toBeLessThan(0.01);
    }
  });

  it('reads RT90 2.5 gon V within 1 m of Lantmäteriet\'s direct SWEREF 99 → RT90 projection', () => {
    const toWgs = toWgs84Transform('EPSG:3021');
    for (const p of PLACES) {
      const [rtE, rtN] = gaussKruger(p.lat, p.lon, RT90_FROM_SWEREF);
      const [lon, lat] = toWgs(rtE, rtN);
      const [e, n] = fromWgs84('EPSG:3006', lon, lat);
      const [eRef, nRef] = fromWgs84('EPSG:3006', p.lon, p.lat);
      expect(Math.hypot(e - eRef, n - nRef), p.name).toBeLessThan(1);
    }
  });
});

describe('declared systems', () => {
  const expectUnsupported = (fn: () => unknown, name: string) => {
    try {
      fn();
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(DomainError);
      expect((e as DomainError).code).toBe('io.error.crsUnsupported');
      expect((e as DomainError).params.name).toBe(name);
    }
  };

  it.each<[string, CrsCode]>([
    ['urn:ogc:def:crs:EPSG::3006', 'EPSG:3006'],
    ['EPSG:3006', 'EPSG:3006'],
    ['urn:ogc:def:crs:EPSG:6.3:3008', 'EPSG:3008'],
    ['urn:ogc:def:crs:OGC:1.3:CRS84', 'EPSG:4326'],
    ['urn:ogc:def:crs:EPSG::4258', 'EPSG:4326'],
    ['EPSG:3021', 'EPSG:3021'],
  ])('GeoJSON crs %s → %s', (name, code) => {
    expect(crsFromGeoJsonMember({ type: 'name', properties: { name } })).toBe(code);
  });

  it('refuses an unsupported crs member by its own name', () => {
    expectUnsupported(() => crsFromGeoJsonMember({ type: 'name', properties: { name: 'urn:ogc:def:crs:EPSG::2154' } }),
      'urn:ogc:def:crs:EPSG::2154');
    expect(() => parseCrsCode('EPSG:99999')).toThrow(DomainError);
    expect(parseCrsCode('3010')).toBe('EPSG:3010');
  });

  const projcs = (name: string) => `PROJCS["${name}",GEOGCS["GCS_SWEREF99",DATUM["D_SWEREF99",SPHEROID["GRS_1980",6378137.0,298.257222101]]],PROJECTION["Transverse_Mercator"],UNIT["Meter",1.0]]`;

  it.each<[string, CrsCode]>([
    [projcs('SWEREF99_TM'), 'EPSG:3006'],
    [projcs('SWEREF99 TM'), 'EPSG:3006'],
    [projcs('SWEREF99 13 30'), 'EPSG:3008'],
    [projcs('SWEREF99_13_30'), 'EPSG:3008'],
    [projcs('SWEREF99_23_15'), 'EPSG:3018'],
    [projcs('RT90 2.5 gon V'), 'EPSG:3021'],
    [projcs('RT90_25_gon_W'), 'EPSG:3021'],
    [projcs('Lokalt system').replace(/\]$/, ',AUTHORITY["EPSG","3011"]]'), 'EPSG:3011'],
    ['GEOGCS["GCS_WGS_1984",DATUM["D_WGS_1984",SPHEROID["WGS_1984",6378137.0,298.257223563]]]', 'EPSG:4326'],
    ['GEOGCS["WGS 84",DATUM["WGS_1984"]]', 'EPSG:4326'],
    ['PROJCRS["SWEREF99 TM",BASEGEOGCRS["SWEREF99"]]', 'EPSG:3006'],
  ])('.prj %s', (wkt, code) => {
    expect(crsFromPrj(wkt)).toBe(code);
  });

  it('refuses a .prj that names no system, and one proj4 cannot read, by name', () => {
    expect(() => crsFromPrj('not wkt')).toThrow(expect.objectContaining({ code: 'io.error.prjUnreadable' }));
    expectUnsupported(() => crsFromPrj('PROJCS["Okänd",GEOGCS["GCS_WGS_1984",DATUM["D_WGS_1984",SPHEROID["WGS_1984",6378137.0,298.257223563]]],PROJECTION["Ingen_sadan_projektion"],UNIT["Meter",1.0]]'), 'Okänd');
  });
});

describe('guessing the system from the positions', () => {
  const points = (...coords: number[][]) => coords.map((c) => ({ type: 'Feature', geometry: { type: 'Point', coordinates: c } }));
  const guess = (...coords: number[][]) => detectCrs({ features: points(...coords), declared: null });

  it('takes lon/lat numbers as WGS 84 without asking', () => {
    expect(guess([13, 55.6], [13.1, 55.7])).toMatchObject({ crs: 'EPSG:4326', source: 'default', needsConfirmation: false });
  });

  it('guesses SWEREF 99 TM and RT90 from their ranges and asks for confirmation', () => {
    expect(guess([374018, 6164434])).toMatchObject({ crs: 'EPSG:3006', source: 'guessed', needsConfirmation: true });
    expect(guess([1323235, 6168026])).toMatchObject({ crs: 'EPSG:3021', source: 'guessed', needsConfirmation: true });
  });

  it('swaps (northing, easting) by itself: no other reading exists', () => {
    expect(guess([6164434, 374018])).toMatchObject({ crs: 'EPSG:3006', swapApplied: true });
    expect(guess([6168026, 1323235])).toMatchObject({ crs: 'EPSG:3021', swapApplied: true });
  });

  it('lists the local zones when eastings fit them all', () => {
    const info = guess([118352, 6164200]);
    expect(info.crs).toBeNull();
    expect(info.candidates).toContain('EPSG:3008');
    expect(info.candidates).toContain('EPSG:3018');
  });

  it('lets the majority decide, so one stray value does not flip a file', () => {
    expect(guess([374018, 6164434], [374100, 6164500], [13, 55.6])).toMatchObject({ crs: 'EPSG:3006' });
  });

  it('refuses numbers that fit no system, unless the user names one', () => {
    expect(() => guess([5_000_000, 100])).toThrow(expect.objectContaining({ code: 'io.error.crsUnknown' }));
    const chosen = detectCrs({ features: points([5_000_000, 100]), declared: null }, { crs: 'EPSG:3006' });
    expect(chosen).toMatchObject({ crs: 'EPSG:3006', source: 'user', needsConfirmation: false });
  });

  it('trusts a declaration over the ranges', () => {
    const declared = detectCrs({ features: points([374018, 6164434]), declared: { crs: 'EPSG:3006', source: 'prj' } });
    expect(declared).toMatchObject({ crs: 'EPSG:3006', source: 'prj', needsConfirmation: false });
  });
});
