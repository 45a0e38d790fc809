// One filter decides what the list and the map show, so both always hold the same set.
import type { Id, Investment, InvestmentKind, PlatsenDocument } from './model';
import type { PhaseState } from './phase';

export type DecisionFilter = 'pass' | 'wait' | 'stop' | 'none';

export interface InvestmentFilter {
  kinds: InvestmentKind[];
  categories: string[];
  departmentIds: Id[];
  gateIndexes: number[];
  decisions: DecisionFilter[];
  sdgs: number[];
  areaIds: Array<Id | 'none'>;
  text: string;
}

export const EMPTY_FILTER: InvestmentFilter = {
  kinds: [], categories: [], departmentIds: [], gateIndexes: [], decisions: [], sdgs: [], areaIds: [], text: '',
};

export function isFilterActive(f: InvestmentFilter): boolean {
  return f.text.trim() !== '' || Object.values(f).some((v) => Array.isArray(v) && v.length > 0);
}

/** Case- and accent-insensitive text for search ("rosengard" finds "Rosengård"). */
export function foldText(s: string): string {
  return s.normalize('NFD').replace(/\p{Diacritic}/gu, '').toLowerCase();
}

function oneOf<T>(wanted: T[], value: T): boolean {
  return wanted.length === 0 || wanted.includes(value);
}

export function matchesFilter(inv: Investment, phase: PhaseState, f: InvestmentFilter, doc: PlatsenDocument): boolean {
  if (!oneOf(f.kinds, inv.kind) || !oneOf(f.categories, inv.category)) return false;
  if (f.departmentIds.length && (!inv.departmentId || !f.departmentIds.includes(inv.departmentId))) return false;
  if (!oneOf(f.gateIndexes, phase.gateIndex)) return false;
  if (!oneOf<DecisionFilter>(f.decisions, phase.lastReview?.decision ?? 'none')) return false;
  if (f.sdgs.length && !inv.sdgs.some((n) => f.sdgs.includes(n))) return false;
  if (!oneOf<Id | 'none'>(f.areaIds, inv.areaId ?? 'none')) return false;
  const text = foldText(f.text.trim());
  if (text) {
    const area = inv.areaId ? doc.areas[inv.areaId]?.name ?? '' : '';
    const dept = inv.departmentId ? doc.departments[inv.departmentId]?.name ?? '' : '';
    const haystack = foldText([inv.title, inv.description, inv.category, area, dept, ...inv.partners].join(' '));
    if (!text.split(/\s+/).every((word) => haystack.includes(word))) return false;
  }
  return true;
}

export function filterInvestments(doc: PlatsenDocument, phases: Map<Id, PhaseState>, f: InvestmentFilter): Investment[] {
  return Object.values(doc.investments).filter((inv) => {
    const phase = phases.get(inv.id);
    return phase !== undefined && matchesFilter(inv, phase, f, doc);
  });
}
