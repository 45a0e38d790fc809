// The bad-input corpus: every file a municipality might really hand over by mistake, with the
// Swedish message the user reads. A file that is wholly wrong must yield nothing importable.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DomainError } from '../../src/domain/errors';
import { translate } from '../../src/i18n/translate';
import { FIXTURES, importFixture } from './io-fixtures';

type Kind = 'file' | 'feature' | 'note';
/** file: refused as a whole; feature: every feature refused; note: imported with a remark. */
const CASES: Array<[file: string, kind: Kind, code: string, swedish: string]> = [
  ['truncated.geojson', 'file', 'io.error.jsonTruncated', 'tar slut mitt i'],
  ['nan.geojson', 'file', 'io.error.jsonSyntax', 'fel på rad 2'],
  ['empty.geojson', 'file', 'io.error.emptyFile', 'empty.geojson är tom'],
  ['whitespace-only.geojson', 'file', 'io.error.emptyFile', 'är tom'],
  ['binary-renamed.geojson', 'file', 'io.error.notText', 'är ingen textfil'],
  ['top-level-array.geojson', 'file', 'io.error.geojsonNotObject', 'JSON av typen array'],
  ['json-string.geojson', 'file', 'io.error.geojsonNotObject', 'JSON av typen string'],
  ['unknown-top-type.geojson', 'file', 'io.error.geojsonUnknownType', 'GeoJSON-typen "Topology"'],
  ['featurecollection-without-features.geojson', 'file', 'io.error.geojsonNoFeatures', 'utan listan "features"'],
  ['empty-featurecollection.geojson', 'file', 'io.error.noFeatures', 'innehåller inga objekt'],
  ['unsupported-crs-member.geojson', 'file', 'io.error.crsUnsupported', '"urn:ogc:def:crs:EPSG::2154" stöds inte'],
  ['local-zone-ambiguous.geojson', 'file', 'io.error.crsAmbiguous', 'SWEREF 99 13 30 (EPSG:3008)'],
  ['zip-without-shp.zip', 'file', 'io.error.zipNoShp', 'ingen .shp-fil och ingen KML-fil'],
  ['prj-other-datum.zip', 'file', 'io.error.crsNoDatumShift', '"RT38_25_gon_W" bygger på en annan jordmodell (Bessel_1841)'],
  ['prj-local-drawing.zip', 'file', 'io.error.crsLocal', '"Ritning" är ett lokalt system'],
  ['corrupt-shp.zip', 'file', 'io.error.shpCorrupt', 'Shapefilen trasig är trasig'],
  ['dbf-claims-billions.zip', 'file', 'io.error.shpCorrupt', 'Shapefilen platser är trasig'],
  ['not-a-zip.zip', 'file', 'io.error.notZip', 'är ingen zip-fil'],
  ['shapefile-alone.shp', 'file', 'io.error.shpNeedsZip', 'Packa .shp, .shx, .dbf'],
  ['csv-no-coordinates.csv', 'file', 'io.error.csvNoCoordinates', 'bland kolumnerna namn, beskrivning, budget'],
  ['csv-header-only.csv', 'file', 'io.error.csvNoRows', 'ingen rad med data'],
  ['kml-malformed.kml', 'file', 'io.error.kmlMalformed', 'inte giltig XML'],
  ['kml-no-placemarks.kml', 'file', 'io.error.kmlNoPlacemarks', 'inga platsmarkeringar'],
  ['html-named-kml.kml', 'file', 'io.error.notKml', 'börjar med <html>'],
  ['gpkg-not-sqlite.gpkg', 'file', 'io.error.gpkgNotSqlite', 'är ingen GeoPackage: en GeoPackage är en SQLite-databas'],
  ['sqlite-not-geopackage.gpkg', 'file', 'io.error.gpkgNotGeoPackage', 'SQLite-databas men ingen GeoPackage'],
  ['gpkg-no-geometry.gpkg', 'file', 'io.error.gpkgNoGeometry', 'har ingen tabell med en geometrikolumn'],
  ['gpkg-unknown-srs.gpkg', 'file', 'io.error.gpkgUnknownSrs', 'Lagret deso använder koordinatsystem nummer 99999'],
  ['gpkg-corrupt-page.gpkg', 'file', 'io.error.gpkgCorrupt', 'GeoPackage-filen är skadad'],
  ['gpkg-claims-10-million-rows.gpkg', 'file', 'io.error.gpkgTooManyRows', 'Lagret punkter har fler än 1\u00a0000\u00a0000 rader'],
  ['infinity.geojson', 'feature', 'io.problem.notFinite', 'oändlig koordinat'],
  ['string-coordinates.geojson', 'feature', 'io.problem.coordinateNotNumber', 'inte är ett tal: "13.0007"'],
  ['coordinates-is-string.geojson', 'feature', 'io.problem.badCoordinates', 'inte är en lista'],
  ['bowtie.geojson', 'feature', 'io.problem.selfIntersection', 'korsar sig själv vid 55.6'],
  ['empty-geometry.geojson', 'feature', 'io.problem.emptyGeometry', 'tom geometri'],
  ['wrong-geometry-type.geojson', 'feature', 'io.problem.unknownGeometryType', 'okänd geometrityp "Circle"'],
  ['geometry-collection.geojson', 'feature', 'io.problem.geometryCollection', 'dela upp den i separata objekt'],
  ['ring-of-three.geojson', 'feature', 'io.problem.ringTooShort', 'bara 3 positioner'],
  ['lon-out-of-range.geojson', 'feature', 'io.problem.lonOutOfRange', 'longitud 213, utanför −180 till 180'],
  ['lat-out-of-range.geojson', 'feature', 'io.problem.latOutOfRange', 'latitud 95,6, utanför −90 till 90'],
  ['null-geometry.geojson', 'feature', 'io.problem.noGeometry', 'saknar geometri'],
  ['not-features.geojson', 'feature', 'io.problem.notFeature', 'är inget GeoJSON-objekt'],
  ['line-one-position.geojson', 'feature', 'io.problem.tooFewPositions', 'har 1 position men behöver minst 2'],
  ['deeply-nested.geojson', 'feature', 'io.problem.badPosition', 'inte är ett koordinatpar'],
  ['huge-property.geojson', 'note', 'io.note.propertyTruncated', '"beskrivning" (150 kB) kortades till 100 kB'],
  ['unclosed-ring.geojson', 'note', 'io.note.ringClosed', 'öppen polygonring stängdes'],
  ['duplicate-ids.geojson', 'note', 'io.note.duplicateId', 'id "a1" finns redan'],
  ['three-d.geojson', 'note', 'io.note.dropped3d', 'höjdvärden togs bort'],
  ['properties-not-object.geojson', 'note', 'io.note.propertiesDropped', 'egenskaperna var inget objekt'],
  ['csv-bad-number.csv', 'note', 'io.problem.coordinateNotNumber', 'inte är ett tal: "tretton"'],
];

const sv = (code: string, params?: Record<string, string | number>) => translate('sv', code, params);

describe('bad-input corpus', () => {
  it('covers every file in the folder, and at least 30', () => {
    const files = readdirSync(join(FIXTURES, 'bad-input')).sort();
    const covered = [...CASES.map((c) => c[0]), 'latlon-swapped.geojson', 'sweref-without-crs.geojson', 'hostile-html.geojson'];
    expect(files).toEqual(covered.sort());
    expect(files.length).toBeGreaterThanOrEqual(30);
  });

  it.each(CASES)('%s → %s %s', async (file, kind, code, swedish) => {
    if (kind === 'file') {
      const error = await importFixture('bad-input', file).then(() => null, (e: unknown) => e);
      expect(error).toBeInstanceOf(DomainError);
      const { code: got, params } = error as DomainError;
      expect(got).toBe(code);
      const message = sv(got, params);
      expect(message).toContain(swedish);
      expect(message).toContain('Inget importerades.');
      expect(message).not.toMatch(/\{\w+\}/);
      return;
    }
    const result = await importFixture('bad-input', file);
    const problem = result.problems.find((p) => p.code === code);
    expect(problem, `problems: ${result.problems.map((p) => p.code).join(', ')}`).toBeDefined();
    const message = sv(problem!.code, problem!.params);
    expect(message).toContain(swedish);
    expect(message).not.toMatch(/\{\w+\}/);
    if (kind === 'feature') {
      expect(result.features).toEqual([]);
      expect(result.counts.valid).toBe(0);
    } else {
      expect(result.features.length).toBeGreaterThan(0);
    }
  });

  it('reads SWEREF 99 TM without a crs member as a guess, and says so', async () => {
    const result = await importFixture('bad-input', 'sweref-without-crs.geojson');
    expect(result.crs).toMatchObject({ crs: 'EPSG:3006', source: 'guessed', needsConfirmation: true });
    expect(sv(`io.crs.source.${result.crs.source}`)).toContain('GISSAT');
    const [lon, lat] = result.features[0]!.geometry.coordinates as number[];
    expect(lon).toBeCloseTo(13.0, 5);
    expect(lat).toBeCloseTo(55.6095, 5);
  });

  it('suspects latitude/longitude order in Swedish points and swaps only when asked', async () => {
    const asIs = await importFixture('bad-input', 'latlon-swapped.geojson');
    expect(asIs.crs).toMatchObject({ swapSuspected: true, swapApplied: false, needsConfirmation: true });
    expect(sv('io.crs.swapSuspected')).toContain('latitud, longitud');
    const swapped = await importFixture('bad-input', 'latlon-swapped.geojson', { swapAxes: true });
    expect(swapped.crs).toMatchObject({ swapApplied: true, needsConfirmation: false });
    expect(swapped.features[0]!.geometry.coordinates).toEqual([13.0, 55.6095]);
  });

  it('keeps hostile HTML in names as literal text', async () => {
    const result = await importFixture('bad-input', 'hostile-html.geojson');
    expect(result.problems).toEqual([]);
    expect(result.features[0]!.properties).toEqual({
      namn: '<img src=x onerror=alert(1)>',
      beskrivning: "<script>alert('x')</script>",
    });
  });
});
