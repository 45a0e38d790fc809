// GeoPackage geometry blobs (OGC 12-128r18, section 2.1.3: the "GP" header, then ISO WKB) into
// GeoJSON geometries. Written by hand on purpose: the maintained WKB readers either need Node's
// Buffer (wkx, last released 2020) or bring loaders.gl's core and Apache Arrow with them
// (@loaders.gl/gis), megabytes for some 100 lines; and the GP header is GeoPackage's own, so it
// would be parsed here anyway. Every length read from the blob is checked against the bytes left
// before anything is allocated: a damaged blob claiming two billion points fails at once.
import type { Geometry, Position } from 'geojson';

/** Thrown for any blob that is not a readable geometry; the reader turns it into a feature problem. */
export class WkbError extends Error {}

const TYPES = ['Point', 'LineString', 'Polygon', 'MultiPoint', 'MultiLineString', 'MultiPolygon', 'GeometryCollection'] as const;
/** WKB geometry codes beyond the seven GeoJSON has (ISO 13249-3), named so the user learns what was there. */
const OTHER_TYPES: Record<number, string> = {
  8: 'CircularString', 9: 'CompoundCurve', 10: 'CurvePolygon', 11: 'MultiCurve', 12: 'MultiSurface', 15: 'PolyhedralSurface', 16: 'TIN', 17: 'Triangle',
};
const MAX_DEPTH = 8;

class Cursor {
  private at: number;
  little = true;

  constructor(private readonly view: DataView, start: number) {
    this.at = start;
  }

  need(bytes: number): void {
    if (!Number.isFinite(bytes) || bytes < 0 || this.at + bytes > this.view.byteLength) throw new WkbError('blob ends early');
  }

  u8(): number {
    this.need(1);
    return this.view.getUint8(this.at++);
  }

  u32(): number {
    this.need(4);
    const v = this.view.getUint32(this.at, this.little);
    this.at += 4;
    return v;
  }

  f64(): number {
    this.need(8);
    const v = this.view.getFloat64(this.at, this.little);
    this.at += 8;
    return v;
  }

  /** A count of items of at least `minBytes` each, checked against what is left. */
  count(minBytes: number): number {
    const n = this.u32();
    this.need(n * minBytes);
    return n;
  }

  skip(bytes: number): void {
    this.need(bytes);
    this.at += bytes;
  }
}

interface Header { type: number; dims: number }

/** ISO codes (1000s for Z, M, ZM) and EWKB flags (high bits) both occur in files that call themselves GeoPackages. */
function header(c: Cursor): Header {
  const order = c.u8();
  if (order > 1) throw new WkbError('bad byte order');
  c.little = order === 1;
  const raw = c.u32();
  const ewkbZ = (raw & 0x80000000) !== 0;
  const ewkbM = (raw & 0x40000000) !== 0;
  if (raw & 0x20000000) c.skip(4); // EWKB SRID
  const code = raw & 0x0fffffff;
  const iso = Math.floor(code / 1000);
  const hasZ = ewkbZ || iso === 1 || iso === 3;
  const hasM = ewkbM || iso === 2 || iso === 3;
  return { type: code % 1000, dims: 2 + (hasZ ? 1 : 0) + (hasM ? 1 : 0) };
}

function position(c: Cursor, dims: number): Position {
  const p: Position = [];
  for (let i = 0; i < dims; i++) p.push(c.f64());
  return p;
}

const positions = (c: Cursor, dims: number): Position[] => Array.from({ length: c.count(8 * dims) }, () => position(c, dims));
const rings = (c: Cursor, dims: number): Position[][] => Array.from({ length: c.count(4) }, () => positions(c, dims));

function geometry(c: Cursor, depth: number): Geometry {
  if (depth > MAX_DEPTH) throw new WkbError('nested too deep');
  const { type, dims } = header(c);
  const name = TYPES[type - 1];
  if (!name) throw new WkbError(OTHER_TYPES[type] ?? `type ${type}`);
  const parts = () => Array.from({ length: c.count(5) }, () => geometry(c, depth + 1));
  switch (name) {
    case 'Point': return { type: 'Point', coordinates: position(c, dims) };
    case 'LineString': return { type: 'LineString', coordinates: positions(c, dims) };
    case 'Polygon': return { type: 'Polygon', coordinates: rings(c, dims) };
    case 'MultiPoint': return { type: 'MultiPoint', coordinates: parts().map((g) => (g as { coordinates: Position }).coordinates) };
    case 'MultiLineString': return { type: 'MultiLineString', coordinates: parts().map((g) => (g as { coordinates: Position[] }).coordinates) };
    case 'MultiPolygon': return { type: 'MultiPolygon', coordinates: parts().map((g) => (g as { coordinates: Position[][] }).coordinates) };
    case 'GeometryCollection': return { type: 'GeometryCollection', geometries: parts() };
  }
}

/** An empty point is NaN, NaN in WKB: GeoJSON has no empty point, so it reads as no geometry. */
const isEmptyPoint = (g: Geometry) => g.type === 'Point' && g.coordinates.every((v) => Number.isNaN(v));

/** Envelope sizes by the header's indicator (bits 1–3 of the flags): none, xy, xyz, xym, xyzm. */
const ENVELOPE_BYTES = [0, 32, 48, 48, 64];

/**
 * A GeoPackage geometry blob as GeoJSON; null for an empty geometry. Throws WkbError for anything
 * unreadable (not "GP", a bad envelope indicator, truncated WKB, a curve type GeoJSON lacks).
 */
export function readGpkgGeometry(blob: Uint8Array): Geometry | null {
  const view = new DataView(blob.buffer, blob.byteOffset, blob.byteLength);
  if (blob.length < 8 || blob[0] !== 0x47 || blob[1] !== 0x50) throw new WkbError('not a GeoPackage geometry');
  const flags = blob[3]!;
  const envelope = ENVELOPE_BYTES[(flags >> 1) & 0x07];
  if (envelope === undefined) throw new WkbError('bad envelope indicator');
  if (flags & 0x10) return null;
  const c = new Cursor(view, 8 + envelope);
  const g = geometry(c, 0);
  return isEmptyPoint(g) ? null : g;
}
