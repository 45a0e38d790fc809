// Investment defaults and invariants shared by every command that creates or changes one.
import type { BenefitDimension, Investment, PlatsenDocument } from './model';
import { areaIndexFor } from './spatial/area-index';
import type { CommandContext } from './commands/command';
import { DomainError } from './errors';

export type InvestmentFields = Omit<Investment, 'id' | 'createdAt' | 'updatedAt'>;

export function blankBenefits(): Record<BenefitDimension, string> {
  return { environmental: '', social: '', economic: '' };
}

export function investmentDefaults(): Omit<InvestmentFields, 'title' | 'kind' | 'category' | 'geometry'> {
  return {
    wholeArea: false,
    areaId: null,
    areaOverride: false,
    description: '',
    departmentId: null,
    partners: [],
    budget: { investment: 0, operatingPerYear: 0, externalFunding: 0 },
    startDate: null,
    endDate: null,
    expectedBenefits: blankBenefits(),
    sdgs: [],
    overallGoalIds: [],
    visibility: 'internal',
    internalNotes: '',
  };
}

/**
 * The area follows the geometry unless the user chose one (override). A whole-area investment
 * takes its area's geometry; without an area yet, it first finds one from where it was drawn.
 */
export function withAttachedArea(doc: PlatsenDocument, inv: Investment): Investment {
  let next = inv;
  if (!inv.areaOverride && !(inv.wholeArea && inv.areaId)) {
    const areaId = areaIndexFor(doc.areas).assign(inv.geometry);
    if (areaId !== inv.areaId) next = { ...inv, areaId };
  }
  const area = next.wholeArea && next.areaId ? doc.areas[next.areaId] : undefined;
  return area && next.geometry !== area.geometry ? { ...next, geometry: area.geometry } : next;
}

export function createInvestment(doc: PlatsenDocument, fields: Partial<InvestmentFields> & Pick<InvestmentFields, 'title' | 'kind' | 'category' | 'geometry'>, ctx: CommandContext): Investment {
  const inv: Investment = {
    ...investmentDefaults(),
    ...fields,
    id: ctx.newId('inv'),
    createdAt: ctx.now,
    updatedAt: ctx.now,
  };
  return withAttachedArea(doc, inv);
}

const MAX_TITLE = 200;
const MAX_TEXT = 20_000;

/** Refuses values that would corrupt the workspace; the message key says what is wrong. */
export function validateInvestment(inv: Investment): void {
  const title = inv.title.trim();
  if (!title) throw new DomainError('investment.error.titleRequired');
  if (title.length > MAX_TITLE) throw new DomainError('investment.error.titleTooLong', { max: MAX_TITLE });
  for (const text of [inv.description, inv.internalNotes, ...Object.values(inv.expectedBenefits)]) {
    if (text.length > MAX_TEXT) throw new DomainError('investment.error.textTooLong', { max: MAX_TEXT });
  }
  for (const [field, value] of Object.entries(inv.budget)) {
    if (!Number.isFinite(value) || value < 0) throw new DomainError('investment.error.budget', { field });
  }
  if (inv.sdgs.some((n) => !Number.isInteger(n) || n < 1 || n > 17)) throw new DomainError('investment.error.sdg');
  for (const d of [inv.startDate, inv.endDate]) {
    if (d !== null && !isIsoDate(d)) throw new DomainError('investment.error.date', { value: d });
  }
  if (inv.startDate && inv.endDate && inv.endDate < inv.startDate) throw new DomainError('investment.error.dateOrder');
  if (!hasFiniteCoordinates(inv.geometry.coordinates)) throw new DomainError('geometry.error.notFinite');
}

export function isIsoDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  // Date.parse rolls 2026-02-30 over to March 2 instead of refusing it: compare the round trip.
  const time = Date.parse(`${value}T00:00:00Z`);
  return !Number.isNaN(time) && new Date(time).toISOString().slice(0, 10) === value;
}

function hasFiniteCoordinates(coords: unknown): boolean {
  if (typeof coords === 'number') return Number.isFinite(coords);
  return Array.isArray(coords) && coords.length > 0 && coords.every(hasFiniteCoordinates);
}
