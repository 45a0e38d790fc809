// The test street map (test/support) is a PMTiles archive the real reader understands, with the
// invented street names in its tiles: the end-to-end basemap tests stand on it.
import { VectorTile } from '@mapbox/vector-tile';
import { PbfReader } from 'pbf';
import { PMTiles, type RangeResponse, type Source } from 'pmtiles';
import { describe, expect, it } from 'vitest';
import { INVENTED_STREETS, MAX_ZOOM, MIN_ZOOM, STREETS_BOUNDS, inventedStreetsPmtiles } from '../support/invented-streets';

class BytesSource implements Source {
  constructor(private readonly bytes: Uint8Array) {}
  getKey = () => 'memory';
  async getBytes(offset: number, length: number): Promise<RangeResponse> {
    return { data: this.bytes.slice(offset, offset + length).buffer };
  }
}

describe('the invented streets archive', () => {
  const archive = new PMTiles(new BytesSource(inventedStreetsPmtiles()));

  it('has a valid PMTiles v3 header for the area it covers', async () => {
    const h = await archive.getHeader();
    expect(h).toMatchObject({ specVersion: 3, minZoom: MIN_ZOOM, maxZoom: MAX_ZOOM, tileType: 1, clustered: true });
    expect([h.minLon, h.minLat, h.maxLon, h.maxLat].map((v) => Number(v.toFixed(5)))).toEqual(STREETS_BOUNDS);
    expect(h.numAddressedTiles).toBeGreaterThan(50);
    expect((await archive.getMetadata()) as { name: string }).toMatchObject({ name: 'Invented test streets' });
  });

  it('holds the streets by name in the Protomaps `roads` layer, at the zoom their labels need', async () => {
    // Zoom 15 tile over Rosengård Centrum, where Testgränd runs.
    const x = Math.floor(((13.045 + 180) / 360) * 2 ** 15);
    const lat = (55.5853 * Math.PI) / 180;
    const y = Math.floor(((1 - Math.log(Math.tan(lat) + 1 / Math.cos(lat)) / Math.PI) / 2) * 2 ** 15);
    const tile = await archive.getZxy(15, x, y);
    expect(tile).toBeDefined();
    const layers = new VectorTile(new PbfReader(new Uint8Array(tile!.data))).layers;
    const roads = layers.roads!;
    const names = Array.from({ length: roads.length }, (_, i) => roads.feature(i).properties.name);
    expect(names).toContain(INVENTED_STREETS.minor[0]);
    expect(roads.feature(0).properties.kind).toMatch(/_road$/);
    expect(Object.keys(layers)).toContain('earth');
    expect(await archive.getZxy(15, 0, 0)).toBeUndefined();
  });
});
