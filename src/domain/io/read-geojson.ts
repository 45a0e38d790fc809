// GeoJSON in: a FeatureCollection, one Feature or a bare geometry. Features are handed on untrusted;
// only the top level is checked here, so one broken feature never hides the other 4,999.
import { DomainError } from '../errors';
import { crsFromGeoJsonMember } from './crs';
import type { ReadResult } from './types';

const GEOMETRY_TYPES = new Set([
  'Point', 'MultiPoint', 'LineString', 'MultiLineString', 'Polygon', 'MultiPolygon', 'GeometryCollection',
]);

/** Line and column of a JSON.parse failure, from V8's "at position N" or "(line L column C)". */
function syntaxError(text: string, e: unknown): DomainError {
  const message = e instanceof Error ? e.message : String(e);
  if (/end of JSON input|Unterminated string/i.test(message)) return new DomainError('io.error.jsonTruncated');
  const pos = /position (\d+)/.exec(message);
  if (pos) {
    const before = text.slice(0, Number(pos[1]));
    const line = before.split('\n').length;
    return new DomainError('io.error.jsonSyntax', { line, column: before.length - before.lastIndexOf('\n') });
  }
  return new DomainError('io.error.jsonSyntax', { line: '?', column: '?' });
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  return typeof value;
}

export function readGeoJson(text: string): ReadResult {
  let root: unknown;
  try {
    root = JSON.parse(text);
  } catch (e) {
    throw syntaxError(text, e);
  }
  if (root === null || typeof root !== 'object' || Array.isArray(root)) {
    throw new DomainError('io.error.geojsonNotObject', { found: describe(root) });
  }
  const obj = root as { type?: unknown; features?: unknown; crs?: unknown };
  const declared = obj.crs === undefined || obj.crs === null
    ? null
    : { crs: crsFromGeoJsonMember(obj.crs), source: 'declared' as const };
  let features: unknown[];
  if (obj.type === 'FeatureCollection') {
    if (!Array.isArray(obj.features)) throw new DomainError('io.error.geojsonNoFeatures');
    features = obj.features;
  } else if (obj.type === 'Feature') {
    features = [obj];
  } else if (typeof obj.type === 'string' && GEOMETRY_TYPES.has(obj.type)) {
    features = [{ type: 'Feature', geometry: obj, properties: {} }];
  } else {
    throw new DomainError('io.error.geojsonUnknownType', { type: String(obj.type ?? '').slice(0, 60) });
  }
  return { format: 'geojson', features, declared, notes: [] };
}
