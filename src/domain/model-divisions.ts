// Reference divisions imported from files and the statistics attached to them (schema 4): part of
// the model (model.ts), kept apart so that file stays readable.
import type { AreaGeometry, Id, Stamped, Timestamp } from './model';

/** Where imported records came from: the file, when it was read, and its layer (GeoPackage table). */
export interface ImportSource {
  file: string;
  importedAt: Timestamp;
  layer?: string;
}

/** One polygon of a reference division, by its code in the division (a DeSO code, a district number). */
export interface DivisionPart {
  code: string;
  name: string;
  geometry: AreaGeometry;
  /** The RegSO a DeSO belongs to (SCB's regsokod), when the file says: RegSO figures are sums of DeSO. */
  regso?: string;
}

/**
 * A division of the municipality imported from a file (SCB's DeSO or RegSO GeoPackage, the
 * municipality's own districts), which areas are adopted from exactly like the bundled layers.
 */
export interface ReferenceDivision extends Stamped {
  name: string;
  kind: 'deso' | 'regso' | 'other';
  source: ImportSource;
  codeField: string;
  nameField: string | null;
  /** The credit shown where its shapes are shown ("Källa: SCB (CC0)" for SCB's files, else the file). */
  attribution: string;
  parts: DivisionPart[];
}

/** Where imported statistics came from: SCB's table id and name, the year, and the file. */
export interface StatisticSource extends ImportSource {
  table: string;
  title: string;
  year: string;
}

/** One statistic for every part of a division (id `<divisionId>:<key>`); null is missing or suppressed, never 0. */
export interface DivisionStatistic extends Stamped {
  divisionId: Id;
  /** A statistic key of src/domain/stats/statistics.ts (pop, foreign, …). */
  key: string;
  values: Record<string, number | null>;
  source: StatisticSource;
}
