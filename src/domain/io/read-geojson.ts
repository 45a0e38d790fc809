// GeoJSON in: a FeatureCollection, one Feature or a bare geometry. Features are handed on untrusted;
// only the top level is checked here, so one broken feature never hides the other 4,999.
import { DomainError } from '../errors';
import { crsFromGeoJsonMember } from './crs';
import type { ReadResult } from './types';

const GEOMETRY_TYPES = new Set([
  'Point', 'MultiPoint', 'LineString', 'MultiLineString', 'Polygon', 'MultiPolygon', 'GeometryCollection',
]);

/** Where JSON.parse failed: V8 says "at position N", or quotes the text around the bad token. */
function errorOffset(text: string, message: string): number | null {
  const pos = /position (\d+)/.exec(message);
  if (pos) return Number(pos[1]);
  const quoted = /^Unexpected token '(.)', (?:\.\.\.)?"(.*?)"(?:\.\.\.)? is not valid JSON$/s.exec(message);
  if (!quoted) return null;
  const [, token, context] = quoted as unknown as [string, string, string];
  const at = text.indexOf(context);
  return at < 0 ? null : at + context.indexOf(token);
}

function syntaxError(text: string, e: unknown): DomainError {
  const message = e instanceof Error ? e.message : String(e);
  const offset = errorOffset(text, message);
  // A parse that fails at the very end means the text stops mid-structure: a cut-off download.
  if (/end of JSON input|Unterminated string/i.test(message) || (offset !== null && offset >= text.trimEnd().length)) {
    return new DomainError('io.error.jsonTruncated');
  }
  if (offset === null) return new DomainError('io.error.jsonSyntax', { line: '?', column: '?' });
  const before = text.slice(0, offset);
  return new DomainError('io.error.jsonSyntax', {
    line: before.split('\n').length,
    column: before.length - before.lastIndexOf('\n'),
  });
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
