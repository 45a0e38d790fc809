// Publishing: the public snapshot of a workspace (what is public and why: snapshot-types.ts), and a
// report of what was left out, so the planner sees before sharing the file that nothing internal
// went with it.
import { DomainError } from '../errors';
import type { Area, GateReview, Id, Investment, PlatsenDocument, Programme, TableName, Timestamp } from '../model';
import { TABLES, workspaceOf } from '../model';
import { derivePhase, effectiveReviews, reviewsByInvestment } from '../phase';
import { residentPhasesOf } from '../resident-phases';
import { areaAttribution } from './attribution';
import { publishIndicators, publishRealisations, type IndicatorCounts, type RealisationCounts } from './follow-up';
import type { PublicArea, PublicIndicator, PublicInvestment, PublicRealisation, PublicReview, PublicSnapshot } from './snapshot-types';
import { SNAPSHOT_FORMAT, SNAPSHOT_VERSION } from './snapshot-types';

export type * from './snapshot-types';
export { SNAPSHOT_FORMAT, SNAPSHOT_VERSION } from './snapshot-types';

export interface PublishReport {
  areas: { published: number; withoutPublicInvestments: number };
  investments: { published: number; internal: number };
  reviews: {
    published: number;
    /** Reviews in force of published investments that are not marked public. */
    notPublic: number;
    /** Reviews replaced by a correction (never published, public or not). */
    superseded: number;
    /** Reviews of internal (or missing) investments. */
    ofUnpublishedInvestments: number;
  };
  indicators: IndicatorCounts;
  /** Benefit follow-ups. */
  realisations: RealisationCounts;
  /** Published investments whose internal notes were left out. */
  internalNotesLeftOut: number;
  /** Records of tables the snapshot does not carry at all, by table (only tables with records). */
  notPublished: Partial<Record<TableName, number>>;
}

/** Tables whose records (or parts of them) can reach the snapshot. */
const PUBLISHED_TABLES: ReadonlySet<TableName> = new Set<TableName>([
  'workspace', 'areas', 'programmes', 'investments', 'reviews', 'goals', 'departments', 'indicators', 'realisations',
]);

const byId = <T extends { id: Id }>(a: T, b: T) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

export function publishSnapshot(doc: PlatsenDocument, { now }: { now: Timestamp }): { snapshot: PublicSnapshot; report: PublishReport } {
  const ws = workspaceOf(doc);
  if (!ws) throw new DomainError('publish.error.noWorkspace');
  const gates = ws.settings.gates;
  const residentPhases = residentPhasesOf(gates, ws.settings.residentPhases);
  const report: PublishReport = {
    areas: { published: 0, withoutPublicInvestments: 0 },
    investments: { published: 0, internal: 0 },
    reviews: { published: 0, notPublic: 0, superseded: 0, ofUnpublishedInvestments: 0 },
    indicators: { published: 0, notPublic: 0, ofUnpublishedProgrammes: 0 },
    realisations: { published: 0, notPublic: 0, earlier: 0, ofUnpublishedInvestments: 0 },
    internalNotesLeftOut: 0,
    notPublished: {},
  };

  const publicIds = new Set(Object.values(doc.investments).filter((i) => i.visibility === 'public').map((i) => i.id));
  const realisations = publishRealisations(doc, publicIds);
  report.realisations = realisations.counts;
  const reviewsOf = reviewsByInvestment(Object.values(doc.reviews));
  const investments: PublicInvestment[] = [];
  for (const inv of Object.values(doc.investments).sort(byId)) {
    const reviews = reviewsOf.get(inv.id) ?? [];
    if (inv.visibility !== 'public') {
      report.investments.internal += 1;
      continue;
    }
    const inForce = effectiveReviews(reviews);
    const published = inForce.filter((r) => r.public).map(publicReview);
    report.investments.published += 1;
    report.reviews.published += published.length;
    report.reviews.notPublic += inForce.length - published.length;
    report.reviews.superseded += reviews.length - inForce.length;
    if (inv.internalNotes.trim()) report.internalNotesLeftOut += 1;
    const phase = derivePhase(reviews, gates);
    const phaseOf = { gateIndex: phase.gateIndex, gateCode: gates[phase.gateIndex]?.code ?? '', status: phase.status };
    investments.push(publicInvestment(doc, inv, published, phaseOf, realisations.byInvestment.get(inv.id) ?? null));
  }
  for (const r of Object.values(doc.reviews)) if (!publicIds.has(r.investmentId)) report.reviews.ofUnpublishedInvestments += 1;

  const programmeOf = new Map<Id, Programme>(Object.values(doc.programmes).map((p) => [p.areaId, p]));
  const publishedProgrammes = Object.values(doc.areas).flatMap((a) => programmeOf.get(a.id)?.id ?? []);
  const indicators = publishIndicators(doc, new Set(publishedProgrammes));
  report.indicators = indicators.counts;
  const areasWithInvestments = new Set(investments.map((i) => i.areaId));
  const areas = Object.values(doc.areas).sort(byId).map((a) => {
    const programme = programmeOf.get(a.id);
    return publicArea(a, programme, (programme && indicators.byProgramme.get(programme.id)) ?? []);
  });
  report.areas.published = areas.length;
  report.areas.withoutPublicInvestments = areas.filter((a) => !areasWithInvestments.has(a.id)).length;

  for (const table of TABLES) {
    const count = Object.keys(doc[table]).length;
    if (!PUBLISHED_TABLES.has(table) && count > 0) report.notPublished[table] = count;
  }

  const snapshot: PublicSnapshot = {
    format: SNAPSHOT_FORMAT,
    version: SNAPSHOT_VERSION,
    publishedAt: now,
    workspace: { name: ws.name, municipality: ws.municipality, defaultView: structuredClone(ws.defaultView) },
    gates: gates.map((g, i) => ({ code: g.code, name: { sv: g.name.sv, en: g.name.en }, residentPhase: residentPhases[i]! })),
    areas,
    investments,
    attribution: areaAttribution(Object.values(doc.areas), doc.divisions),
    demo: investments.length > 0 && investments.every((i) => i.invented === true),
  };
  return { snapshot, report };
}

// Every public object is built field by field from a list, never by spreading a record and deleting
// the internal parts: a field added to the model later stays internal until someone publishes it here.

function publicInvestment(
  doc: PlatsenDocument, inv: Investment, reviews: PublicReview[], phase: PublicInvestment['phase'], realisation: PublicRealisation | null,
): PublicInvestment {
  return {
    id: inv.id,
    title: inv.title,
    kind: inv.kind,
    category: inv.category,
    geometry: structuredClone(inv.geometry),
    wholeArea: inv.wholeArea,
    areaId: inv.areaId !== null && inv.areaId in doc.areas ? inv.areaId : null,
    description: inv.description,
    department: (inv.departmentId !== null && doc.departments[inv.departmentId]?.name) || null,
    partners: [...inv.partners],
    budget: { investment: inv.budget.investment, operatingPerYear: inv.budget.operatingPerYear, externalFunding: inv.budget.externalFunding },
    startDate: inv.startDate,
    endDate: inv.endDate,
    expectedBenefits: {
      environmental: inv.expectedBenefits.environmental,
      social: inv.expectedBenefits.social,
      economic: inv.expectedBenefits.economic,
    },
    sdgs: [...inv.sdgs],
    goals: inv.overallGoalIds.flatMap((id) => doc.goals[id]?.title ?? []),
    phase,
    reviews,
    realisation,
    ...(inv.invented === true ? { invented: true as const } : {}),
  };
}

function publicReview(r: GateReview): PublicReview {
  const assessment = (a: keyof GateReview['aspects']) => ({ rating: r.aspects[a].rating, comment: r.aspects[a].comment });
  return {
    date: r.date,
    gateCode: r.gateCode,
    decision: r.decision,
    reason: r.reason,
    decidedBy: r.decidedBy,
    aspects: {
      strategy: assessment('strategy'),
      benefits: assessment('benefits'),
      market: assessment('market'),
      economy: assessment('economy'),
      governance: assessment('governance'),
    },
    benefitRatings: {
      environmental: r.benefitRatings.environmental,
      social: r.benefitRatings.social,
      economic: r.benefitRatings.economic,
    },
  };
}

function publicArea(area: Area, programme: Programme | undefined, indicators: PublicIndicator[]): PublicArea {
  return {
    id: area.id,
    name: area.name,
    description: area.description,
    geometry: structuredClone(area.geometry),
    programme: programme
      ? { vision: programme.vision, commonGoals: programme.commonGoals, governanceMode: programme.governanceMode, indicators }
      : null,
  };
}

