// KMZ (zipped KML, as Google Earth saves it) and GPX (GPS receivers, running apps): both WGS 84 by
// definition, so the places written in must come back where they were.
import { distance } from '@turf/turf';
import type { LineString, Point } from 'geojson';
import { describe, expect, it } from 'vitest';
import { readAny } from '../../src/domain/io/import-pipeline';
import { parseXmlStrict } from '../../src/domain/io/parse-xml';
import { zip } from '../support/file-writers';

const PLACES = [
  { namn: 'Malmö C', lat: 55.6095, lon: 13.0 },
  { namn: 'Lindängen centrum', lat: 55.5626, lon: 13.0085 },
];
const read = (name: string, bytes: Uint8Array) => readAny({ name, bytes }, { parseXml: parseXmlStrict });

describe('KMZ', () => {
  it('reads doc.kml from the zip and puts every placemark where it was', async () => {
    const placemarks = PLACES.map((p) => `<Placemark><name>${p.namn}</name><Point><coordinates>${p.lon},${p.lat},0</coordinates></Point></Placemark>`).join('');
    const kml = `<?xml version="1.0" encoding="UTF-8"?><kml xmlns="http://www.opengis.net/kml/2.2"><Document>${placemarks}</Document></kml>`;
    const kmz = zip([['doc.kml', Buffer.from(kml)], ['files/ikon.png', Buffer.from([0x89, 0x50])]]);
    const result = await read('platser.kmz', kmz);
    expect(result.format).toBe('kmz');
    expect(result.crs).toMatchObject({ crs: 'EPSG:4326', source: 'declared' });
    for (const p of PLACES) {
      const f = result.features.find((x) => x.properties.name === p.namn)!;
      expect(distance((f.geometry as Point).coordinates, [p.lon, p.lat], { units: 'meters' })).toBeLessThan(1);
    }
  });

  it('refuses a zip with neither a shapefile nor a KML document', async () => {
    await expect(read('tom.kmz', zip([['bild.png', Buffer.from([1, 2, 3])]]))).rejects.toMatchObject({ code: 'io.error.zipNoShp' });
  });
});

describe('GPX', () => {
  it('reads waypoints as points and a track as a line, without the per-point times', async () => {
    const gpx = `<?xml version="1.0"?><gpx version="1.1" creator="test" xmlns="http://www.topografix.com/GPX/1/1">
      ${PLACES.map((p) => `<wpt lat="${p.lat}" lon="${p.lon}"><name>${p.namn}</name></wpt>`).join('')}
      <trk><name>Promenad</name><trkseg>${PLACES.map((p, i) => `<trkpt lat="${p.lat}" lon="${p.lon}"><ele>12</ele><time>2026-05-0${i + 1}T10:00:00Z</time></trkpt>`).join('')}</trkseg></trk></gpx>`;
    const result = await read('promenad.gpx', Buffer.from(gpx));
    expect(result.format).toBe('gpx');
    expect(result.counts.byGeometry).toEqual({ Point: 2, LineString: 1 });
    const track = result.features.find((f) => f.geometry.type === 'LineString')!;
    expect(track.properties).not.toHaveProperty('coordinateProperties');
    expect((track.geometry as LineString).coordinates).toEqual(PLACES.map((p) => [p.lon, p.lat]));
  });

  it('refuses XML that is not GPX', async () => {
    await expect(read('fel.gpx', Buffer.from('<?xml version="1.0"?><html><body/></html>'))).rejects.toMatchObject({ code: 'io.error.notGpx' });
  });
});
