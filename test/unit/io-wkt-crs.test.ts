// Systems outside the known Swedish list, defined from the WKT a file carries. The UTM 33N
// shapefile is written here with positions projected by Lantmäteriet's Gauss–Krüger formulas
// (test/support/gauss-kruger.ts), not by proj4, so landing within 1 m of the places it was made
// from checks the .prj reading and the reprojection against an independent transformation.
import { distance } from '@turf/turf';
import type { Point } from 'geojson';
import { describe, expect, it } from 'vitest';
import { crsFromPrj, crsLabel } from '../../src/domain/io/crs';
import { readAny } from '../../src/domain/io/import-pipeline';
import { parseXmlStrict } from '../../src/domain/io/parse-xml';
import { ESRI_UTM33N, utmPlacesShapefile } from '../support/utm-places';

/** As GDAL writes it (OGC WKT1 with authorities). */
const OGC_UTM33N = 'PROJCS["WGS 84 / UTM zone 33N",GEOGCS["WGS 84",DATUM["WGS_1984",SPHEROID["WGS 84",6378137,298.257223563,AUTHORITY["EPSG","7030"]],'
  + 'AUTHORITY["EPSG","6326"]],PRIMEM["Greenwich",0,AUTHORITY["EPSG","8901"]],UNIT["degree",0.0174532925199433,AUTHORITY["EPSG","9122"]],'
  + 'AUTHORITY["EPSG","4326"]],PROJECTION["Transverse_Mercator"],PARAMETER["latitude_of_origin",0],PARAMETER["central_meridian",15],'
  + 'PARAMETER["scale_factor",0.9996],PARAMETER["false_easting",500000],PARAMETER["false_northing",0],UNIT["metre",1,AUTHORITY["EPSG","9001"]],'
  + 'AXIS["Easting",EAST],AXIS["Northing",NORTH],AUTHORITY["EPSG","32633"]]';
/** WKT2 (ISO 19162), as PROJ 6+ and GeoPackages' definition_12_063 hold it. */
const WKT2_UTM32N = 'PROJCRS["ETRS89 / UTM zone 32N",BASEGEOGCRS["ETRS89",DATUM["European Terrestrial Reference System 1989",'
  + 'ELLIPSOID["GRS 1980",6378137,298.257222101,LENGTHUNIT["metre",1]]],PRIMEM["Greenwich",0,ANGLEUNIT["degree",0.0174532925199433]]],'
  + 'CONVERSION["UTM zone 32N",METHOD["Transverse Mercator",ID["EPSG",9807]],PARAMETER["Latitude of natural origin",0,ANGLEUNIT["degree",0.0174532925199433]],'
  + 'PARAMETER["Longitude of natural origin",9,ANGLEUNIT["degree",0.0174532925199433]],PARAMETER["Scale factor at natural origin",0.9996,SCALEUNIT["unity",1]],'
  + 'PARAMETER["False easting",500000,LENGTHUNIT["metre",1]],PARAMETER["False northing",0,LENGTHUNIT["metre",1]]],CS[Cartesian,2],'
  + 'AXIS["easting",east],AXIS["northing",north],LENGTHUNIT["metre",1],ID["EPSG",25832]]';

const PLACES = [
  { namn: 'Malmö C', lat: 55.6095, lon: 13.0 },
  { namn: 'Kalmar slott', lat: 56.6586, lon: 16.3565 },
  { namn: 'Visby ringmur', lat: 57.6409, lon: 18.2960 },
];

describe('a shapefile in UTM zone 33N', () => {
  it.each([['ESRI', ESRI_UTM33N, 'WKT:WGS_1984_UTM_Zone_33N'], ['OGC', OGC_UTM33N, 'EPSG:32633']])(
    'with an %s .prj lands within 1 m of the places it was made from', async (_kind, prj, code) => {
      const result = await readAny({ name: 'platser.zip', bytes: utmPlacesShapefile(PLACES, prj) }, { parseXml: parseXmlStrict });
      expect(result.crs).toMatchObject({ crs: code, source: 'prj', needsConfirmation: false });
      expect(result.crs.label).toContain('UTM');
      expect(result.counts).toMatchObject({ total: 3, valid: 3, invalid: 0 });
      for (const f of result.features) {
        const place = PLACES.find((p) => p.namn === f.properties.namn)!;
        expect(distance((f.geometry as Point).coordinates, [place.lon, place.lat], { units: 'meters' }), place.namn).toBeLessThan(1);
      }
    });
});

describe('WKT from any GIS', () => {
  it('takes the EPSG code from the authority of WKT1 and WKT2, and names the system', () => {
    expect(crsFromPrj(OGC_UTM33N)).toBe('EPSG:32633');
    expect(crsFromPrj(WKT2_UTM32N)).toBe('EPSG:25832');
    expect(crsLabel('EPSG:25832')).toBe('ETRS89 / UTM zone 32N (EPSG:25832)');
  });

  it('prefers the known Swedish definition when the authority names one', () => {
    expect(crsFromPrj(OGC_UTM33N.replace('"32633"]]', '"3006"]]').replace('WGS 84 / UTM zone 33N', 'Något namn'))).toBe('EPSG:3006');
  });

  it('refuses another datum without a stated shift, and a drawing\'s local axes, by name', () => {
    const rt38 = 'GEOGCS["GCS_RT38",DATUM["D_Stockholm_1938",SPHEROID["Bessel_1841",6377397.155,299.1528128]],PRIMEM["Greenwich",0.0],UNIT["Degree",0.0174532925199433]]';
    expect(() => crsFromPrj(rt38)).toThrow(expect.objectContaining({ code: 'io.error.crsNoDatumShift', params: expect.objectContaining({ name: 'GCS_RT38' }) }));
    const withShift = rt38.replace('SPHEROID["Bessel_1841",6377397.155,299.1528128]', 'SPHEROID["Bessel_1841",6377397.155,299.1528128],TOWGS84[419.38,99.38,591.35,0.850,1.817,-7.862,-0.99496]');
    expect(crsFromPrj(withShift)).toBe('WKT:GCS_RT38');
    expect(() => crsFromPrj('LOCAL_CS["Ritning",LOCAL_DATUM["Lokalt",0],UNIT["Meter",1.0]]')).toThrow(expect.objectContaining({ code: 'io.error.crsLocal' }));
  });
});
