// Small structural checks for JSON read from files (backups, public snapshots). Written for the
// purpose rather than a schema library: they run on multi-megabyte files in a fraction of a second,
// keep the public viewer's bundle small, and name the first field that is wrong.
export type Check = (value: unknown) => boolean;
export type Spec = Record<string, Check>;

export function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export const str: Check = (v) => typeof v === 'string';
export const bool: Check = (v) => typeof v === 'boolean';
export const finite: Check = (v) => typeof v === 'number' && Number.isFinite(v);
export const int: Check = (v) => Number.isInteger(v);
export const obj: Check = isObject;

export function nullable(check: Check): Check {
  return (v) => v === null || check(v);
}

/** A field that may be absent (added later within a format version). */
export function optional(check: Check): Check {
  return (v) => v === undefined || check(v);
}

export function oneOf(...values: readonly unknown[]): Check {
  return (v) => values.includes(v);
}

export function arrayOf(check: Check): Check {
  return (v) => Array.isArray(v) && v.every(check);
}

/** An object whose given fields pass their checks (other fields are allowed). */
export function shape(spec: Spec): Check {
  return (v) => isObject(v) && firstBadField(v, spec) === null;
}

/** An object with exactly these keys, each value passing `check` (e.g. the five aspects). */
export function recordOf(keys: readonly string[], check: Check): Check {
  return (v) => isObject(v) && keys.every((k) => check(v[k]));
}

/** Name of the first field of `value` that fails its check, or null when all pass. */
export function firstBadField(value: Record<string, unknown>, spec: Spec): string | null {
  for (const [field, check] of Object.entries(spec)) if (!check(value[field])) return field;
  return null;
}

// A WGS84 position: finite, in range. NaN would silently become null in JSON and a projected
// (SWEREF 99) coordinate would put the feature in the sea off Africa, so both are refused.
const position: Check = (p) =>
  Array.isArray(p) && (p.length === 2 || p.length === 3) && p.every(finite)
  && Math.abs(p[0] as number) <= 180 && Math.abs(p[1] as number) <= 90;

const line: Check = (v) => Array.isArray(v) && v.length >= 2 && v.every(position);
// RFC 7946: a linear ring has at least four positions and ends where it starts.
const ring: Check = (v) => Array.isArray(v) && v.length >= 4 && v.every(position)
  && (v[0] as number[]).every((c, i) => c === (v[v.length - 1] as number[])[i]);
const polygon: Check = (v) => Array.isArray(v) && v.length >= 1 && v.every(ring);

const COORDINATES: Record<string, Check> = {
  Point: position,
  LineString: line,
  MultiLineString: (v) => Array.isArray(v) && v.length >= 1 && v.every(line),
  Polygon: polygon,
  MultiPolygon: (v) => Array.isArray(v) && v.length >= 1 && v.every(polygon),
};

/** A GeoJSON geometry of one of `types` with well-formed, finite lon/lat coordinates. */
export function geometryOf(types: readonly string[]): Check {
  return (v) => isObject(v) && typeof v.type === 'string' && types.includes(v.type)
    && COORDINATES[v.type]!(v.coordinates);
}

export const AREA_GEOMETRY_TYPES = ['Polygon', 'MultiPolygon'] as const;
export const INVESTMENT_GEOMETRY_TYPES = ['Point', 'LineString', 'MultiLineString', 'Polygon', 'MultiPolygon'] as const;
