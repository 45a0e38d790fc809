// Zipped shapefiles (and KMZ, which is zipped KML) in. The zip is opened here rather than by
// shpjs.parseZip, because parseZip reprojects with whatever proj4 makes of the .prj: we want the
// .prj's system named, checked, and reported, with the reprojection done like every other format's.
import { iter } from 'but-unzip';
import { combine, parseDbf, parseShp } from 'shpjs';
import { DomainError } from '../errors';
import { crsFromPrj } from './crs';
import type { Problem, ReadResult } from './types';

export type ZipEntries = Map<string, Uint8Array>;
type Entries = ZipEntries;

/** The end-of-central-directory record must exist: but-unzip loops forever on zips without one. */
function hasEndRecord(b: Uint8Array): boolean {
  for (let i = b.length - 22; i >= Math.max(0, b.length - 22 - 65535); i--) {
    if (b[i] === 0x50 && b[i + 1] === 0x4b && b[i + 2] === 0x05 && b[i + 3] === 0x06) return true;
  }
  return false;
}

/** The entries a shapefile or a KMZ can use (.shp, .dbf, .prj, .cpg, .kml), by name. */
export async function unzipEntries(bytes: Uint8Array): Promise<Entries> {
  const entries: Entries = new Map();
  if (!hasEndRecord(bytes)) throw new DomainError('io.error.zipCorrupt');
  try {
    for (const item of iter(bytes)) {
      if (item.filename.includes('__MACOSX') || item.filename.endsWith('/')) continue;
      if (!/\.(shp|dbf|prj|cpg|kml)$/i.test(item.filename)) continue;
      entries.set(item.filename, await item.read());
    }
  } catch {
    throw new DomainError('io.error.zipCorrupt');
  }
  return entries;
}

/** Case-insensitive lookup of a layer's sidecar file (Roads.SHP beside roads.dbf happens). */
function sidecar(entries: Entries, base: string, ext: string): Uint8Array | undefined {
  const want = `${base}.${ext}`.toLowerCase();
  for (const [name, data] of entries) if (name.toLowerCase() === want) return data;
  return undefined;
}

/** Without a .cpg, attribute text that is not valid UTF-8 is Windows-1252 (older Swedish exports). */
function dbfEncoding(dbf: Uint8Array, cpg: Uint8Array | undefined): string | undefined {
  if (cpg) return new TextDecoder().decode(cpg).trim();
  const headerLength = dbf.length >= 10 ? dbf[8]! | (dbf[9]! << 8) : 0;
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(dbf.subarray(headerLength));
    return undefined;
  } catch {
    return 'windows-1252';
  }
}

/**
 * Whether a .dbf's header fits its file. parsedbf trusts the record count and reads past the end
 * as empty rows: a damaged header claiming four billion records ran out of memory.
 */
function dbfFits(dbf: Uint8Array): boolean {
  if (dbf.length < 32) return false;
  const view = new DataView(dbf.buffer, dbf.byteOffset, dbf.byteLength);
  const records = view.getUint32(4, true);
  const recordLength = view.getUint16(10, true);
  return records === 0 || (recordLength > 0 && view.getUint16(8, true) + records * recordLength <= dbf.length);
}

/** The first .kml in a KMZ: doc.kml by convention, but any name is used. */
export function kmzDocument(entries: Entries): Uint8Array | undefined {
  const names = [...entries.keys()].filter((n) => /\.kml$/i.test(n)).sort((a, b) => Number(!/(^|\/)doc\.kml$/i.test(a)) - Number(!/(^|\/)doc\.kml$/i.test(b)));
  return names[0] === undefined ? undefined : entries.get(names[0]);
}

export function readShapefileEntries(entries: Entries): ReadResult {
  const layers = [...entries.keys()].filter((n) => /\.shp$/i.test(n)).map((n) => n.slice(0, -4)).sort();
  const base = layers[0];
  if (base === undefined) throw new DomainError('io.error.zipNoShp');
  const notes: Problem[] = [];
  if (layers.length > 1) {
    notes.push({ featureIndex: -1, code: 'io.note.otherLayersSkipped', params: { used: base, skipped: layers.slice(1).join(', ') }, severity: 'note' });
  }
  const prj = sidecar(entries, base, 'prj');
  const declared = prj ? { crs: crsFromPrj(new TextDecoder().decode(prj)), source: 'prj' as const } : null;
  const dbf = sidecar(entries, base, 'dbf');
  let collection;
  try {
    if (dbf && !dbfFits(dbf)) throw new Error('the .dbf header does not fit the file');
    const geometries = parseShp(sidecar(entries, base, 'shp')!);
    const records = dbf ? parseDbf(dbf, dbfEncoding(dbf, sidecar(entries, base, 'cpg'))) : undefined;
    collection = combine([geometries, records]);
  } catch {
    throw new DomainError('io.error.shpCorrupt', { layer: base });
  }
  return { format: 'shapefile', features: collection.features, declared, notes };
}
