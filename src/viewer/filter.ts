// Search and filters of the public list and map. Search ignores case and accents ("malmo" finds
// Malmö, "angen" finds Ängen), since residents type on every kind of keyboard.
import type { InvestmentKind } from '../domain/model';
import type { PublicInvestment, PublicSnapshot } from '../domain/publish/snapshot-types';
import { translate } from '../i18n/translate';
import { fold } from '../search/places';
import type { Lang } from '../store/session';
import { RESIDENT_STATES, residentState, type ResidentState } from './resident';

export interface ViewerFilter {
  query: string;
  kind: InvestmentKind | null;
  category: string | null;
  /** A resident phase, or paused or stopped. */
  phase: ResidentState | null;
  sdg: number | null;
}

export const NO_FILTER: ViewerFilter = { query: '', kind: null, category: null, phase: null, sdg: null };

export function isFiltering(f: ViewerFilter): boolean {
  return f.query.trim() !== '' || f.kind !== null || f.category !== null || f.phase !== null || f.sdg !== null;
}


/** A category id has a translated name; a workspace's own category is shown as written. */
export function categoryLabel(category: string, lang: Lang): string {
  const key = `category.${category}`;
  const label = translate(lang, key);
  return label === key ? category : label;
}

function haystack(inv: PublicInvestment, areaName: string, lang: Lang): string {
  return fold([inv.title, inv.description, areaName, categoryLabel(inv.category, lang), inv.department ?? '', ...inv.partners].join('\n'));
}

export function filterInvestments(snapshot: PublicSnapshot, f: ViewerFilter, lang: Lang): PublicInvestment[] {
  const areaNames = new Map(snapshot.areas.map((a) => [a.id, a.name]));
  const words = fold(f.query).split(/\s+/).filter(Boolean);
  return snapshot.investments.filter((inv) => {
    if (f.kind !== null && inv.kind !== f.kind) return false;
    if (f.category !== null && inv.category !== f.category) return false;
    if (f.phase !== null && residentState(snapshot, inv.phase) !== f.phase) return false;
    if (f.sdg !== null && !inv.sdgs.includes(f.sdg)) return false;
    if (words.length === 0) return true;
    const text = haystack(inv, inv.areaId ? areaNames.get(inv.areaId) ?? '' : '', lang);
    return words.every((w) => text.includes(w));
  });
}

/** The choices a filter offers: only values that occur, so no choice leads to an empty map. */
export function filterChoices(snapshot: PublicSnapshot): { categories: string[]; sdgs: number[]; phases: ResidentState[] } {
  const categories = new Set<string>();
  const sdgs = new Set<number>();
  const phases = new Set<ResidentState>();
  for (const inv of snapshot.investments) {
    categories.add(inv.category);
    inv.sdgs.forEach((n) => sdgs.add(n));
    phases.add(residentState(snapshot, inv.phase));
  }
  return {
    categories: [...categories],
    sdgs: [...sdgs].sort((a, b) => a - b),
    phases: RESIDENT_STATES.filter((s) => phases.has(s)),
  };
}
