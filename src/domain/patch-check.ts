// A patch that comes from outside this tab's own commands (another tab's message, a client's push
// to a shared workspace) is checked before anything applies it: known tables, valid ids, field
// paths that name a field of the table (never a prototype), one change per record, and reviews
// append-only (created, or deleted with their investment, never updated).
import { DomainError } from './errors';
import { isValidId } from './ids';
import type { TableName } from './model';
import { TABLES } from './model';
import { FIELD_GROUPS, type Patch } from './patch';

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Tables whose records are never updated: a correction is a new record referring to the old one. */
export const APPEND_ONLY_TABLES: readonly TableName[] = ['reviews'];

function validPath(table: TableName, path: unknown): boolean {
  if (!Array.isArray(path) || path.length < 1 || path.length > 2 || !path.every(isValidId)) return false;
  if (path[0] === 'id') return false;
  return path.length === 1 || (FIELD_GROUPS[table] ?? []).includes(path[0] as string);
}

/** The value as a Patch, or a DomainError naming the first problem ('patch.error.*'). */
export function checkPatch(value: unknown): Patch {
  if (!isObject(value)) throw new DomainError('patch.error.shape', { table: '', id: '' });
  for (const [key, changes] of Object.entries(value)) {
    const table = key as TableName;
    if (!TABLES.includes(table)) throw new DomainError('patch.error.table', { table: key });
    if (!Array.isArray(changes)) throw new DomainError('patch.error.shape', { table, id: '' });
    const seen = new Set<string>();
    for (const change of changes as unknown[]) {
      if (!isObject(change) || !isValidId(change.id)) throw new DomainError('patch.error.id', { table, id: String(isObject(change) ? change.id : '') });
      const id = change.id;
      if (seen.has(id)) throw new DomainError('patch.error.twice', { table, id });
      seen.add(id);
      if (change.op === 'create' || change.op === 'delete') {
        if (!isObject(change.record) || change.record.id !== id) throw new DomainError('patch.error.shape', { table, id });
      } else if (change.op === 'update') {
        if (APPEND_ONLY_TABLES.includes(table)) throw new DomainError('patch.error.appendOnly', { table, id });
        const fields = change.fields;
        if (!Array.isArray(fields) || !fields.every((f) => isObject(f) && validPath(table, f.path))) {
          throw new DomainError('patch.error.field', { table, id });
        }
      } else {
        throw new DomainError('patch.error.shape', { table, id });
      }
    }
  }
  return value as Patch;
}
