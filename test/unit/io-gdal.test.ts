// A shapefile written by a real GIS toolchain, not by our own fixture script: GDAL 3.6.2's ogr2ogr
// (the library QGIS uses) reprojected three known places from WGS 84 to SWEREF 99 TM:
//   ogr2ogr -f "ESRI Shapefile" -s_srs EPSG:4326 -t_srs EPSG:3006 -lco ENCODING=UTF-8 platser_sweref99tm.shp places.geojson
// GDAL projects with PROJ, independently of proj4js, so landing within 1 m of the original WGS 84
// positions checks our reading of the .prj and our reprojection against another implementation.
import { distance } from '@turf/turf';
import type { Point } from 'geojson';
import { describe, expect, it } from 'vitest';
import { importFixture } from './io-fixtures';

const KNOWN: Record<string, [number, number]> = {
  'Malmö C': [13.0, 55.6095],
  'Lindängen centrum': [13.0085, 55.5626],
  Stortorget: [13.0007, 55.6059],
};

describe('a SWEREF 99 TM shapefile made by GDAL', () => {
  it('is read with its declared system and lands within 1 m of the known WGS 84 positions', async () => {
    const result = await importFixture('good-input', 'gdal-sweref99tm.zip');
    expect(result.format).toBe('shapefile');
    expect(result.crs).toMatchObject({ crs: 'EPSG:3006', source: 'prj', needsConfirmation: false });
    expect(result.problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(result.features).toHaveLength(3);
    for (const f of result.features) {
      const name = String(f.properties.namn);
      const off = distance((f.geometry as Point).coordinates, KNOWN[name]!, { units: 'meters' });
      expect(off, name).toBeLessThan(1);
    }
  });
});
