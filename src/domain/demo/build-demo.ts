// Assembles the "Malmö (demo)" workspace from the tables in this folder and Malmö stad's real
// delområden, passed in so the domain stays free of I/O. Pure and deterministic: ids come from
// slugs and timestamps from `opts.now` or the review dates, so every build of the same input is
// identical (tests and the published public snapshot rely on that).
import { bbox } from '@turf/turf';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import { DEFAULT_GATES } from '../gates';
import type {
  AreaGeometry, Aspect, AspectAssessment, BenefitDimension, GateReview, Investment, PlatsenDocument, Rating,
  Timestamp,
} from '../model';
import { ASPECTS, BENEFIT_DIMENSIONS, emptyDocument } from '../model';
import { DEMO_AREAS } from './demo-areas';
import { DEMO_INDICATORS, DEMO_REALISATIONS } from './demo-follow-up';
import { fitZoom, placeInArea } from './demo-geometry';
import { DEMO_INVESTMENTS, type DemoInvestment } from './demo-investments';
import { DEMO_DEPARTMENTS, DEMO_GOALS } from './demo-organisation';
import { buildDemoNotes, buildDemoTour } from './demo-workshop';
import { DEFAULT_RATINGS, DEMO_REVIEWS, NEXT_GATE_MEETING, type DemoStep } from './demo-reviews';

export const DEMO_WORKSPACE_ID = 'ws_malmo_demo';
/** Every demo investment description starts with this sentence. */
export const DEMO_DESCRIPTION_LEAD = 'Fiktivt exempel.';

const PHYSICAL_CATEGORIES = ['street', 'park', 'school', 'housing', 'lighting', 'culture-venue', 'sports', 'meeting-place'];
const SOCIAL_CATEGORIES = ['youth', 'health', 'employment', 'safety', 'education', 'culture', 'integration', 'elderly'];

const areaId = (slug: string) => `area_${slug}`;
const deptId = (slug: string) => `dept_${slug}`;
const goalId = (slug: string) => `goal_${slug}`;
const invId = (slug: string) => `inv_${slug}`;

function adoptedGeometry(delomraden: FeatureCollection, code: string): AreaGeometry {
  const found = delomraden.features.find((f: Feature<Geometry | null>) => f.properties?.['delomrade'] === code);
  const g = found?.geometry;
  if (!g || (g.type !== 'Polygon' && g.type !== 'MultiPolygon')) {
    throw new Error(`Delområde ${code} is missing from the input or is not a polygon`);
  }
  return structuredClone(g);
}

const LETTERS: Readonly<Record<string, Rating>> = {
  s: 'strong', p: 'positive', n: 'neutral', w: 'weak', x: 'negative', '-': 'notAssessed',
};

function parseRatings(code: string): { ratings: Rating[]; benefits: Rating[] } {
  const [a = '', b = ''] = code.split('/');
  const rate = (ch: string): Rating => {
    const r = LETTERS[ch];
    if (!r) throw new Error(`Unknown rating letter "${ch}" in ${code}`);
    return r;
  };
  if (a.length !== ASPECTS.length || b.length !== BENEFIT_DIMENSIONS.length) throw new Error(`Malformed ratings ${code}`);
  return { ratings: [...a].map(rate), benefits: [...b].map(rate) };
}

function nextReviewDate(steps: readonly DemoStep[], i: number): string | null {
  const step = steps[i]!;
  if (step.next !== undefined) return step.next;
  const later = steps.slice(i + 1).find((s) => s.corrects === undefined);
  if (later) return later.date;
  const closed = step.decision === 'stop' || (step.decision === 'pass' && step.gate >= DEFAULT_GATES.length - 1);
  return closed ? null : NEXT_GATE_MEETING;
}

function buildReviews(slug: string, steps: readonly DemoStep[], decidedBy: string, isPublic: boolean): GateReview[] {
  return steps.map((step, i) => {
    const gate = DEFAULT_GATES[step.gate];
    if (!gate) throw new Error(`Unknown gate ${step.gate} in the history of ${slug}`);
    const { ratings, benefits } = parseRatings(step.ratings ?? DEFAULT_RATINGS);
    const aspects = Object.fromEntries(ASPECTS.map((a, k) => [a, { rating: ratings[k]!, comment: step.comments?.[a] ?? '' }]));
    const stamp: Timestamp = `${step.recordedOn ?? step.date}T14:00:00.000Z`;
    return {
      id: `rev_${slug}_${String(i + 1).padStart(2, '0')}`,
      createdAt: stamp,
      updatedAt: stamp,
      investmentId: invId(slug),
      gateId: gate.id,
      gateCode: gate.code,
      date: step.date,
      aspects: aspects as Record<Aspect, AspectAssessment>,
      benefitRatings: Object.fromEntries(BENEFIT_DIMENSIONS.map((d, k) => [d, benefits[k]!])) as Record<BenefitDimension, Rating>,
      decision: step.decision,
      reason: step.reason ?? '',
      decidedBy: step.decidedBy ?? decidedBy,
      nextReviewDate: nextReviewDate(steps, i),
      correctsReviewId: step.corrects === undefined ? null : `rev_${slug}_${String(step.corrects + 1).padStart(2, '0')}`,
      public: isPublic && !step.internal,
    };
  });
}

function buildInvestment(row: DemoInvestment, areaGeometry: AreaGeometry, now: Timestamp): Investment {
  return {
    id: invId(row.slug),
    createdAt: now,
    updatedAt: now,
    title: row.title,
    kind: row.kind,
    category: row.category,
    geometry: row.place === 'wholeArea' ? structuredClone(areaGeometry) : placeInArea(areaGeometry, row.place),
    wholeArea: row.place === 'wholeArea',
    areaId: areaId(row.area),
    areaOverride: false,
    description: `${DEMO_DESCRIPTION_LEAD} ${row.description}`,
    departmentId: deptId(row.dept),
    partners: [...row.partners],
    budget: { investment: row.budget[0], operatingPerYear: row.budget[1], externalFunding: row.budget[2] },
    startDate: row.dates[0],
    endDate: row.dates[1],
    expectedBenefits: { environmental: row.benefits[0], social: row.benefits[1], economic: row.benefits[2] },
    sdgs: [...row.sdgs],
    overallGoalIds: row.goals.map(goalId),
    visibility: row.internal ? 'internal' : 'public',
    internalNotes: row.notes ?? '',
    invented: true,
  };
}

/**
 * A demo workspace stored before investments carried `invented`: its own investments (the ids and
 * description lead the builder gives them) are marked on reading, so they keep their label; what
 * the planner added is left alone. Returns the same document when there is nothing to mark.
 */
export function withInventedDemoRecords(doc: PlatsenDocument): PlatsenDocument {
  const ws = Object.values(doc.workspace)[0];
  const investments = Object.values(doc.investments);
  if (!ws?.isDemo || investments.some((i) => i.invented !== undefined)) return doc;
  const demoIds = new Set(DEMO_INVESTMENTS.map((row) => invId(row.slug)));
  const marked = investments.filter((i) => demoIds.has(i.id) && i.description.startsWith(DEMO_DESCRIPTION_LEAD));
  if (marked.length === 0) return doc;
  return { ...doc, investments: { ...doc.investments, ...Object.fromEntries(marked.map((i) => [i.id, { ...i, invented: true }])) } };
}

/**
 * The demo workspace over the given delområden layer (Malmö stad's, with `delomrade` names).
 * Non-review records are stamped `opts.now`; review histories run until 2026-10-22, so `now`
 * should be later than that. Throws if a demo area is missing from the layer.
 */
export function buildDemoDocument(delomraden: FeatureCollection, opts: { now: string }): PlatsenDocument {
  const { now } = opts;
  const doc = emptyDocument();
  const stamp = { createdAt: now, updatedAt: now };

  for (const d of DEMO_DEPARTMENTS) doc.departments[deptId(d.slug)] = { id: deptId(d.slug), ...stamp, name: d.name, short: d.short };
  for (const g of DEMO_GOALS) doc.goals[goalId(g.slug)] = { id: goalId(g.slug), ...stamp, title: g.title, description: g.description };

  const geometries = new Map<string, AreaGeometry>();
  const areaNames = new Map<string, string>();
  for (const a of DEMO_AREAS) {
    const geometry = adoptedGeometry(delomraden, a.code);
    geometries.set(a.slug, geometry);
    areaNames.set(a.slug, a.name);
    doc.areas[areaId(a.slug)] = {
      id: areaId(a.slug), ...stamp, name: a.name, description: a.description, geometry,
      source: { type: 'adopted', layer: 'malmo-delomraden', codes: [a.code] },
    };
    const p = a.programme;
    doc.programmes[`prog_${a.slug}`] = {
      id: `prog_${a.slug}`, ...stamp, areaId: areaId(a.slug), vision: p.vision, commonGoals: p.commonGoals,
      coordinationFunction: p.coordinationFunction, programmeGroup: p.group.map(deptId), governanceMode: p.mode,
      values: { ...p.values },
    };
  }

  const rows = new Map(DEMO_INVESTMENTS.map((row) => [row.slug, row]));
  for (const row of DEMO_INVESTMENTS) doc.investments[invId(row.slug)] = buildInvestment(row, geometries.get(row.area)!, now);
  for (const [slug, steps] of Object.entries(DEMO_REVIEWS)) {
    const row = rows.get(slug);
    if (!row) throw new Error(`Review history for unknown demo investment ${slug}`);
    const decidedBy = `Programgrupp ${areaNames.get(row.area)}`;
    for (const r of buildReviews(slug, steps, decidedBy, !row.internal)) doc.reviews[r.id] = r;
  }

  DEMO_INDICATORS.forEach((d, i) => {
    const id = `ind_${d.area}_${String(i + 1).padStart(2, '0')}`;
    doc.indicators[id] = {
      id, ...stamp, programmeId: `prog_${d.area}`, name: d.name, unit: d.unit, statistic: null, source: d.source,
      baseline: { value: d.baseline[0], year: d.baseline[1] }, target: { value: d.target[0], year: d.target[1] },
      measurements: d.measurements.map(([value, date]) => ({ value, date })), benefitDimension: d.dimension, sdgs: [...d.sdgs],
      public: !d.internal,
    };
  });
  for (const d of DEMO_REALISATIONS) {
    if (!rows.has(d.investment)) throw new Error(`Follow-up of unknown demo investment ${d.investment}`);
    const id = `real_${d.investment}_${d.date}`;
    doc.realisations[id] = {
      id, ...stamp, investmentId: invId(d.investment), date: d.date, public: true,
      realised: { environmental: d.realised[0], social: d.realised[1], economic: d.realised[2] },
      degree: { environmental: d.degree[0], social: d.degree[1], economic: d.degree[2] },
    };
  }

  const lindangen = geometries.get('lindangen')!;
  for (const note of buildDemoNotes(areaId('lindangen'), lindangen)) doc.notes[note.id] = note;
  const tour = buildDemoTour(areaId('lindangen'), lindangen, now);
  doc.tours[tour.id] = tour;

  const extent = bbox({ type: 'GeometryCollection', geometries: [...geometries.values()] });
  doc.workspace[DEMO_WORKSPACE_ID] = {
    id: DEMO_WORKSPACE_ID, ...stamp, name: 'Malmö (demo)', municipality: 'Malmö', isDemo: true,
    // Fits the demo areas into the map pane beside the panel and legend (about 600 × 420 px free).
    defaultView: { center: [(extent[0] + extent[2]) / 2, (extent[1] + extent[3]) / 2], zoom: fitZoom(extent, 600, 420) },
    settings: {
      gates: structuredClone(DEFAULT_GATES),
      categories: { physical: [...PHYSICAL_CATEGORIES], social: [...SOCIAL_CATEGORIES] },
    },
  };
  return doc;
}
