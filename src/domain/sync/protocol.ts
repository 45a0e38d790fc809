// The sync protocol between the app and the server of a shared workspace: what a push carries and
// what each mutation gets back, what a pull returns. Client and server import this one module so
// the two cannot drift. Pure: types, limits and the structural check of a push body; the rules
// about what a change may do live in merge.ts and the domain's own validators.
import { DomainError } from '../errors';
import { isValidId } from '../ids';
import { TABLES, type AnyRecord, type Id, type TableName } from '../model';
import type { FieldPath, Patch, RecordChange } from '../patch';
import { isValidFieldPath } from '../patch-check';
import { isObject } from '../io/structure-checks';

export const PROTOCOL_VERSION = 1;

/** Bounds of one push: the server refuses larger ones whole (an outbox sends in batches). */
export const MAX_MUTATIONS_PER_PUSH = 200;
export const MAX_CHANGES_PER_MUTATION = 5_000;
export const MAX_PUSH_BYTES = 16 * 1024 * 1024;
/** The shortest password the server takes (the sign-in form asks for the same). */
export const MIN_PASSWORD_LENGTH = 10;

/**
 * What travels is what the app's edits already are: the field-level patch of src/domain/patch.ts
 * (per table, each record created whole, updated by named fields with their old and new values,
 * or deleted with the record it was), so the app pushes its history's patches as they are.
 */
export type { FieldChange, FieldPath, RecordChange } from '../patch';
/** The changes of one mutation: a patch. */
export type ChangeSet = Patch;

/** Record versions per table and id: the workspace sequence number of a record's last accepted change. */
export type Versions = Partial<Record<TableName, Record<Id, number>>>;

/** One edit (one undo step) of one client: applied all or nothing. */
export interface Mutation {
  /** Unique per client; a repeat of the same id is answered from the first answer, not re-applied. */
  id: string;
  /** The command's label key (e.g. command.updateInvestments), kept in the audit trail. */
  label: string;
  changes: ChangeSet;
  /**
   * The version each updated or deleted record had when the edit was made (0: never seen from the
   * server). The server merges with what others changed since that version.
   */
  base: Versions;
}

export interface PushRequest {
  protocol: typeof PROTOCOL_VERSION;
  clientId: string;
  /** In the order the client made them; the server applies them in this order. */
  mutations: Mutation[];
}

/** A field both sides changed to different values since the edit's base version. */
export interface Conflict {
  table: TableName;
  id: Id;
  /** The fields in conflict; empty when the record itself is gone or was re-created. */
  fields: FieldPath[];
  /** The server's record as it is now (null when deleted), and its version. */
  server: AnyRecord | null;
  version: number;
}

export type RefusalCode =
  | 'sync.refused.role'
  | 'sync.refused.governance'
  | 'sync.refused.appendOnly'
  | 'sync.refused.unknownRecord'
  | 'sync.refused.invalid';

export type MutationResult =
  | { id: string; status: 'applied'; seq: number; versions: RecordVersion[] }
  | { id: string; status: 'conflict'; conflicts: Conflict[] }
  /** reason is a message key (a RefusalCode or a domain rule's key) with its params. */
  | { id: string; status: 'refused'; reason: string; params: Record<string, string | number> };

export interface RecordVersion {
  table: TableName;
  id: Id;
  version: number;
}

export interface PushResponse {
  results: MutationResult[];
  /** The workspace's sequence after this push: pull from the cursor you had to catch up. */
  cursor: number;
}

export interface PullResponse {
  /** Pass it as `since` next time. */
  cursor: number;
  /** Every record changed after `since`, whole as the server holds it: a create (the client applies it over its copy) or a delete with the record it was. */
  patch: Patch;
  /** The version of every record in the patch, per table. */
  versions: Versions;
}

/** What the live channel (server-sent events, event name `changed`) says: pull up to this cursor. */
export interface ChangedEvent {
  cursor: number;
}

/** One record of a workspace as a single key, 'table/id': the audit trail's and the client's index of records. */
export const recordKey = (table: TableName, id: Id) => `${table}/${id}`;

export function isTableName(value: unknown): value is TableName {
  return (TABLES as readonly unknown[]).includes(value);
}

function malformed(where: string): DomainError {
  return new DomainError('sync.error.malformed', { where });
}

/**
 * The push body, checked for shape only (every id, op, table and field path), or a DomainError
 * naming the first thing wrong. What the changes may do is decided by the server's checks.
 */
export function parsePushRequest(body: unknown): PushRequest {
  if (!isObject(body) || body.protocol !== PROTOCOL_VERSION) throw malformed('protocol');
  if (!isValidId(body.clientId)) throw malformed('clientId');
  if (!Array.isArray(body.mutations)) throw malformed('mutations');
  if (body.mutations.length > MAX_MUTATIONS_PER_PUSH) throw new DomainError('sync.error.tooMany', { max: MAX_MUTATIONS_PER_PUSH });
  const seen = new Set<string>();
  const mutations = body.mutations.map((m, i): Mutation => {
    const where = `mutations[${i}]`;
    if (!isObject(m) || !isValidId(m.id) || seen.has(m.id)) throw malformed(`${where}.id`);
    seen.add(m.id);
    if (typeof m.label !== 'string' || m.label.length > 200) throw malformed(`${where}.label`);
    if (!isObject(m.changes)) throw malformed(`${where}.changes`);
    const base = isObject(m.base) ? m.base : {};
    let count = 0;
    const changes: ChangeSet = {};
    for (const [table, list] of Object.entries(m.changes)) {
      if (!isTableName(table) || !Array.isArray(list)) throw malformed(`${where}.changes.${table}`);
      count += list.length;
      if (count > MAX_CHANGES_PER_MUTATION) throw new DomainError('sync.error.tooMany', { max: MAX_CHANGES_PER_MUTATION });
      const ids = new Set<Id>();
      changes[table] = list.map((c, j) => {
        const change = parseChange(table, c, `${where}.changes.${table}[${j}]`);
        if (ids.has(change.id)) throw malformed(`${where}.changes.${table}[${j}].id`);
        ids.add(change.id);
        if (change.op !== 'create' && !isVersion((base[table] as Record<string, unknown> | undefined)?.[change.id])) {
          throw malformed(`${where}.base.${table}.${change.id}`);
        }
        return change;
      });
    }
    if (count === 0) throw malformed(`${where}.changes`);
    return { id: m.id, label: m.label, changes, base: base as Versions };
  });
  return { protocol: PROTOCOL_VERSION, clientId: body.clientId, mutations };
}

const isVersion = (v: unknown) => typeof v === 'number' && Number.isSafeInteger(v) && v >= 0;

function parseChange(table: TableName, c: unknown, where: string): RecordChange {
  if (!isObject(c) || !isValidId(c.id)) throw malformed(`${where}.id`);
  switch (c.op) {
    case 'create':
    case 'delete':
      // A record whose own id differs from the change's id would be written under a borrowed name.
      if (!isObject(c.record) || c.record.id !== c.id) throw malformed(`${where}.record`);
      return { op: c.op, id: c.id, record: c.record as unknown as AnyRecord };
    case 'update': {
      const fields = c.fields;
      if (!Array.isArray(fields) || fields.length === 0) throw malformed(`${where}.fields`);
      const bad = fields.findIndex((f) => !isObject(f) || !isValidFieldPath(table, f.path) || !Object.hasOwn(f, 'new'));
      if (bad >= 0) throw malformed(`${where}.fields[${bad}]`);
      return { op: 'update', id: c.id, fields: (fields as Array<Record<string, unknown>>).map((f) => ({ path: f.path as FieldPath, old: f.old, new: f.new })) };
    }
    default:
      throw malformed(`${where}.op`);
  }
}
