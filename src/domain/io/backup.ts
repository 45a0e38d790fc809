// The workspace backup file (`.platsen.json`): the whole document with a small versioned envelope,
// so a backup written by any released version can be restored by this one, and a file from a newer
// version is refused with a clear message instead of being half understood.
import { DomainError } from '../errors';
import { migrateDocument, tableMayBeMissing } from '../migrations';
import { SCHEMA_VERSION, TABLES, type AnyRecord, type Id, type PlatsenDocument, type TableName, type Timestamp } from '../model';
import { checkDuplicateIds, checkId, checkTexts } from './backup-checks';
import { RECORD_SPECS } from './backup-records';
import { firstBadField, isObject } from './structure-checks';

export const BACKUP_FORMAT = 'platsen-workspace';
export const BACKUP_FILE_SUFFIX = '.platsen.json';

export interface WorkspaceBackup {
  format: typeof BACKUP_FORMAT;
  /** The SCHEMA_VERSION of the app that wrote the file. */
  schemaVersion: number;
  exportedAt: Timestamp;
  app: 'platsen';
  document: PlatsenDocument;
}

/**
 * The backup file's text. The document is checked first with the same rules as restoring, so the
 * app never writes a backup it could not read back (NaN coordinates would turn into null in JSON).
 */
export function serializeBackup(doc: PlatsenDocument, now: Timestamp): string {
  checkDocument(doc);
  const backup: WorkspaceBackup = { format: BACKUP_FORMAT, schemaVersion: SCHEMA_VERSION, exportedAt: now, app: 'platsen', document: doc };
  return `${JSON.stringify(backup, null, 2)}\n`;
}

/** Reads a backup of this or any older schema version into a current document, or throws a DomainError. */
export function parseBackup(text: string): PlatsenDocument {
  let data: unknown;
  try {
    // Editors on Windows like to start a saved file with a byte order mark.
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    throw new DomainError('backup.error.notJson');
  }
  if (!isObject(data) || data.format !== BACKUP_FORMAT) throw new DomainError('backup.error.format');
  checkDuplicateIds(text);
  const version = data.schemaVersion;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    throw new DomainError('backup.error.version', { found: String(version) });
  }
  if (version > SCHEMA_VERSION) throw new DomainError('backup.error.newerVersion', { found: version, supported: SCHEMA_VERSION });
  if (!isObject(data.document)) throw new DomainError('backup.error.table', { table: 'document' });
  const doc = migrateDocument(readTables(data.document, version), version);
  checkDocument(doc);
  return doc;
}

/** Each table an object of records keyed by their own id; checked before migration touches them. */
function readTables(document: Record<string, unknown>, version: number): Partial<Record<TableName, Record<Id, unknown>>> {
  const tables: Partial<Record<TableName, Record<Id, unknown>>> = {};
  for (const table of TABLES) {
    const records = document[table];
    if (records === undefined && tableMayBeMissing(table, version)) continue;
    if (!isObject(records)) throw new DomainError('backup.error.table', { table });
    for (const [key, record] of Object.entries(records)) {
      checkId(table, key, record);
      checkIdentity(table, key, record);
    }
    tables[table] = records;
  }
  return tables;
}

function checkIdentity(table: TableName, key: string, record: unknown): void {
  if (!isObject(record) || record.id !== key) throw new DomainError('backup.error.record', { table, id: key });
}

function checkDocument(doc: PlatsenDocument): void {
  for (const table of TABLES) {
    for (const [key, record] of Object.entries(doc[table] as Record<Id, unknown>)) {
      checkIdentity(table, key, record);
      const field = firstBadField(record as Record<string, unknown>, RECORD_SPECS[table]);
      if (field === 'geometry') throw new DomainError('backup.error.geometry', { table, id: key });
      if (field !== null) throw new DomainError('backup.error.field', { table, id: key, field });
      checkTexts(table, record as AnyRecord);
    }
  }
  const workspaces = Object.keys(doc.workspace).length;
  if (workspaces !== 1) throw new DomainError('backup.error.workspace', { count: workspaces });
}
