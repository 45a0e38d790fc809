// A push, on the server: mutations applied in the order the client made them, each all or nothing,
// merged field by field with what others changed since (domain/sync/merge.ts) and checked by the
// domain's own rules (domain/sync/check-change.ts). Pushes to one workspace take turns on its row
// lock, which is what orders every change and numbers it (the record versions and pull cursors).
import type pg from 'pg';
import { hasRole, type Actor } from '../../domain/governance';
import { TABLES, type AnyRecord, type Id, type TableName } from '../../domain/model';
import { checkChange } from '../../domain/sync/check-change';
import { mergeChange, type StoredRecord } from '../../domain/sync/merge';
import { recordKey as key, type ChangeSet, type Conflict, type Mutation, type MutationResult, type PushRequest, type PushResponse, type RecordChange, type RecordVersion } from '../../domain/sync/protocol';
import { inTransaction } from '../db/engine';
import { loadRecords, loadRuleContext, writeRecords, type RecordWrite } from './records';

export interface Pusher {
  workspaceId: string;
  userId: string;
  actor: Actor;
}

export async function applyPush(pool: pg.Pool, who: Pusher, push: PushRequest): Promise<PushResponse> {
  return inTransaction(pool, async (db) => {
    const locked = await db.query<{ seq: number }>('SELECT seq FROM workspaces WHERE id = $1 FOR UPDATE', [who.workspaceId]);
    let seq = locked.rows[0]!.seq;
    const results: MutationResult[] = [];
    for (const mutation of push.mutations) {
      const earlier = await db.query<{ result: MutationResult }>(
        'SELECT result FROM mutations WHERE workspace_id = $1 AND author = $2 AND client_id = $3 AND mutation_id = $4',
        [who.workspaceId, who.userId, push.clientId, mutation.id],
      );
      if (earlier.rows[0]) {
        results.push(earlier.rows[0].result);
        continue;
      }
      const { result, writes, inverse } = await decide(db, who, mutation, seq + 1, `${who.userId}:${push.clientId}`);
      if (writes.length > 0) {
        seq += 1;
        await writeRecords(db, who.workspaceId, seq, writes);
        await db.query(
          `INSERT INTO changes (workspace_id, seq, author, label, changes, inverse, records) VALUES ($1, $2, $3, $4, $5, $6, $7)`,
          [who.workspaceId, seq, who.userId, mutation.label, JSON.stringify(mutation.changes), JSON.stringify(inverse),
            writes.map((w) => key(w.table, w.id))],
        );
      }
      await db.query(
        `INSERT INTO mutations (workspace_id, author, client_id, mutation_id, label, status, result) VALUES ($1, $2, $3, $4, $5, $6, $7)`,
        [who.workspaceId, who.userId, push.clientId, mutation.id, mutation.label, result.status, JSON.stringify(result)],
      );
      results.push(result);
    }
    await db.query('UPDATE workspaces SET seq = $2 WHERE id = $1', [who.workspaceId, seq]);
    return { results, cursor: seq };
  });
}

interface Decision {
  result: MutationResult;
  writes: RecordWrite[];
  inverse: ChangeSet;
}

interface TableChange {
  table: TableName;
  change: RecordChange;
}

/** A mutation's changes in the order they apply: tables in TABLES order (investments before their reviews). */
function inOrder(changes: ChangeSet): TableChange[] {
  return TABLES.flatMap((table) => (changes[table] ?? []).map((change) => ({ table, change })));
}

/** Merges and checks every change of one mutation against the state left by the ones before it. */
async function decide(db: pg.PoolClient, who: Pusher, mutation: Mutation, seq: number, client: string): Promise<Decision> {
  const nothing = (result: MutationResult): Decision => ({ result, writes: [], inverse: {} });
  // A reader's edit is refused as such, before any merge could call it a conflict.
  if (!hasRole(who.actor.role, 'editor')) return nothing({ id: mutation.id, status: 'refused', reason: 'sync.refused.role', params: { role: who.actor.role } });
  const changes = inOrder(mutation.changes);
  const stored = await loadRecords(db, who.workspaceId, changes.map(({ table, change }) => ({ table, id: change.id })));
  // A fresh document that this mutation alone uses: changed in place as each change is accepted
  // (copying a table per change would make a 5,000-record import quadratic).
  const doc = await loadRuleContext(db, who.workspaceId, investmentsRead(changes, stored));
  const rows = (table: TableName) => doc[table] as Record<Id, AnyRecord>;
  for (const { table, change } of changes) {
    const current = stored.get(key(table, change.id))?.record;
    if (current) rows(table)[change.id] = current;
  }
  const conflicts: Conflict[] = [];
  const writes = new Map<string, RecordWrite>();
  const undo: TableChange[] = [];
  for (const { table, change } of changes) {
    const k = key(table, change.id);
    const base = change.op === 'create' ? 0 : mutation.base[table]?.[change.id] ?? 0;
    const outcome = mergeChange(stored.get(k), { table, change, base, client }, seq);
    if (outcome.kind === 'conflict') {
      conflicts.push(outcome.conflict);
      continue;
    }
    if (outcome.kind === 'refused') return nothing({ id: mutation.id, status: 'refused', reason: outcome.reason, params: { table, id: change.id } });
    if (outcome.kind === 'unchanged') continue;
    const next = outcome.kind === 'put' ? outcome.record : null;
    const refusal = checkChange(doc, table, change, next, who.actor);
    if (refusal) return nothing({ id: mutation.id, status: 'refused', ...refusal });
    const before = stored.get(k);
    const after: StoredRecord = { record: next, version: seq, fieldVersions: outcome.kind === 'put' ? outcome.fieldVersions : before!.fieldVersions };
    stored.set(k, after);
    writes.set(k, { table, id: change.id, data: next ?? before!.record!, fieldVersions: after.fieldVersions, deleted: next === null });
    undo.unshift({ table, change: outcome.inverse });
    if (next) rows(table)[change.id] = next;
    else delete rows(table)[change.id];
  }
  if (conflicts.length > 0) return nothing({ id: mutation.id, status: 'conflict', conflicts });
  const versions: RecordVersion[] = [...writes.values()].map((w) => ({ table: w.table, id: w.id, version: seq }));
  const inverse: ChangeSet = {};
  for (const { table, change } of undo) (inverse[table] ??= []).push(change);
  return { result: { id: mutation.id, status: 'applied', seq: writes.size > 0 ? seq : seq - 1, versions }, writes: [...writes.values()], inverse };
}

/** The investments whose reviews and follow-ups the rules will read. */
function investmentsRead(changes: TableChange[], stored: Map<string, StoredRecord>): Id[] {
  const ids = new Set<Id>();
  for (const { table, change } of changes) {
    if (table !== 'reviews' && table !== 'realisations') continue;
    // What a record links to is read from the record as stored, never from a pushed copy.
    const record = change.op === 'create' ? change.record : stored.get(key(table, change.id))?.record;
    const investmentId = (record as { investmentId?: unknown } | null | undefined)?.investmentId;
    if (typeof investmentId === 'string') ids.add(investmentId);
  }
  return [...ids];
}
