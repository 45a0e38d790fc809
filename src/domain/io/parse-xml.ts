// KML is XML. The browser's DOMParser is missing in Web Workers and in Node, so the worker, the
// command line and the tests all parse with @xmldom/xmldom. It reports some breakage as
// recoverable errors: for an import, any error means a broken file.
import { DOMParser } from '@xmldom/xmldom';
import type { XmlDocument } from './read-kml';

export const parseXmlStrict = (text: string): XmlDocument =>
  new DOMParser({
    onError: (level, message) => {
      if (level !== 'warning') throw new Error(message);
    },
  }).parseFromString(text, 'text/xml');
