// The rules every pushed change must pass on the server, in the domain's own words: the roles and
// governance rule (governance.ts), the append-only reviews, and the very validators and commands
// the app runs for the same edit, so the server refuses exactly what the app would refuse.
import { recordGateReview } from '../commands/record-gate-review';
import { recordRealisation } from '../commands/record-realisation';
import { DomainError, isDomainError, type Params } from '../errors';
import { validAreaDescription, validAreaName } from '../areas';
import { gateDecisionRight, hasRole, mayRecordRealisation, type Actor } from '../governance';
import { validateInvestment } from '../investments';
import { checkTexts } from '../io/backup-checks';
import { RECORD_SPECS } from '../io/backup-records';
import { firstBadField } from '../io/structure-checks';
import type { AnyRecord, Area, BenefitRealisation, GateReview, Investment, PlatsenDocument, Programme, TableName } from '../model';
import type { Command } from '../commands/command';
import { sameValue } from '../patch';
import type { RecordChange } from './protocol';

export interface Refusal {
  reason: string;
  params: Params;
}

/** Fields only an admin may change: the gate model, and who governs a programme. */
const ADMIN_FIELDS: Partial<Record<TableName, readonly string[]>> = {
  workspace: ['settings'],
  programmes: ['governanceMode', 'programmeGroup'],
};

/**
 * Null when `actor` may make `change` to a record of `table`, whose result is `next` (null for a
 * delete), on `doc` (the document as it is before the change, holding at least the records the
 * rules read: the workspace, the programmes, and for a review or follow-up its investment and that
 * investment's reviews). Otherwise the refusal, as a message key with params.
 */
export function checkChange(doc: PlatsenDocument, table: TableName, change: RecordChange, next: AnyRecord | null, actor: Actor): Refusal | null {
  if (!hasRole(actor.role, 'editor')) return refuse('sync.refused.role', { role: actor.role });
  if (actor.role !== 'admin' && governs(table, change)) return refuse('sync.refused.role', { role: actor.role });
  try {
    if (next) checkShape(table, change.id, next);
    switch (table) {
      case 'workspace':
        // A shared workspace has its one workspace record for good.
        if (change.op !== 'update') return refuse('sync.refused.appendOnly', { table });
        return null;
      case 'reviews':
        if (change.op === 'create') return checkReview(doc, next as GateReview, actor);
        return goesWithInvestment(doc, table, change) ? null : refuse('sync.refused.appendOnly', { table });
      case 'realisations':
        if (goesWithInvestment(doc, table, change)) return null;
        if (!mayRecordRealisation(actor)) return refuse('sync.refused.role', { role: actor.role });
        return change.op === 'create' ? byCommand(doc, recordRealisation, next as BenefitRealisation) : null;
      case 'investments':
        if (next) validateInvestment(next as Investment);
        return null;
      case 'areas':
        if (next) {
          validAreaName((next as Area).name);
          validAreaDescription((next as Area).description);
        }
        return null;
      default:
        return null;
    }
  } catch (e) {
    if (isDomainError(e)) return refuse(e.code, e.params);
    throw e;
  }
}

/**
 * A review or follow-up is deleted only with its investment (the app's deleteInvestments does
 * both in one edit; the investment's deletion comes first, tables apply in TABLES order). The
 * record as stored says which investment, never the pushed copy.
 */
function goesWithInvestment(doc: PlatsenDocument, table: 'reviews' | 'realisations', change: RecordChange): boolean {
  const stored = (doc[table] as Record<string, GateReview | BenefitRealisation>)[change.id];
  return change.op === 'delete' && stored !== undefined && !Object.hasOwn(doc.investments, stored.investmentId);
}

function refuse(reason: string, params: Params = {}): Refusal {
  return { reason, params };
}

/**
 * Whether the change sets what only an admin decides: the gate model, or a programme's
 * governance (a new area's programme starts with partial governance and no group, as the app makes it).
 */
function governs(table: TableName, change: RecordChange): boolean {
  const fields = ADMIN_FIELDS[table] ?? [];
  if (change.op === 'update') return change.fields.some((f) => fields.includes(f.path[0]!));
  if (change.op === 'create' && table === 'programmes') {
    const p = change.record as Programme;
    return p.governanceMode !== 'partial' || !Array.isArray(p.programmeGroup) || p.programmeGroup.length > 0;
  }
  return false;
}

/** What a backup restore demands of the same record: its structure (backup-records.ts) and text sizes. */
function checkShape(table: TableName, id: string, next: AnyRecord): void {
  const field = next.id !== id ? 'id' : firstBadField(next as unknown as Record<string, unknown>, RECORD_SPECS[table]);
  if (field !== null) throw new DomainError('sync.refused.invalid', { table, id, field });
  checkTexts(table, next);
}

function checkReview(doc: PlatsenDocument, review: GateReview, actor: Actor): Refusal | null {
  const inv = doc.investments[review.investmentId];
  if (inv && gateDecisionRight(doc, inv, actor) === 'none') return refuse('sync.refused.governance', { investment: inv.title });
  return byCommand(doc, recordGateReview, review);
}

/**
 * Runs the app's own command for a new append-only record with the pushed id and time: it must
 * accept the fields and produce exactly the pushed record (no field it would not have written).
 */
function byCommand<R extends GateReview | BenefitRealisation>(doc: PlatsenDocument, command: Command<never>, record: R): Refusal | null {
  const table = 'gateCode' in record ? 'reviews' : 'realisations';
  const { id, createdAt, updatedAt: _u, ...fields } = record as R & { gateCode?: string };
  delete (fields as { gateCode?: string }).gateCode;
  const patch = command.run(doc, fields as never, { now: createdAt, newId: () => id });
  const written = Object.values(patch.put).flat()[0];
  if (!sameValue(written, record)) return refuse('sync.refused.invalid', { table, id, field: 'record' });
  return null;
}
