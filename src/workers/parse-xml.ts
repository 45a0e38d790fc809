// Workers have no DOMParser, so KML is parsed with @xmldom/xmldom there. xmldom reports some
// breakage as recoverable errors: for an import any error means a broken file (the command line's
// parseXmlNode follows the same rule; it lives with node:fs imports a worker cannot bundle).
import { DOMParser } from '@xmldom/xmldom';
import type { XmlDocument } from '../domain/io/read-kml';

export const parseXmlInWorker = (text: string): XmlDocument =>
  new DOMParser({
    onError: (level, message) => {
      if (level !== 'warning') throw new Error(message);
    },
  }).parseFromString(text, 'text/xml');
