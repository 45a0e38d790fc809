// Independent mathematics for checking proj4 (and everything built on it): the meridian arc by
// numerical integration and Lantmäteriet's Gauss–Krüger formulas, written from their publications.
const GRS80 = { a: 6378137, f: 1 / 298.257222101 };
const rad = (deg: number) => (deg * Math.PI) / 180;

/** Meridian arc length from the equator to latitude φ by Simpson's rule: M(φ) = a(1−e²)/(1−e² sin²φ)^1.5. */
export function meridianArc(latDeg: number): number {
  const e2 = GRS80.f * (2 - GRS80.f);
  const m = (phi: number) => (GRS80.a * (1 - e2)) / (1 - e2 * Math.sin(phi) ** 2) ** 1.5;
  const n = 2000;
  const h = rad(latDeg) / n;
  let sum = m(0) + m(rad(latDeg));
  for (let i = 1; i < n; i++) sum += (i % 2 === 0 ? 2 : 4) * m(i * h);
  return (sum * h) / 3;
}

/** Lantmäteriet, "Gauss–Krüger projection formulas" (geodetic to grid), GRS 80. */
export function gaussKruger(latDeg: number, lonDeg: number, p: { lon0: number; k0: number; fn: number; fe: number }): [number, number] {
  const { a, f } = GRS80;
  const e2 = f * (2 - f);
  const n = f / (2 - f);
  const aRoof = (a / (1 + n)) * (1 + n ** 2 / 4 + n ** 4 / 64);
  const A = e2;
  const B = (5 * e2 ** 2 - e2 ** 3) / 6;
  const C = (104 * e2 ** 3 - 45 * e2 ** 4) / 120;
  const D = (1237 * e2 ** 4) / 1260;
  const beta = [
    n / 2 - (2 * n ** 2) / 3 + (5 * n ** 3) / 16 + (41 * n ** 4) / 180,
    (13 * n ** 2) / 48 - (3 * n ** 3) / 5 + (557 * n ** 4) / 1440,
    (61 * n ** 3) / 240 - (103 * n ** 4) / 140,
    (49561 * n ** 4) / 161280,
  ];
  const phi = rad(latDeg);
  const s = Math.sin(phi);
  const phiStar = phi - s * Math.cos(phi) * (A + B * s ** 2 + C * s ** 4 + D * s ** 6);
  const dLon = rad(lonDeg - p.lon0);
  const xi = Math.atan(Math.tan(phiStar) / Math.cos(dLon));
  const eta = Math.atanh(Math.cos(phiStar) * Math.sin(dLon));
  let x = xi;
  let y = eta;
  beta.forEach((b, i) => {
    const k = 2 * (i + 1);
    x += b * Math.sin(k * xi) * Math.cosh(k * eta);
    y += b * Math.cos(k * xi) * Math.sinh(k * eta);
  });
  return [p.k0 * aRoof * y + p.fe, p.k0 * aRoof * x + p.fn];
}

export type Grid = { lon0: number; k0: number; fn: number; fe: number };
/** SWEREF 99 TM; UTM zone 33N has the same parameters (on WGS 84, which differs from GRS 80 by 0.1 mm). */
export const SWEREF_TM_GRID: Grid = { lon0: 15, k0: 0.9996, fn: 0, fe: 500000 };
export const SWEREF_1200_GRID: Grid = { lon0: 12, k0: 1, fn: 0, fe: 150000 };

/** A lon/lat box (WGS 84) as a polygon in a grid, projected corner by corner. */
export function projectedBox(lon: number, lat: number, grid: Grid, dLon = 0.01, dLat = 0.01): { type: 'Polygon'; coordinates: number[][][] } {
  const corners = [[lon, lat], [lon + dLon, lat], [lon + dLon, lat + dLat], [lon, lat + dLat], [lon, lat]];
  return { type: 'Polygon', coordinates: [corners.map(([x, y]) => gaussKruger(y!, x!, grid))] };
}
