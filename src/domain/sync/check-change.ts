// The rules every pushed change must pass on the server, in the domain's own words: the roles and
// governance rule (governance.ts), the append-only reviews, and the very validators and commands
// the app runs for the same edit, so the server refuses exactly what the app would refuse.
import { recordGateReview } from '../commands/record-gate-review';
import { recordRealisation } from '../commands/record-realisation';
import { DomainError, isDomainError, type Params } from '../errors';
import { validAreaDescription, validAreaName } from '../areas';
import { gateDecisionRight, hasRole, mayRecordRealisation, type Actor } from '../governance';
import { validateInvestment } from '../investments';
import { RECORD_SPECS } from '../io/backup-records';
import { firstBadField } from '../io/structure-checks';
import type { AnyRecord, Area, BenefitRealisation, GateReview, Investment, PlatsenDocument } from '../model';
import type { Command } from '../commands/command';
import { sameValue } from './merge';
import type { RecordChange } from './protocol';

export interface Refusal {
  reason: string;
  params: Params;
}

/** Fields only an admin may change: the gate model, and who governs a programme. */
const ADMIN_FIELDS: Partial<Record<string, readonly string[]>> = {
  workspace: ['settings'],
  programmes: ['governanceMode', 'programmeGroup'],
};

/**
 * Null when `actor` may make `change`, whose result is `next` (null for a delete), on `doc` (the
 * document as it is before the change, holding at least the records the rules read: the
 * workspace, the programmes, and for a review or follow-up its investment and that investment's
 * reviews). Otherwise the refusal, as a message key with params.
 */
export function checkChange(doc: PlatsenDocument, change: RecordChange, next: AnyRecord | null, actor: Actor): Refusal | null {
  if (!hasRole(actor.role, 'editor')) return refuse('sync.refused.role', { role: actor.role });
  const adminFields = ADMIN_FIELDS[change.table] ?? [];
  const touched = change.op === 'update' ? Object.keys(change.set) : change.op === 'create' ? adminFields : [];
  if (actor.role !== 'admin' && touched.some((f) => adminFields.includes(f))) return refuse('sync.refused.role', { role: actor.role });
  try {
    if (next) checkShape(change, next);
    switch (change.table) {
      case 'workspace':
        // A shared workspace has its one workspace record for good.
        if (change.op !== 'update') return refuse('sync.refused.appendOnly', { table: change.table });
        return null;
      case 'reviews':
        return change.op === 'create' ? checkReview(doc, next as GateReview, actor) : refuse('sync.refused.appendOnly', { table: change.table });
      case 'realisations':
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

function refuse(reason: string, params: Params = {}): Refusal {
  return { reason, params };
}

/** The structure a backup restore demands of the same record (backup-records.ts). */
function checkShape(change: RecordChange, next: AnyRecord): void {
  const field = next.id !== change.id ? 'id' : firstBadField(next as unknown as Record<string, unknown>, RECORD_SPECS[change.table]);
  if (field !== null) throw new DomainError('sync.refused.invalid', { table: change.table, id: change.id, field });
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
