// Publishing how programmes follow up what they achieve: public indicators per programme and the
// latest public benefit follow-up per investment (what is public and why: snapshot-types.ts), with
// counts of what was published and left out for the publish report.
import type { BenefitRealisation, Id, Indicator, PlatsenDocument } from '../model';
import { latestRealisations } from '../stats/realisation-rollup';
import type { PublicIndicator, PublicRealisation } from './snapshot-types';

export interface IndicatorCounts {
  published: number;
  /** Indicators of published programmes that are not marked public. */
  notPublic: number;
  /** Indicators of programmes that are not published (their area is gone). */
  ofUnpublishedProgrammes: number;
}

export interface RealisationCounts {
  /** At most one per published investment: its latest public follow-up. */
  published: number;
  /** Follow-ups of published investments that are not marked public. */
  notPublic: number;
  /** Public follow-ups replaced by a later public one of the same investment. */
  earlier: number;
  /** Follow-ups of internal (or missing) investments. */
  ofUnpublishedInvestments: number;
}

const inEntryOrder = (a: Indicator, b: Indicator) => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id);

/** Each published programme's public indicators, in the order the programme group added them. */
export function publishIndicators(doc: PlatsenDocument, programmeIds: ReadonlySet<Id>): { byProgramme: Map<Id, PublicIndicator[]>; counts: IndicatorCounts } {
  const counts: IndicatorCounts = { published: 0, notPublic: 0, ofUnpublishedProgrammes: 0 };
  const byProgramme = new Map<Id, PublicIndicator[]>();
  for (const ind of Object.values(doc.indicators).sort(inEntryOrder)) {
    if (!programmeIds.has(ind.programmeId)) counts.ofUnpublishedProgrammes += 1;
    else if (!ind.public) counts.notPublic += 1;
    else {
      counts.published += 1;
      byProgramme.set(ind.programmeId, [...(byProgramme.get(ind.programmeId) ?? []), publicIndicator(ind)]);
    }
  }
  return { byProgramme, counts };
}

/** Each published investment's latest public follow-up. */
export function publishRealisations(doc: PlatsenDocument, investmentIds: ReadonlySet<Id>): { byInvestment: Map<Id, PublicRealisation>; counts: RealisationCounts } {
  const counts: RealisationCounts = { published: 0, notPublic: 0, earlier: 0, ofUnpublishedInvestments: 0 };
  const all = Object.values(doc.realisations);
  const latest = latestRealisations(all.filter((r) => r.public && investmentIds.has(r.investmentId)));
  for (const r of all) {
    if (!investmentIds.has(r.investmentId)) counts.ofUnpublishedInvestments += 1;
    else if (!r.public) counts.notPublic += 1;
    else if (latest.get(r.investmentId) === r) counts.published += 1;
    else counts.earlier += 1;
  }
  return { byInvestment: new Map([...latest].map(([id, r]) => [id, publicRealisation(r)])), counts };
}

// Field by field, like every public object (snapshot.ts says why).

function publicIndicator(ind: Indicator): PublicIndicator {
  return {
    id: ind.id,
    name: ind.name,
    unit: ind.unit,
    source: ind.source,
    baseline: ind.baseline ? { value: ind.baseline.value, year: ind.baseline.year } : null,
    target: ind.target ? { value: ind.target.value, year: ind.target.year } : null,
    measurements: ind.measurements.map((m) => ({ value: m.value, date: m.date })).sort((a, b) => a.date.localeCompare(b.date)),
    benefitDimension: ind.benefitDimension,
    sdgs: [...ind.sdgs],
  };
}

function publicRealisation(r: BenefitRealisation): PublicRealisation {
  return {
    date: r.date,
    realised: { environmental: r.realised.environmental, social: r.realised.social, economic: r.realised.economic },
    degree: { environmental: r.degree.environmental, social: r.degree.social, economic: r.degree.economic },
  };
}
