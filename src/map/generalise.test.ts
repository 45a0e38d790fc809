import type { LineString } from 'geojson';
import { describe, expect, it } from 'vitest';
import { SHAPE_ALWAYS_ZOOM, SHAPE_MIN_PX, SYMBOL_ALWAYS, shapeZoom, symbolPosition } from './generalise';

const LAT = 55.6;
/** Metres per screen pixel in MapLibre (512 px tiles) at this latitude. */
const metresPerPixel = (zoom: number) => (40_075_016.686 * Math.cos((LAT * Math.PI) / 180)) / (512 * 2 ** zoom);
/** An east-west line of `metres` at LAT. */
function line(metres: number): LineString {
  const degrees = metres / (111_320 * Math.cos((LAT * Math.PI) / 180));
  return { type: 'LineString', coordinates: [[13, LAT], [13 + degrees, LAT]] };
}

describe('when a line or polygon is drawn as itself', () => {
  it('from the first whole zoom at which it spans the minimum on screen', () => {
    for (const metres of [150, 400, 1_000, 5_000, 40_000]) {
      const zoom = shapeZoom(line(metres));
      expect(metres / metresPerPixel(zoom)).toBeGreaterThanOrEqual(SHAPE_MIN_PX * 0.999);
      if (zoom > 0) expect(metres / metresPerPixel(zoom - 1)).toBeLessThan(SHAPE_MIN_PX);
    }
    // A 1 km street is a line at city scale (zoom 11, ~22 m per pixel), a 150 m one is a symbol there.
    expect(shapeZoom(line(1_000))).toBeLessThanOrEqual(11);
    expect(shapeZoom(line(150))).toBeGreaterThan(11);
  });

  it('at street scale whatever its size, and never for a point', () => {
    expect(shapeZoom(line(2))).toBe(SHAPE_ALWAYS_ZOOM);
    expect(shapeZoom({ type: 'LineString', coordinates: [[13, LAT], [13, LAT]] })).toBe(SHAPE_ALWAYS_ZOOM);
    expect(shapeZoom({ type: 'Point', coordinates: [13, LAT] })).toBe(SYMBOL_ALWAYS);
    expect(shapeZoom({ type: 'Polygon', coordinates: [[[0, 0], [80, 0], [80, 60], [0, 0]]] })).toBe(0);
  });
});

describe('where a symbol sits', () => {
  it('halfway along a line, on it', () => {
    expect(symbolPosition({ type: 'LineString', coordinates: [[0, 0], [2, 0], [2, 2]] })).toEqual([2, 0]);
    expect(symbolPosition({ type: 'LineString', coordinates: [[0, 0], [1, 0], [1, 0], [3, 0]] })).toEqual([1.5, 0]);
  });

  it('on the longest part of a multi-line and inside a bent polygon', () => {
    expect(symbolPosition({ type: 'MultiLineString', coordinates: [[[0, 0], [0, 1]], [[5, 0], [9, 0]]] })).toEqual([7, 0]);
    // A U: its centre (1.5, 1.5) is in the gap between the arms.
    const [x, y] = symbolPosition({ type: 'Polygon', coordinates: [[[0, 0], [3, 0], [3, 3], [2, 3], [2, 1], [1, 1], [1, 3], [0, 3], [0, 0]]] });
    expect(x! < 1 || x! > 2 || y! < 1).toBe(true);
  });
});
