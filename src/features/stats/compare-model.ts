// The figures of 2–4 areas side by side: what their programmes hold (budgets by kind, department
// and phase, status, benefit balance, Agenda 2030) and what the statistics say about the places,
// in aligned rows with a difference and, for money, per resident. Pure: the view and the CSV file
// are both drawn from these rows, so the file says exactly what the screen does.
import type { Area, GateDef, Id, IsoDate, PlatsenDocument } from '../../domain/model';
import { realisationRollup } from '../../domain/stats/realisation-rollup';
import { BENEFIT_DIMENSIONS } from '../../domain/model';
import type { PhaseState } from '../../domain/phase';
import { areaRollup, type AreaRollup } from '../../domain/rollups';
import { SDG_NUMBERS } from '../../domain/sdgs';
import type { Lang } from '../../store/session';
import { STATISTICS, type AggregationMethod, type AreaStatistics, type StatKey } from '../../domain/stats/statistics';

/** The most areas compared side by side (their columns must fit beside the map). */
export const MAX_COMPARED = 4;

/** How a row's figures are written: money, a count, a mean rating, or a statistic in its unit. */
export type CompareFormat = { type: 'sek' } | { type: 'count' } | { type: 'score' } | { type: 'stat'; key: StatKey };

export interface CompareRow {
  id: string;
  label: string;
  format: CompareFormat;
  /** One per area, in the order chosen; null when there is no figure (never 0 for "unknown"). */
  values: Array<number | null>;
  /** Two areas: the second minus the first. More: the largest minus the smallest. Null if any is missing. */
  difference: number | null;
}

export interface CompareGroup {
  id: 'programme' | 'perResident' | 'kind' | 'department' | 'phase' | 'status' | 'benefits' | 'sdgs' | 'statistics';
  rows: CompareRow[];
}

export function difference(values: Array<number | null>): number | null {
  if (values.some((v) => v === null)) return null;
  const nums = values as number[];
  return nums.length === 2 ? nums[1]! - nums[0]! : Math.max(...nums) - Math.min(...nums);
}

function row(id: string, label: string, format: CompareFormat, values: Array<number | null>): CompareRow {
  return { id, label, format, values, difference: difference(values) };
}

const sek: CompareFormat = { type: 'sek' };
const count: CompareFormat = { type: 'count' };

/** Residents of each area by the statistics, or null while they are not known (not loaded, no coverage). */
function residents(stats: Array<AreaStatistics | null>): Array<number | null> {
  return stats.map((s) => (s && s.pop.value !== null && s.pop.value > 0 ? s.pop.value : null));
}

function indicatorsOf(doc: PlatsenDocument, areaId: Id): number {
  const programmes = new Set(Object.values(doc.programmes).filter((p) => p.areaId === areaId).map((p) => p.id));
  return Object.values(doc.indicators).filter((i) => programmes.has(i.programmeId)).length;
}

type Translate = (key: string, params?: Record<string, string | number>) => string;

export function compareGroups(
  doc: PlatsenDocument, areas: Area[], phases: Map<Id, PhaseState>, gates: GateDef[], stats: Array<AreaStatistics | null>,
  t: Translate, lang: Lang, asOf: IsoDate | null = null,
): CompareGroup[] {
  const rollups: AreaRollup[] = areas.map((a) => areaRollup(doc, a.id, phases, gates));
  const each = (f: (r: AreaRollup) => number) => rollups.map(f);
  const people = residents(stats);
  const perResident = (f: (r: AreaRollup) => number) => rollups.map((r, i) => (people[i] ? f(r) / people[i]! : null));
  const departments = [...new Set(rollups.flatMap((r) => [...r.byDepartment.keys()]))]
    .map((id) => ({ id, name: id ? doc.departments[id]?.name ?? id : null }))
    .sort((a, b) => (a.name ?? '\uffff').localeCompare(b.name ?? '\uffff', 'sv'));
  const touchedGoals = SDG_NUMBERS.filter((n) => rollups.some((r) => r.sdgCoverage.has(n)));

  return [
    { id: 'programme', rows: [
      row('investments', t('compare.investments'), count, each((r) => r.total.count)),
      row('budget', t('compare.budget'), sek, each((r) => r.total.investment)),
      row('operating', t('compare.operating'), sek, each((r) => r.total.operatingPerYear)),
      row('external', t('compare.external'), sek, each((r) => r.total.externalFunding)),
      row('followedUp', t('compare.followedUp'), count, areas.map((a) => realisationRollup(doc, a.id, asOf).followedUp)),
      row('indicators', t('compare.indicators'), count, areas.map((a) => indicatorsOf(doc, a.id))),
    ] },
    { id: 'perResident', rows: [
      row('budgetPerResident', t('compare.budgetPerResident'), sek, perResident((r) => r.total.investment)),
      row('operatingPerResident', t('compare.operatingPerResident'), sek, perResident((r) => r.total.operatingPerYear)),
    ] },
    { id: 'kind', rows: (['physical', 'social'] as const).map((k) =>
      row(`kind-${k}`, t(`kind.${k}`), sek, each((r) => r.byKind[k].investment))) },
    { id: 'department', rows: departments.map((d) =>
      row(`dept-${d.id ?? 'none'}`, d.name ?? t('rollups.noDepartment'), sek,
        each((r) => r.byDepartment.get(d.id)?.investment ?? 0))) },
    { id: 'phase', rows: gates.map((g, i) =>
      row(`phase-${g.id}`, `${g.code} ${g.name[lang]}`, sek, each((r) => r.byPhase[i]!.investment))) },
    { id: 'status', rows: (['waiting', 'stopped', 'realised'] as const).map((s) =>
      row(`status-${s}`, t(`status.${s}`), count, each((r) => r.byStatus[s]))) },
    { id: 'benefits', rows: BENEFIT_DIMENSIONS.flatMap((d) => [
      row(`benefit-${d}`, t('compare.benefitMean', { dimension: t(`benefit.${d}`) }), { type: 'score' }, rollups.map((r) => r.benefits[d].meanRating)),
      row(`benefit-${d}-described`, t('compare.benefitDescribed', { dimension: t(`benefit.${d}`) }), count, each((r) => r.benefits[d].described)),
    ]) },
    { id: 'sdgs', rows: [
      row('sdg-count', t('compare.sdgCount'), count, each((r) => r.sdgCoverage.size)),
      ...touchedGoals.map((n) => row(`sdg-${n}`, t('compare.sdg', { n: String(n), name: t(`sdg.${n}`) }), count, each((r) => r.sdgCoverage.get(n) ?? 0))),
    ] },
    { id: 'statistics', rows: STATISTICS.map((def) =>
      row(`stat-${def.key}`, t(def.label), { type: 'stat', key: def.key }, stats.map((s) => s?.[def.key].value ?? null))) },
  ];
}

/** The areas grouped by how their statistics were worked out, so the method is said once. */
export function methodsOf(areas: Area[], stats: Array<AreaStatistics | null>): Map<AggregationMethod | 'none', Area[]> {
  const out = new Map<AggregationMethod | 'none', Area[]>();
  areas.forEach((a, i) => {
    const s = stats[i];
    const method = !s || s.pop.coverage <= 0 ? 'none' : s.pop.method === 'exact' ? 'exact' : 'population-weighted';
    out.set(method, [...(out.get(method) ?? []), a]);
  });
  return out;
}
