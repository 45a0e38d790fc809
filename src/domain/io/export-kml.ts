// KML out, written here: @tmcw/togeojson (our KML reader) only reads, and the little KML we write
// (placemarks with a name, ExtendedData and a geometry) needs no library: a small builder that
// escapes every text and attribute is enough and keeps the bundle small.
import type { Position } from 'geojson';
import type { PlatsenDocument } from '../model';
import { exportRows, type ExportRow, type ExportTarget } from './export-rows';

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };

/** Escapes text and attribute values; drops characters XML 1.0 cannot hold at all (most controls). */
export function xmlEscape(value: string): string {
  // eslint-disable-next-line no-control-regex
  return value.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '').replace(/[&<>"']/g, (c) => ENTITIES[c]!);
}

const el = (name: string, body: string, attrs = ''): string => `<${name}${attrs}>${body}</${name}>`;
const coordinates = (ps: Position[]) => el('coordinates', ps.map((p) => `${p[0]},${p[1]}`).join(' '));
const ring = (ps: Position[]) => el('LinearRing', coordinates(ps));
const polygon = (rings: Position[][]) =>
  el('Polygon', el('outerBoundaryIs', ring(rings[0]!)) + rings.slice(1).map((h) => el('innerBoundaryIs', ring(h))).join(''));

function geometry(g: ExportRow['geometry']): string {
  switch (g.type) {
    case 'Point': return el('Point', coordinates([g.coordinates]));
    case 'LineString': return el('LineString', coordinates(g.coordinates));
    case 'MultiLineString': return el('MultiGeometry', g.coordinates.map((l) => el('LineString', coordinates(l))).join(''));
    case 'Polygon': return polygon(g.coordinates);
    case 'MultiPolygon': return el('MultiGeometry', g.coordinates.map(polygon).join(''));
  }
}

function placemark(row: ExportRow): string {
  const { name, title, description, ...rest } = row.properties;
  const data = Object.entries(rest)
    .filter(([, v]) => v !== null)
    .map(([k, v]) => el('Data', el('value', xmlEscape(String(v))), ` name="${xmlEscape(k)}"`))
    .join('');
  return el('Placemark', [
    el('name', xmlEscape(String(name ?? title ?? ''))),
    description ? el('description', xmlEscape(String(description))) : '',
    data ? el('ExtendedData', data) : '',
    geometry(row.geometry),
  ].join(''), ` id="${xmlEscape(row.id)}"`);
}

export function exportKml(doc: PlatsenDocument, target: ExportTarget, documentName: string): string {
  const body = el('name', xmlEscape(documentName)) + exportRows(doc, target).map(placemark).join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?>\n${el('kml', el('Document', body), ' xmlns="http://www.opengis.net/kml/2.2"')}\n`;
}
