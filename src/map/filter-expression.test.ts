// The layer filter on feature properties must let through exactly what the list shows: the same
// filter decides both (domain/filter.ts), and MapLibre's own evaluator judges the expression here.
import { describe, expect, it } from 'vitest';
import { EMPTY_FILTER, filterInvestments, type InvestmentFilter } from '../domain/filter';
import { DEFAULT_GATES } from '../domain/gates';
import type { Decision, GateReview, Investment } from '../domain/model';
import { derivePhases } from '../domain/phase';
import { rect, testArea, testDepartment, testDoc, testInvestment, testReview, testWorkspace } from '../domain/test-kit';
import { createSourceDeriver } from './derive-sources';
import { investmentFilterExpression } from './layers';
import { passesFilter } from './testing';

const KINDS = ['physical', 'social'] as const;
const CATEGORIES = ['Park', 'Trygghet', 'Kultur'];
const DEPARTMENTS = ['fri', 'sbk', null];
const AREAS = ['A', 'B', null];
const DECISIONS: Array<Decision | null> = ['pass', 'wait', 'stop', null];

/** Lines (drawn from the shapes source, which the layer filter hides) with every mix of fields. */
function varied(): { investments: Investment[]; reviews: GateReview[] } {
  const investments: Investment[] = [];
  const reviews: GateReview[] = [];
  for (let i = 0; i < 72; i++) {
    const id = `inv_${String(i).padStart(2, '0')}`;
    investments.push(testInvestment(id, {
      title: i % 5 === 0 ? `Rosengård stråk ${i}` : `Gata ${i}`,
      kind: KINDS[i % 2]!, category: CATEGORIES[i % 3]!, departmentId: DEPARTMENTS[i % 3 === 0 ? 2 : i % 2],
      areaId: AREAS[Math.floor(i / 3) % 3]!, sdgs: i % 4 === 0 ? [] : i % 4 === 1 ? [11] : [3, 11 + (i % 3)],
      geometry: { type: 'LineString', coordinates: [[13 + i / 1000, 55.6], [13.001 + i / 1000, 55.601]] },
    }));
    const decision = DECISIONS[Math.floor(i / 4) % 4];
    const gate = Math.floor(i / 16) % 3;
    if (decision) {
      reviews.push(testReview(`rev_${id}`, {
        investmentId: id, gateId: DEFAULT_GATES[gate]!.id, gateCode: DEFAULT_GATES[gate]!.code, decision,
      }));
    }
  }
  return { investments, reviews };
}

const { investments, reviews } = varied();
const doc = testDoc({
  workspace: testWorkspace(),
  areas: [testArea('A', 'Rosengård', rect(13.03, 55.58, 13.05, 55.6)), testArea('B', 'Lindängen', rect(13.0, 55.55, 13.02, 55.57))],
  departments: [testDepartment('fri', 'Fritidsförvaltningen'), testDepartment('sbk', 'Stadsbyggnadskontoret')],
  investments, reviews,
});
const phases = derivePhases(Object.keys(doc.investments), Object.values(doc.reviews), DEFAULT_GATES);
const shapes = createSourceDeriver()({ doc, phases, gates: DEFAULT_GATES, visible: null }).investmentShapes.features;

function compare(changes: Partial<InvestmentFilter>) {
  const filter = { ...EMPTY_FILTER, ...changes };
  const listed = filterInvestments(doc, phases, filter).map((inv) => inv.id).sort();
  const expression = investmentFilterExpression(filter, filter.text.trim() ? listed : null);
  const drawn = shapes.filter((f) => passesFilter(expression, f.properties, 2)).map((f) => f.properties.id).sort();
  return { listed, drawn };
}

describe('the investment filter as a layer filter', () => {
  it('covers every investment of the sample, and the sample every kind of value', () => {
    expect(shapes).toHaveLength(investments.length);
    expect(new Set(shapes.map((f) => f.properties.decision))).toEqual(new Set(['pass', 'wait', 'stop', 'none']));
  });

  it.each<[string, Partial<InvestmentFilter>]>([
    ['nothing', {}],
    ['a kind', { kinds: ['social'] }],
    ['categories', { categories: ['Park', 'Kultur'] }],
    ['a department (never one without)', { departmentIds: ['fri'] }],
    ['phases', { gateIndexes: [0, 2] }],
    ['decisions, none included', { decisions: ['wait', 'none'] }],
    ['goals (any of them)', { sdgs: [3, 13] }],
    ['a goal that also is a prefix of others', { sdgs: [1] }],
    ['areas, none included', { areaIds: ['B', 'none'] }],
    ['free text', { text: 'rosengard' }],
    ['everything at once', { kinds: ['physical'], categories: ['Park', 'Trygghet'], departmentIds: ['sbk', 'fri'], gateIndexes: [1, 0], decisions: ['pass', 'none'], sdgs: [11, 12], areaIds: ['A', 'none'], text: 'gata' }],
    ['a filter nothing passes', { kinds: ['social'], categories: ['Park'], sdgs: [17] }],
  ])('lets through what the list shows: %s', (_name, changes) => {
    const { listed, drawn } = compare(changes);
    expect(drawn).toEqual(listed);
  });

  it('is a short expression without ids unless there is free text', () => {
    const expression = investmentFilterExpression({ ...EMPTY_FILTER, kinds: ['social'], sdgs: [3] });
    expect(JSON.stringify(expression)).not.toContain('inv_');
    expect(investmentFilterExpression(EMPTY_FILTER)).toBe(true);
  });
});
