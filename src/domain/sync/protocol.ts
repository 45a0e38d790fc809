// The sync protocol between the app and the server of a shared workspace: what a push carries and
// what each mutation gets back, what a pull returns. Client and server import this one module so
// the two cannot drift. Pure: types, limits and the structural check of a push body; the rules
// about what a change may do live in merge.ts and the domain's own validators.
import { DomainError } from '../errors';
import { TABLES, type AnyRecord, type Id, type TableName } from '../model';
import type { Patch } from '../patch';
import { isObject } from '../io/structure-checks';

export const PROTOCOL_VERSION = 1;

/** Bounds of one push: the server refuses larger ones whole (an outbox sends in batches). */
export const MAX_MUTATIONS_PER_PUSH = 200;
export const MAX_CHANGES_PER_MUTATION = 5_000;
export const MAX_PUSH_BYTES = 16 * 1024 * 1024;

/**
 * One record's change in an edit. An update names only the fields it changes (the edit's own
 * field-level patch) and the record version it was made on, so the server can merge it with what
 * others changed since. A geometry is one field. Versions are the workspace sequence number of the
 * record's last accepted change (0: never seen).
 */
export type RecordChange =
  | { op: 'create'; table: TableName; id: Id; record: AnyRecord }
  | { op: 'update'; table: TableName; id: Id; base: number; set: Record<string, unknown> }
  | { op: 'delete'; table: TableName; id: Id; base: number };

/** One edit (one undo step) of one client: applied all or nothing. */
export interface Mutation {
  /** Unique per client; a repeat of the same id is answered from the first answer, not re-applied. */
  id: string;
  /** The command's label key (e.g. command.updateInvestments), kept in the audit trail. */
  label: string;
  changes: RecordChange[];
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
  fields: string[];
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
  /** Every record changed after `since`: put whole as the server holds it, or deleted. */
  patch: Patch;
  /** The version of every record in the patch, per table. */
  versions: Partial<Record<TableName, Record<Id, number>>>;
}

/** What the live channel (server-sent events, event name `changed`) says: pull up to this cursor. */
export interface ChangedEvent {
  cursor: number;
}

/** Field names a change may never set: identity and prototype keys. */
const FORBIDDEN_FIELDS = new Set(['id', '__proto__', 'constructor', 'prototype']);
const ID_PATTERN = /^[A-Za-z0-9_.:-]{1,200}$/;

export function isValidId(id: unknown): id is string {
  return typeof id === 'string' && ID_PATTERN.test(id) && !FORBIDDEN_FIELDS.has(id);
}

export function isTableName(value: unknown): value is TableName {
  return (TABLES as readonly unknown[]).includes(value);
}

function malformed(where: string): DomainError {
  return new DomainError('sync.error.malformed', { where });
}

/**
 * The push body, checked for shape only (every id, op, table and field name), or a DomainError
 * naming the first thing wrong. What the changes may do is decided by the server's checks.
 */
export function parsePushRequest(body: unknown): PushRequest {
  if (!isObject(body) || body.protocol !== PROTOCOL_VERSION) throw malformed('protocol');
  if (!isValidId(body.clientId)) throw malformed('clientId');
  if (!Array.isArray(body.mutations)) throw malformed('mutations');
  if (body.mutations.length > MAX_MUTATIONS_PER_PUSH) throw new DomainError('sync.error.tooMany', { max: MAX_MUTATIONS_PER_PUSH });
  const seen = new Set<string>();
  const mutations = body.mutations.map((m, i): Mutation => {
    if (!isObject(m) || !isValidId(m.id) || seen.has(m.id)) throw malformed(`mutations[${i}].id`);
    seen.add(m.id);
    if (typeof m.label !== 'string' || m.label.length > 200) throw malformed(`mutations[${i}].label`);
    if (!Array.isArray(m.changes) || m.changes.length === 0) throw malformed(`mutations[${i}].changes`);
    if (m.changes.length > MAX_CHANGES_PER_MUTATION) throw new DomainError('sync.error.tooMany', { max: MAX_CHANGES_PER_MUTATION });
    return { id: m.id, label: m.label, changes: m.changes.map((c, j) => parseChange(c, `mutations[${i}].changes[${j}]`)) };
  });
  return { protocol: PROTOCOL_VERSION, clientId: body.clientId, mutations };
}

function parseChange(c: unknown, where: string): RecordChange {
  if (!isObject(c) || !isTableName(c.table)) throw malformed(`${where}.table`);
  if (!isValidId(c.id)) throw malformed(`${where}.id`);
  const table = c.table;
  const base = c.base;
  const validBase = typeof base === 'number' && Number.isSafeInteger(base) && base >= 0;
  switch (c.op) {
    case 'create':
      // A record whose own id differs from the change's id would be written under a borrowed name.
      if (!isObject(c.record) || c.record.id !== c.id) throw malformed(`${where}.record`);
      return { op: 'create', table, id: c.id, record: c.record as unknown as AnyRecord };
    case 'update': {
      if (!validBase) throw malformed(`${where}.base`);
      if (!isObject(c.set) || Object.keys(c.set).length === 0) throw malformed(`${where}.set`);
      const bad = Object.keys(c.set).find((f) => FORBIDDEN_FIELDS.has(f));
      if (bad !== undefined) throw malformed(`${where}.set.${bad}`);
      return { op: 'update', table, id: c.id, base: base as number, set: c.set };
    }
    case 'delete':
      if (!validBase) throw malformed(`${where}.base`);
      return { op: 'delete', table, id: c.id, base: base as number };
    default:
      throw malformed(`${where}.op`);
  }
}
