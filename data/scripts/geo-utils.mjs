// Small geometry helpers for build-basemap.mjs. Plain ESM so the script runs with `node` alone.

const DECIMALS = 5;
const FACTOR = 10 ** DECIMALS;

/** Rounds to 5 decimals (about 1 m): finer digits only cost bytes in the shipped files. */
export function roundCoord(value) {
  return Math.round(value * FACTOR) / FACTOR;
}

function roundRing(ring, minLength) {
  const out = [];
  for (const [x, y] of ring) {
    const point = [roundCoord(x), roundCoord(y)];
    const last = out[out.length - 1];
    // Rounding can merge neighbours; repeated vertices only bloat the file.
    if (!last || last[0] !== point[0] || last[1] !== point[1]) out.push(point);
  }
  return out.length >= minLength ? out : null;
}

function roundPolygon(rings) {
  const out = [];
  for (const [index, ring] of rings.entries()) {
    const rounded = roundRing(ring, 4);
    // A collapsed outer ring means the polygon vanished; a collapsed hole can just go.
    if (!rounded) {
      if (index === 0) return null;
      continue;
    }
    out.push(rounded);
  }
  return out.length > 0 ? out : null;
}

/** Rounds a (Multi)Polygon or (Multi)LineString; returns null when nothing drawable is left. */
export function roundGeometry(geometry) {
  switch (geometry.type) {
    case 'Polygon': {
      const rings = roundPolygon(geometry.coordinates);
      return rings ? { type: 'Polygon', coordinates: rings } : null;
    }
    case 'MultiPolygon': {
      const polygons = geometry.coordinates.map(roundPolygon).filter(Boolean);
      if (polygons.length === 0) return null;
      return polygons.length === 1
        ? { type: 'Polygon', coordinates: polygons[0] }
        : { type: 'MultiPolygon', coordinates: polygons };
    }
    case 'LineString': {
      const line = roundRing(geometry.coordinates, 2);
      return line ? { type: 'LineString', coordinates: line } : null;
    }
    case 'MultiLineString': {
      const lines = geometry.coordinates.map((l) => roundRing(l, 2)).filter(Boolean);
      if (lines.length === 0) return null;
      return { type: 'MultiLineString', coordinates: lines };
    }
    case 'Point':
      return { type: 'Point', coordinates: geometry.coordinates.map(roundCoord) };
    default:
      throw new Error(`Unsupported geometry type ${geometry.type}`);
  }
}

/** "ROSENGÅRD CENTRUM" -> "Rosengård Centrum"; Swedish casing rules for å, ä, ö. */
export function titleCaseSv(text) {
  return text
    .toLocaleLowerCase('sv')
    .replace(/(^|[\s\-/(])(\p{L})/gu, (_, sep, letter) => sep + letter.toLocaleUpperCase('sv'));
}
