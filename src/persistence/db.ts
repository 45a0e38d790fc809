// The IndexedDB schema of Platsen, with every version it has ever had. Browsers keep a user's data
// across app releases, so a database written by any released version must open in this one: old
// versions are never edited or removed, only new ones added on top.
//
// The database's version (DB_VERSION) and the document's (SCHEMA_VERSION, in backups) went together
// up to 4. Version 5 added only this browser's own sync tables, no document change, so a backup
// written now still says schema 4 and opens in the release before.
//
// HOW TO ADD A VERSION (when the stored shape of a record changes, or an index is added):
//  1. Bump SCHEMA_VERSION in src/domain/model.ts and change the domain types there (only when
//     the document changes), and DB_VERSION here.
//  2. Write `migrations/v2-to-v3.ts` like `v1-to-v2.ts`: the v2 record types as they are today
//     (copy them there, frozen: the domain types will keep moving), pure record functions, and an
//     `upgradeV2ToV3(tx)` callback. Only plain data and `tx.table(...)` inside an upgrade: never the
//     typed tables of this class, which describe the newest schema.
//  3. Below, add `const STORES_V3 = { ...STORES_V2, <changed tables> }` (a table set to null is
//     deleted) and `this.version(3).stores(STORES_V3).upgrade(upgradeV2ToV3)` after version 2.
//     Leave STORES_V1/V2 and their upgrades exactly as they are.
//  4. Commit a small realistic dump of a v2 database as test/fixtures/db/v2-workspace.json and an
//     upgrade test like db.upgrade.test.ts (open a Dexie declaring only v2, fill, close, reopen with
//     PlatsenDb, assert every record migrated and none lost). Keep the v1 test: v1 -> v3 must work.
import Dexie, { type DexieOptions, type Table } from 'dexie';
import type {
  AnyRecord, Area, BenefitRealisation, Department, DivisionStatistic, GateReview, Id, Indicator, Investment, OverallGoal,
  Programme, ReferenceDivision, Tour, Workspace, WorkshopNote,
} from '../domain/model';
import type { Patch } from '../domain/patch';
import type { Versions } from '../domain/sync/protocol';
import type { SyncLogEntry } from '../domain/sync/log';
import { PersistenceError, toPersistenceError } from './errors';
import { upgradeV1ToV2 } from './migrations/v1-to-v2';

export const DEFAULT_DB_NAME = 'platsen';
export const DB_VERSION = 5;

/** A shared workspace's copy in this browser is a database of its own (the local one stays as it is). */
export const SHARED_DB_PREFIX = 'platsen-shared-';
export const sharedDbName = (workspaceId: string) => `${SHARED_DB_PREFIX}${workspaceId}`;

/** One edit not yet accepted by the server: the patch as applied here, with the versions it was made on. */
export interface OutboxEntry {
  /** Order of the edits (auto-increment). */
  seq?: number;
  /** The mutation id: unique, so a repeated push is answered, not applied twice. */
  id: string;
  label: string;
  changes: Patch;
  base: Versions;
  at: string;
}

/**
 * What this browser knows of a record on the server (key: 'table/id'): the version it last pulled,
 * and while edits of the record wait in the outbox, the server's copy (`shadow`, null: none), so
 * an edit the server refuses can be taken back and a pull can put the waiting edits on top.
 */
export interface ServerRecord {
  key: string;
  version: number;
  shadow?: AnyRecord | null;
}

/** Small facts about the database itself (not part of the document), e.g. the last backup time. */
export interface MetaRecord {
  key: string;
  value: unknown;
}

// Dexie store syntax: the first entry is the primary key, the rest are indexes. Every document
// table is keyed by the record's `id`. An index only covers the exact path it names.
/** Schema 1, the first release. */
const STORES_V1 = {
  workspace: 'id',
  areas: 'id',
  programmes: 'id, areaId',
  investments: 'id, areaId, kind',
  reviews: 'id, investmentId',
  goals: 'id',
  departments: 'id',
  meta: 'key',
};

/** Schema 2: budget object, whole-area and override flags, benefit ratings, public reviews. */
const STORES_V2 = {
  ...STORES_V1,
  // Filtering the map and the tables by category and by owning department.
  investments: 'id, areaId, kind, category, departmentId',
};

/**
 * Schema 3: indicators, benefit realisations, workshop notes and tours. New tables only, no record
 * changes, so no upgrade callback: a v1 or v2 database opens with the new tables empty.
 */
const STORES_V3 = {
  ...STORES_V2,
  indicators: 'id, programmeId',
  realisations: 'id, investmentId',
  notes: 'id, category, areaId',
  tours: 'id',
};

/**
 * Schema 4: reference divisions imported from files and their statistics. New tables only; the
 * record changes are additive (optional Workspace.kommunkod, an 'imported' area source), so no
 * upgrade callback: a v1–v3 database opens with the new tables empty.
 */
const STORES_V4 = {
  ...STORES_V3,
  divisions: 'id',
  divisionStats: 'id, divisionId',
};

/**
 * Version 5: shared workspaces (only their databases use them): the outbox, the server's versions
 * (and copies) of records, and the edits the server answered with a conflict or a refusal. New
 * tables only, no upgrade callback, and no document change (backups stay schema 4).
 */
const STORES_V5 = {
  ...STORES_V4,
  outbox: '++seq',
  serverRecords: 'key',
  syncLog: '++seq',
};

export class PlatsenDb extends Dexie {
  // `declare`, not fields: Dexie creates these properties in version().stores(), and a class field
  // would overwrite them with undefined under ES2022 class-field semantics.
  declare readonly workspace: Table<Workspace, Id>;
  declare readonly areas: Table<Area, Id>;
  declare readonly programmes: Table<Programme, Id>;
  declare readonly investments: Table<Investment, Id>;
  declare readonly reviews: Table<GateReview, Id>;
  declare readonly goals: Table<OverallGoal, Id>;
  declare readonly departments: Table<Department, Id>;
  declare readonly indicators: Table<Indicator, Id>;
  declare readonly realisations: Table<BenefitRealisation, Id>;
  declare readonly notes: Table<WorkshopNote, Id>;
  declare readonly tours: Table<Tour, Id>;
  declare readonly divisions: Table<ReferenceDivision, Id>;
  declare readonly divisionStats: Table<DivisionStatistic, Id>;
  declare readonly meta: Table<MetaRecord, string>;
  declare readonly outbox: Table<OutboxEntry, number>;
  declare readonly serverRecords: Table<ServerRecord, string>;
  declare readonly syncLog: Table<SyncLogEntry, number>;

  /** `options` lets tests pass a fresh fake-indexeddb factory (`indexedDB`, `IDBKeyRange`). */
  constructor(name: string = DEFAULT_DB_NAME, options?: DexieOptions) {
    super(name, options);
    this.version(1).stores(STORES_V1);
    this.version(2).stores(STORES_V2).upgrade(upgradeV1ToV2);
    this.version(3).stores(STORES_V3);
    this.version(4).stores(STORES_V4);
    this.version(5).stores(STORES_V5);
  }

  /** A shared workspace's copy: every write also goes to the outbox (repository.writePatch). */
  get shared(): boolean {
    return this.name.startsWith(SHARED_DB_PREFIX);
  }
}

/**
 * Opens the database, upgrading it if needed. While another tab holds it at an older version and
 * does not let go (an old release without closeOnVersionChange, or a tab that is busy), the
 * upgrade waits: `onBlocked` lets the page say so at once, and the open goes on by itself when the
 * other tab closes or reloads. Rejects with a PersistenceError ('newer' when a newer version of
 * Platsen has already upgraded the database).
 */
export async function openDatabase(db: PlatsenDb, onBlocked: () => void): Promise<void> {
  const declared = db.verno;
  const blocked = () => onBlocked();
  db.on('blocked', blocked);
  try {
    await db.open();
  } catch (e) {
    throw toPersistenceError(e);
  } finally {
    db.on('blocked').unsubscribe(blocked);
  }
  // Dexie 4 opens a database of a higher version than declared rather than failing. Records a newer
  // release wrote may have a shape this one does not know, so it must not read or write them.
  // Dexie stores version × 10 natively and may add 1 to repair a drifted schema (30 -> 31): that
  // is no newer release; a newer release declares the next whole version (40).
  if (db.backendDB().version / 10 >= Math.floor(declared) + 1) {
    db.close({ disableAutoOpen: true });
    throw new PersistenceError('newer');
  }
}
