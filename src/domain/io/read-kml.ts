// KML, KMZ and GPX in, through @tmcw/togeojson. The XML parser is passed in (the browser's DOMParser,
// or @xmldom/xmldom in Node) so the domain stays free of any DOM implementation. Both formats are
// WGS 84 longitude/latitude by definition (OGC KML 2.2 section 6.2; GPX 1.1's wgs84 types).
import { gpx, kml } from '@tmcw/togeojson';
import { DomainError } from '../errors';
import type { ReadResult } from './types';

export type XmlDocument = Parameters<typeof kml>[0];
/** Parses XML text; may throw on malformed input or return a document holding <parsererror>. */
export type XmlParser = (text: string) => XmlDocument;

const WGS84 = { crs: 'EPSG:4326', source: 'declared' } as const;

/** The document, refused as the format names it when it is not well-formed XML with the expected root. */
function parse(text: string, parseXml: XmlParser, root: 'kml' | 'gpx'): XmlDocument {
  const malformed = root === 'kml' ? 'io.error.kmlMalformed' : 'io.error.gpxMalformed';
  let doc: XmlDocument;
  try {
    doc = parseXml(text);
  } catch {
    throw new DomainError(malformed);
  }
  const element = doc.documentElement;
  if (!element || doc.getElementsByTagName('parsererror').length > 0) throw new DomainError(malformed);
  if (element.nodeName.replace(/^.*:/, '').toLowerCase() !== root) {
    throw new DomainError(root === 'kml' ? 'io.error.notKml' : 'io.error.notGpx', { root: element.nodeName.slice(0, 60) });
  }
  return doc;
}

export function readKml(text: string, parseXml: XmlParser, format: 'kml' | 'kmz' = 'kml'): ReadResult {
  const doc = parse(text, parseXml, 'kml');
  if (doc.getElementsByTagName('Placemark').length === 0) throw new DomainError('io.error.kmlNoPlacemarks');
  return { format, features: kml(doc).features, declared: WGS84, notes: [] };
}

/** Waypoints as points, routes and tracks as lines; the per-point times and heights of a track are left out. */
export function readGpx(text: string, parseXml: XmlParser): ReadResult {
  const doc = parse(text, parseXml, 'gpx');
  const features = gpx(doc).features.map((f) => {
    const { coordinateProperties: _times, ...properties } = (f.properties ?? {}) as Record<string, unknown>;
    return { ...f, properties };
  });
  if (features.length === 0) throw new DomainError('io.error.gpxEmpty');
  return { format: 'gpx', features, declared: WGS84, notes: [] };
}
