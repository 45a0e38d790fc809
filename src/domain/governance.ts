// Who may do what in a shared workspace. Roles are per workspace; the programme's governance mode
// (the seed's partial or full programme governance) decides who records a gate decision:
// - full: the programme group decides at every gate of the programme's investments (one budget);
// - partial: the owning department's members decide; the programme group's view is recorded beside
//   the decision (by its members, in the review's comments), not as the decision.
// An investment outside every programme, or without an owning department, is decided by the
// programme group. Pure: the server enforces it on every push, the app shows only what is allowed.
import type { Id, Investment, PlatsenDocument, Programme } from './model';

export const ROLES = ['reader', 'editor', 'programme', 'admin'] as const;
/** reader: sees; editor: edits; programme: programme group member (gate decisions, benefits realisation); admin: members, gate model, publishing. */
export type Role = (typeof ROLES)[number];

export interface Actor {
  role: Role;
  /** The department the person works for (a Department id of the workspace), if any. */
  departmentId: Id | null;
}

const RANK: Record<Role, number> = { reader: 0, editor: 1, programme: 2, admin: 3 };

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}

/** True when `role` is at least `needed`. */
export function hasRole(role: Role, needed: Role): boolean {
  return RANK[role] >= RANK[needed];
}

/** The programme an investment belongs to: the programme of its area. */
export function programmeOf(doc: Pick<PlatsenDocument, 'programmes'>, inv: Pick<Investment, 'areaId'>): Programme | undefined {
  if (!inv.areaId) return undefined;
  return Object.values(doc.programmes).find((p) => p.areaId === inv.areaId);
}

export type DecisionRight = 'decides' | 'none';

/**
 * Whether `actor` records the gate decision for `inv`. Admins always may (they keep the gate model);
 * readers never.
 */
export function gateDecisionRight(doc: Pick<PlatsenDocument, 'programmes'>, inv: Investment, actor: Actor): DecisionRight {
  if (actor.role === 'admin') return 'decides';
  if (!hasRole(actor.role, 'editor')) return 'none';
  const programme = programmeOf(doc, inv);
  if (programme?.governanceMode === 'partial' && inv.departmentId !== null) {
    return actor.departmentId === inv.departmentId ? 'decides' : 'none';
  }
  return actor.role === 'programme' ? 'decides' : 'none';
}

/** Benefits realisation is followed up by the programme group. */
export function mayRecordRealisation(actor: Actor): boolean {
  return hasRole(actor.role, 'programme');
}
