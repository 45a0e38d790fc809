// Test support for map tests (imported by *.test.ts(x) only, never by the app): a small workspace
// around a square "Lindängen" with one investment of each shape and kind, and reviews that put
// them in each status.
import { createExpression, featureFilter } from '@maplibre/maplibre-gl-style-spec';
import type { ExpressionSpecification, FilterSpecification } from 'maplibre-gl';
import { blankAspects, blankBenefitRatings, DEFAULT_GATES } from '../domain/gates';
import { investmentDefaults } from '../domain/investments';
import type { Decision, GateReview, Investment, InvestmentGeometry, PlatsenDocument, Rating } from '../domain/model';
import { emptyDocument } from '../domain/model';

const T = '2026-01-15T09:00:00.000Z';
/** A square of about 1.3 x 1.1 km in south Malmö. */
export const LINDANGEN: [number, number][] = [[12.99, 55.56], [13.01, 55.56], [13.01, 55.57], [12.99, 55.57], [12.99, 55.56]];

function inv(id: string, kind: Investment['kind'], geometry: InvestmentGeometry, changes: Partial<Investment> = {}): Investment {
  return {
    ...investmentDefaults(), id, createdAt: T, updatedAt: T, title: `Title ${id}`, kind, category: 'c',
    geometry, areaId: 'area_lindangen', ...changes,
  };
}

export function review(id: string, investmentId: string, gateIndex: number, decision: Decision, date: string, strategy: Rating = 'notAssessed'): GateReview {
  const gate = DEFAULT_GATES[gateIndex]!;
  const aspects = blankAspects();
  aspects.strategy = { rating: strategy, comment: '' };
  return {
    id, createdAt: T, updatedAt: T, investmentId, gateId: gate.id, gateCode: gate.code, date, aspects,
    benefitRatings: blankBenefitRatings(), decision, reason: 'r', decidedBy: 'group', nextReviewDate: null,
    correctsReviewId: null, public: false,
  };
}

export function fixtureDoc(): PlatsenDocument {
  const doc = emptyDocument();
  doc.workspace.ws = {
    id: 'ws', createdAt: T, updatedAt: T, name: 'Test', municipality: 'Malmö', isDemo: false,
    defaultView: { center: [13, 55.565], zoom: 13 }, settings: { gates: DEFAULT_GATES, categories: { physical: [], social: [] } },
  };
  doc.areas.area_lindangen = {
    id: 'area_lindangen', createdAt: T, updatedAt: T, name: 'Lindängen', description: '',
    geometry: { type: 'Polygon', coordinates: [LINDANGEN] }, source: { type: 'drawn' },
  };
  const list = [
    inv('inv_park', 'physical', { type: 'Point', coordinates: [13.0, 55.565] }),
    inv('inv_youth', 'social', { type: 'Polygon', coordinates: [LINDANGEN] }, { wholeArea: true, title: 'Youth programme' }),
    inv('inv_health', 'social', { type: 'Polygon', coordinates: [LINDANGEN] }, { wholeArea: true }),
    inv('inv_street', 'physical', { type: 'LineString', coordinates: [[12.995, 55.562], [13.005, 55.568]] }),
    inv('inv_square', 'social', { type: 'Polygon', coordinates: [[[13.0, 55.566], [13.002, 55.566], [13.002, 55.567], [13.0, 55.566]]] }),
    inv('inv_school', 'social', { type: 'Point', coordinates: [13.003, 55.561] }),
  ];
  for (const i of list) doc.investments[i.id] = i;
  for (const r of [
    review('rev_1', 'inv_park', 0, 'pass', '2026-02-01', 'strong'),
    review('rev_2', 'inv_park', 1, 'pass', '2026-03-01', 'weak'),
    review('rev_3', 'inv_street', 0, 'wait', '2026-02-01'),
    review('rev_4', 'inv_square', 0, 'stop', '2026-02-01'),
    ...DEFAULT_GATES.map((_, g) => review(`rev_s${g}`, 'inv_school', g, 'pass', `2026-0${g + 1}-10`)),
  ]) doc.reviews[r.id] = r;
  return doc;
}

/** Whether MapLibre would draw a feature with these properties under a layer filter (its own evaluator). */
export function passesFilter(filter: FilterSpecification, properties: object, type: 1 | 2 | 3 = 1, zoom = 14): boolean {
  return featureFilter(filter, 'layers[0].filter').filter({ zoom }, { type, properties: properties as Record<string, unknown> });
}

/** What a style expression gives for a feature with these properties (MapLibre's own evaluator). */
export function evaluate(expression: ExpressionSpecification, properties: object, zoom = 14): unknown {
  const parsed = createExpression(expression, 'layers[0].layout.icon-image');
  if (parsed.result === 'error') throw new Error(parsed.value.map((e) => e.message).join('; '));
  const value = parsed.value.evaluate({ zoom }, { type: 'Point', properties } as never);
  // Image names come back as MapLibre's ResolvedImage.
  return typeof value === 'object' && value !== null && 'name' in value ? (value as { name: string }).name : value;
}
