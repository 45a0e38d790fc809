// KML in, through @tmcw/togeojson. The XML parser is passed in (the browser's DOMParser, or
// @xmldom/xmldom in Node) so the domain stays free of any DOM implementation.
import { kml } from '@tmcw/togeojson';
import { DomainError } from '../errors';
import type { ReadResult } from './types';

export type XmlDocument = Parameters<typeof kml>[0];
/** Parses XML text; may throw on malformed input or return a document holding <parsererror>. */
export type XmlParser = (text: string) => XmlDocument;

export function readKml(text: string, parseXml: XmlParser): ReadResult {
  let doc: XmlDocument;
  try {
    doc = parseXml(text);
  } catch {
    throw new DomainError('io.error.kmlMalformed');
  }
  const root = doc.documentElement;
  if (!root || doc.getElementsByTagName('parsererror').length > 0) throw new DomainError('io.error.kmlMalformed');
  if (root.nodeName.replace(/^.*:/, '').toLowerCase() !== 'kml') {
    throw new DomainError('io.error.notKml', { root: root.nodeName.slice(0, 60) });
  }
  if (doc.getElementsByTagName('Placemark').length === 0) throw new DomainError('io.error.kmlNoPlacemarks');
  const collection = kml(doc);
  // KML is WGS 84 longitude/latitude by definition (OGC KML 2.2, section 6.2).
  return { format: 'kml', features: collection.features, declared: { crs: 'EPSG:4326', source: 'declared' }, notes: [] };
}
