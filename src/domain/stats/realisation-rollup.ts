// Expected against realised benefits per area: what the programme's investments promised in each
// dimension, and what the follow-ups at the last gate say came true. An investment followed up
// several times counts with its latest follow-up.
import type { BenefitDimension, BenefitRealisation, Id, Investment, IsoDate, PlatsenDocument } from '../model';
import { BENEFIT_DIMENSIONS } from '../model';

export interface RealisationBalance {
  /** Investments whose expected benefit in this dimension is written down. */
  expected: number;
  /** Investments whose latest follow-up describes or judges a realised benefit in this dimension. */
  realised: number;
  /** Investments whose latest follow-up gives a degree (0–100) in this dimension. */
  judged: number;
  /** Mean of those degrees; null when none is judged. */
  meanDegree: number | null;
}

export interface RealisationRollup {
  /** null for the investments outside every area. */
  areaId: Id | null;
  investments: number;
  /** Investments with at least one follow-up. */
  followedUp: number;
  byDimension: Record<BenefitDimension, RealisationBalance>;
}

export interface AllRealisationRollups {
  byArea: Map<Id, RealisationRollup>;
  noArea: RealisationRollup;
}

function compareRealisations(a: BenefitRealisation, b: BenefitRealisation): number {
  return a.date.localeCompare(b.date) || a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id);
}

/** Each investment's latest follow-up, optionally among those dated on or before `asOf`. */
export function latestRealisations(realisations: Iterable<BenefitRealisation>, asOf?: IsoDate | null): Map<Id, BenefitRealisation> {
  const out = new Map<Id, BenefitRealisation>();
  for (const r of realisations) {
    if (asOf && r.date > asOf) continue;
    const seen = out.get(r.investmentId);
    if (!seen || compareRealisations(seen, r) < 0) out.set(r.investmentId, r);
  }
  return out;
}

function rollupOf(areaId: Id | null, investments: Investment[], latest: Map<Id, BenefitRealisation>): RealisationRollup {
  const byDimension = Object.fromEntries(BENEFIT_DIMENSIONS.map((d) => [d, { expected: 0, realised: 0, judged: 0, meanDegree: null }])) as Record<BenefitDimension, RealisationBalance>;
  const degreeSums = { environmental: 0, social: 0, economic: 0 };
  let followedUp = 0;
  for (const inv of investments) {
    const r = latest.get(inv.id);
    if (r) followedUp += 1;
    for (const d of BENEFIT_DIMENSIONS) {
      const b = byDimension[d];
      if (inv.expectedBenefits[d].trim()) b.expected += 1;
      if (!r) continue;
      const degree = r.degree[d];
      if (r.realised[d].trim() || degree !== null) b.realised += 1;
      if (degree !== null) {
        b.judged += 1;
        degreeSums[d] += degree;
      }
    }
  }
  for (const d of BENEFIT_DIMENSIONS) {
    const b = byDimension[d];
    b.meanDegree = b.judged ? degreeSums[d] / b.judged : null;
  }
  return { areaId, investments: investments.length, followedUp, byDimension };
}

/** The area an investment counts for: one that no longer exists counts as no area. */
function areaOf(doc: PlatsenDocument, inv: Investment): Id | null {
  return inv.areaId !== null && doc.areas[inv.areaId] ? inv.areaId : null;
}

/** Every area's balance (areas without investments included) and the no-area bucket, in one pass. */
export function allRealisationRollups(doc: PlatsenDocument, asOf?: IsoDate | null): AllRealisationRollups {
  const latest = latestRealisations(Object.values(doc.realisations), asOf);
  const grouped = new Map<Id | null, Investment[]>([[null, []]]);
  for (const id of Object.keys(doc.areas)) grouped.set(id, []);
  for (const inv of Object.values(doc.investments)) grouped.get(areaOf(doc, inv))!.push(inv);
  const byArea = new Map<Id, RealisationRollup>();
  for (const id of Object.keys(doc.areas)) byArea.set(id, rollupOf(id, grouped.get(id)!, latest));
  return { byArea, noArea: rollupOf(null, grouped.get(null)!, latest) };
}

/** One area's balance; areaId null gives the investments outside every area. */
export function realisationRollup(doc: PlatsenDocument, areaId: Id | null, asOf?: IsoDate | null): RealisationRollup {
  const mine = Object.values(doc.investments).filter((inv) => areaOf(doc, inv) === areaId);
  return rollupOf(areaId, mine, latestRealisations(Object.values(doc.realisations), asOf));
}
