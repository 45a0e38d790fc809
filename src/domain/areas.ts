// Area invariants and the bookkeeping every area command shares: a programme per area, and
// investments following the areas they lie in when area boundaries appear, move or go away.
import { bbox } from '@turf/turf';
import type { Area, AreaGeometry, Id, Investment, PlatsenDocument, Programme } from './model';
import { HARD_VALUES, SOFT_VALUES } from './model';
import type { CommandContext } from './commands/command';
import { withAttachedArea } from './investments';
import { DomainError } from './errors';

export const MAX_AREA_NAME = 120;
export const MAX_AREA_DESCRIPTION = 20_000;

/** The trimmed name, or a refusal when it is empty or too long. */
export function validAreaName(name: string): string {
  const trimmed = name.trim();
  if (!trimmed) throw new DomainError('area.error.nameRequired');
  if (trimmed.length > MAX_AREA_NAME) throw new DomainError('area.error.nameTooLong', { max: MAX_AREA_NAME });
  return trimmed;
}

export function validAreaDescription(description: string): string {
  if (description.length > MAX_AREA_DESCRIPTION) throw new DomainError('area.error.descriptionTooLong', { max: MAX_AREA_DESCRIPTION });
  return description;
}

/** The empty programme every new area starts with (partial governance: departments implement). */
export function newProgramme(areaId: Id, ctx: CommandContext): Programme {
  const values = Object.fromEntries([...HARD_VALUES, ...SOFT_VALUES].map((v) => [v, null])) as Programme['values'];
  return {
    id: ctx.newId('prog'),
    areaId,
    vision: '',
    commonGoals: '',
    coordinationFunction: '',
    programmeGroup: [],
    governanceMode: 'partial',
    values,
    createdAt: ctx.now,
    updatedAt: ctx.now,
  };
}

export interface DeleteAreaImpact {
  /** Investments attached to the area (whole-area ones included). */
  investments: number;
  /** Of those, the ones covering the whole area. */
  wholeArea: number;
}

/** What deleting an area would touch, for the confirmation text. */
export function deleteAreaImpact(doc: PlatsenDocument, id: Id): DeleteAreaImpact {
  const attached = Object.values(doc.investments).filter((inv) => inv.areaId === id);
  return { investments: attached.length, wholeArea: attached.filter((inv) => inv.wholeArea).length };
}

type Box = [number, number, number, number];

/**
 * Investments whose automatic area changes once the areas table becomes `nextAreas`, stamped
 * with ctx.now. Only investments near `changed` (the old and new geometries of the areas that
 * moved) are examined: elsewhere the answer cannot change, and a workspace may hold 100,000.
 */
export function reattachedInvestments(doc: PlatsenDocument, nextAreas: Record<Id, Area>, changed: AreaGeometry[], ctx: CommandContext): Investment[] {
  const boxes = changed.map((g) => bbox(g) as Box);
  const next = { ...doc, areas: nextAreas };
  const moved: Investment[] = [];
  for (const inv of Object.values(doc.investments)) {
    if (inv.areaOverride || inv.wholeArea) continue;
    const box = bbox(inv.geometry) as Box;
    if (!boxes.some((b) => box[0] <= b[2] && b[0] <= box[2] && box[1] <= b[3] && b[1] <= box[3])) continue;
    const attached = withAttachedArea(next, inv);
    if (attached !== inv) moved.push({ ...attached, updatedAt: ctx.now });
  }
  return moved;
}
