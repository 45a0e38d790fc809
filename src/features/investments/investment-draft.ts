// The investment form edits a draft of plain strings (what the inputs hold); turning it into
// fields for a command is where typed text becomes numbers, dates and lists.
import type { BenefitDimension, Id, Investment, InvestmentKind, Visibility, WorkspaceSettings } from '../../domain/model';
import { blankBenefits, type InvestmentFields } from '../../domain/investments';
import { hasKey } from '../../i18n/translate';
import type { Lang } from '../../store/session';

/** What the form edits: everything about an investment except where it is. */
export type FormFields = Omit<InvestmentFields, 'geometry' | 'wholeArea' | 'areaId' | 'areaOverride'>;
export const BUDGET_FIELDS = ['investment', 'operatingPerYear', 'externalFunding'] as const;
export type BudgetField = (typeof BUDGET_FIELDS)[number];

export interface Draft {
  title: string;
  kind: InvestmentKind;
  category: string;
  departmentId: Id | '';
  partners: string;
  budget: Record<BudgetField, string>;
  startDate: string;
  endDate: string;
  description: string;
  expectedBenefits: Record<BenefitDimension, string>;
  sdgs: number[];
  overallGoalIds: Id[];
  visibility: Visibility;
  internalNotes: string;
}

export function categoriesFor(settings: WorkspaceSettings['categories'] | undefined, kind: InvestmentKind): string[] {
  return settings?.[kind] ?? [];
}

export function blankDraft(categories: WorkspaceSettings['categories'] | undefined, kind: InvestmentKind = 'physical'): Draft {
  return {
    title: '', kind, category: categoriesFor(categories, kind)[0] ?? '', departmentId: '', partners: '',
    budget: { investment: '', operatingPerYear: '', externalFunding: '' }, startDate: '', endDate: '', description: '',
    expectedBenefits: blankBenefits(), sdgs: [], overallGoalIds: [], visibility: 'internal', internalNotes: '',
  };
}

export function draftOf(inv: Investment): Draft {
  const amount = (n: number) => (n === 0 ? '' : String(n));
  return {
    title: inv.title, kind: inv.kind, category: inv.category, departmentId: inv.departmentId ?? '',
    partners: inv.partners.join(', '),
    budget: { investment: amount(inv.budget.investment), operatingPerYear: amount(inv.budget.operatingPerYear), externalFunding: amount(inv.budget.externalFunding) },
    startDate: inv.startDate ?? '', endDate: inv.endDate ?? '', description: inv.description,
    expectedBenefits: { ...inv.expectedBenefits }, sdgs: [...inv.sdgs], overallGoalIds: [...inv.overallGoalIds],
    visibility: inv.visibility, internalNotes: inv.internalNotes,
  };
}

/**
 * An amount in SEK as typed: group separators are spaces (also the narrow no-break space that
 * Swedish number formatting uses) and, in English, commas. Empty means 0; null means unreadable.
 */
export function parseSek(text: string, lang: Lang): number | null {
  let s = text.replace(/[\s\u00a0\u202f]/g, '').replace(/(kr|sek)$/i, '').replace(/^sek/i, '');
  if (s === '') return 0;
  s = lang === 'en' ? s.replace(/,/g, '') : s.replace(',', '.');
  if (!/^\d+(\.\d+)?$/.test(s)) return null;
  return Number(s);
}

export function parsePartners(text: string): string[] {
  return [...new Set(text.split(',').map((p) => p.trim()).filter(Boolean))];
}

export type DraftResult = { ok: true; fields: FormFields } | { ok: false; budgetField: BudgetField };

/** The draft as command fields; refuses only what the domain cannot be given (unreadable amounts). */
export function fieldsOf(draft: Draft, lang: Lang): DraftResult {
  const budget = { investment: 0, operatingPerYear: 0, externalFunding: 0 };
  for (const field of BUDGET_FIELDS) {
    const n = parseSek(draft.budget[field], lang);
    if (n === null) return { ok: false, budgetField: field };
    budget[field] = n;
  }
  return {
    ok: true,
    fields: {
      title: draft.title.trim(), kind: draft.kind, category: draft.category, departmentId: draft.departmentId || null,
      partners: parsePartners(draft.partners), budget, startDate: draft.startDate || null, endDate: draft.endDate || null,
      description: draft.description, expectedBenefits: { ...draft.expectedBenefits }, sdgs: [...draft.sdgs].sort((a, b) => a - b),
      overallGoalIds: draft.overallGoalIds, visibility: draft.visibility, internalNotes: draft.internalNotes,
    },
  };
}

/** Category ids are translated when the app knows them; ids a workspace made up are shown as they are. */
export function categoryLabel(t: (key: string) => string, id: string): string {
  return hasKey(`category.${id}`) ? t(`category.${id}`) : id;
}

export function toggled<T>(list: readonly T[], value: T): T[] {
  return list.includes(value) ? list.filter((v) => v !== value) : [...list, value];
}
