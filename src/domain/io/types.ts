// Shared shapes of the import path. Readers hand over *untrusted* features (unknown), so only the
// validator decides what a feature is; everything it lets through is a NormalisedFeature.
import type { Feature, LineString, MultiLineString, MultiPoint, MultiPolygon, Point, Polygon } from 'geojson';
import type { Params } from '../errors';
import type { CrsCode } from './crs';

export type Format = 'geojson' | 'kml' | 'kmz' | 'gpx' | 'shapefile' | 'geopackage' | 'csv';

/** A layer of a file that holds several (a GeoPackage's feature tables). */
export interface LayerInfo {
  name: string;
  /** As the file states it (POLYGON, MULTIPOLYGON, GEOMETRY…). */
  geometryType: string;
}

/** declared: a crs member or the format's own rule (KML); prj: a shapefile's .prj; default: GeoJSON or
 * CSV without a declaration whose positions look like longitude/latitude (RFC 7946's rule);
 * guessed: projected positions recognised by their ranges; user: chosen by the user (--crs). */
export type CrsSource = 'declared' | 'prj' | 'default' | 'guessed' | 'user';

export interface CrsInfo {
  /** null only when the positions fit several systems equally well: see candidates. */
  crs: CrsCode | null;
  source: CrsSource;
  /** The user should confirm before the data is imported (guessed, ambiguous or swap suspected). */
  needsConfirmation: boolean;
  /** Positions look like (latitude, longitude): offer to swap; not applied unless asked. */
  swapSuspected: boolean;
  /** Positions were (northing, easting): the only readable order, so they were swapped. */
  swapApplied: boolean;
  /** Systems that fit the positions; more than one when the guess is ambiguous. */
  candidates: CrsCode[];
}

/** What a reader hands over: features in the source coordinates, not yet checked. */
export interface ReadResult {
  format: Format;
  features: unknown[];
  /** A CRS the file itself states (GeoJSON crs member, .prj, KML's fixed WGS 84). */
  declared: { crs: CrsCode; source: 'declared' | 'prj' } | null;
  /** File-level remarks of the reader (skipped layers, encoding used). */
  notes: Problem[];
  /** Every layer of a multi-layer file, and the one read. */
  layers?: LayerInfo[];
  layer?: string;
}

export type ImportGeometry = Point | MultiPoint | LineString | MultiLineString | Polygon | MultiPolygon;
export type NormalisedFeature = Feature<ImportGeometry, Record<string, unknown>>;

export type Severity = 'error' | 'note';

export interface Problem {
  /** Index of the feature in the source file (row order for CSV); -1 for the file as a whole. */
  featureIndex: number;
  code: string;
  params: Params;
  severity: Severity;
}

export interface ValidationCounts {
  total: number;
  valid: number;
  invalid: number;
  notes: number;
  byGeometry: Record<string, number>;
}

/** A polygon refused for its shape (REPAIRABLE_PROBLEMS), kept in WGS 84 so *Reparera* can mend it. */
export interface RepairCandidate {
  featureIndex: number;
  geometry: Polygon | MultiPolygon;
  properties: Record<string, unknown>;
}

export interface ValidationReport {
  valid: NormalisedFeature[];
  problems: Problem[];
  counts: ValidationCounts;
  repairable: RepairCandidate[];
}

export interface ProgressOptions {
  /** Called every `progressEvery` features (default 2,000) and at the end. */
  onProgress?: (done: number, total: number) => void;
  progressEvery?: number;
  /** Checked at every progress step; an aborted signal ends the work with DomainError 'io.cancelled'. */
  signal?: AbortSignal;
}
