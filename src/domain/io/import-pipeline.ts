// One path from a user's file to checked WGS 84 features, shared by the app (in a worker) and the
// command line. It has no side effects: nothing is stored here, so a refused file changes nothing.
import type { FeatureCollection } from 'geojson';
import { DomainError, isDomainError } from '../errors';
import { crsLabel, toWgs84Transform, type CrsCode } from './crs';
import { detectCrs, type CrsChoice } from './detect-crs';
import { checkFileSize, sniffFormat } from './detect-format';
import { readCsv } from './read-csv';
import { readGeoJson } from './read-geojson';
import { readGeoPackage, type OpenSqlite } from './read-geopackage';
import { readGpx, readKml, type XmlParser } from './read-kml';
import { kmzDocument, readShapefileEntries, unzipEntries } from './read-shapefile';
import { validateFeatures } from './validate';
import type {
  CrsInfo, Format, ImportGeometry, LayerInfo, RepairCandidate, NormalisedFeature, Problem, ProgressOptions, ReadResult, ValidationCounts,
} from './types';

export interface ImportFile {
  name: string;
  bytes: Uint8Array;
}

/** The user's answers that make a file be read again: the system, the axis order, the layer. */
export interface ReadChoice extends CrsChoice {
  layer?: string;
}

export interface ReadOptions extends ProgressOptions, ReadChoice {
  /** The browser's DOMParser or @xmldom/xmldom in Node; only KML and GPX need it. */
  parseXml: XmlParser;
  /** Opens SQLite (sql.js); only GeoPackages need it, so the browser loads it only for them. */
  openSqlite?: OpenSqlite;
}

export interface ImportResult {
  format: Format;
  /** `label` names the system for people (WKT systems are defined only where the file was read). */
  crs: CrsInfo & { crs: CrsCode; label: string };
  /** Checked features in WGS 84; empty when nothing in the file can be imported. */
  features: NormalisedFeature[];
  /** Problems per feature plus file-level notes (featureIndex -1). */
  problems: Problem[];
  counts: ValidationCounts;
  /** Polygons refused for their shape, which the user may choose to repair. */
  repairable: RepairCandidate[];
  /** Every layer of a multi-layer file (GeoPackage) and the one read. */
  layers?: LayerInfo[];
  layer?: string;
}

const fileNote = (code: string, params: Problem['params'] = {}): Problem => ({ featureIndex: -1, code, params, severity: 'note' });

/** A zip holds a shapefile's parts or, as a KMZ, a KML document (doc.kml). */
async function readZip(bytes: Uint8Array, parseXml: XmlParser): Promise<ReadResult> {
  const entries = await unzipEntries(bytes);
  if ([...entries.keys()].some((n) => /\.shp$/i.test(n))) return readShapefileEntries(entries);
  const kml = kmzDocument(entries);
  if (kml) return readKml(new TextDecoder().decode(kml), parseXml, 'kmz');
  throw new DomainError('io.error.zipNoShp');
}

async function read(file: ImportFile, opts: ReadOptions): Promise<{ read: ReadResult; notes: Problem[] }> {
  const sniffed = sniffFormat(file.name, file.bytes);
  const notes: Problem[] = [];
  if (sniffed.format === 'zip') return { read: await readZip(sniffed.bytes, opts.parseXml), notes };
  if (sniffed.format === 'geopackage') {
    if (!opts.openSqlite) throw new DomainError('io.error.unreadable', { name: file.name });
    return { read: await readGeoPackage(sniffed.bytes, opts.openSqlite, opts.layer), notes };
  }
  if (sniffed.encoding === 'windows-1252') notes.push(fileNote('io.note.encodingWindows1252'));
  const text = sniffed.text;
  switch (sniffed.format) {
    case 'geojson': return { read: readGeoJson(text), notes };
    case 'kml': return { read: readKml(text, opts.parseXml), notes };
    case 'gpx': return { read: readGpx(text, opts.parseXml), notes };
    case 'csv': return { read: readCsv(text), notes };
  }
}

/**
 * Reads any supported file. Throws DomainError when the file as a whole cannot be read (its code says
 * why); otherwise returns every importable feature and a problem list. Feature problems never throw.
 */
export async function readAny(file: ImportFile, opts: ReadOptions): Promise<ImportResult> {
  const { large } = checkFileSize(file.bytes.length);
  let result: { read: ReadResult; notes: Problem[] };
  try {
    result = await read(file, opts);
  } catch (e) {
    if (isDomainError(e)) throw e;
    throw new DomainError('io.error.unreadable', { name: file.name });
  }
  const { read: r, notes } = result;
  if (large) notes.unshift(fileNote('io.note.largeFile', { sizeMb: Math.round(file.bytes.length / 1024 / 1024) }));
  if (r.features.length === 0) throw new DomainError('io.error.noFeatures');
  const crs = detectCrs(r, opts);
  if (crs.crs === null) {
    throw new DomainError('io.error.crsAmbiguous', { candidates: crs.candidates.map(crsLabel).join(', ') });
  }
  if (crs.swapApplied) notes.push(fileNote('io.note.axesSwapped'));
  const report = validateFeatures(r.features, { ...opts, transform: toWgs84Transform(crs.crs, crs.swapApplied) });
  return {
    format: r.format,
    crs: { ...crs, crs: crs.crs, label: crsLabel(crs.crs) },
    features: report.valid,
    problems: [...notes, ...r.notes, ...report.problems],
    counts: report.counts,
    repairable: report.repairable,
    ...(r.layers ? { layers: r.layers, layer: r.layer } : {}),
  };
}

/** RFC 7946 output: WGS 84, no crs member, with a bbox so viewers can zoom without a second pass. */
export function toWgs84GeoJSON(features: readonly NormalisedFeature[]): FeatureCollection<ImportGeometry> {
  let [w, s, e, n] = [Infinity, Infinity, -Infinity, -Infinity];
  const visit = (c: unknown): void => {
    if (typeof (c as number[])[0] === 'number') {
      const [x, y] = c as [number, number];
      w = Math.min(w, x); s = Math.min(s, y); e = Math.max(e, x); n = Math.max(n, y);
    } else for (const child of c as unknown[]) visit(child);
  };
  for (const f of features) visit(f.geometry.coordinates);
  const out: FeatureCollection<ImportGeometry> = { type: 'FeatureCollection', features: [...features] };
  if (features.length > 0) out.bbox = [w, s, e, n];
  return out;
}
