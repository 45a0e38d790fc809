import { describe, expect, it } from 'vitest';
import { EMPTY_FILTER, filterInvestments, foldText, isFilterActive, type InvestmentFilter } from './filter';
import { DEFAULT_GATES } from './gates';
import { derivePhases } from './phase';
import { rect, testArea, testDepartment, testDoc, testInvestment, testReview } from './test-kit';

const doc = testDoc({
  areas: [testArea('A', 'Rosengård', rect(13.03, 55.58, 13.05, 55.6)), testArea('B', 'Lindängen', rect(13.0, 55.55, 13.02, 55.57))],
  departments: [testDepartment('fri', 'Fritidsförvaltningen'), testDepartment('sbk', 'Stadsbyggnadskontoret')],
  investments: [
    testInvestment('park', { title: 'Ny stadsdelspark', kind: 'physical', category: 'Park', departmentId: 'sbk', areaId: 'A',
      sdgs: [11, 15], description: 'Gröna ytor och lekplats' }),
    testInvestment('youth', { title: 'Fritidsgård kvällstid', kind: 'social', category: 'Trygghet', departmentId: 'fri', areaId: 'B',
      sdgs: [3, 16], partners: ['Föreningen Nattvandrarna'] }),
    testInvestment('light', { title: 'Belysning gångstråk', kind: 'physical', category: 'Trygghet', departmentId: null, areaId: null, sdgs: [11] }),
  ],
  reviews: [
    testReview('r1', { investmentId: 'park', gateId: 'gate-g0', decision: 'pass', reason: 'ok' }),
    testReview('r2', { investmentId: 'youth', gateId: 'gate-g0', decision: 'wait' }),
  ],
});
const phases = derivePhases(Object.keys(doc.investments), Object.values(doc.reviews), DEFAULT_GATES);

function ids(f: Partial<InvestmentFilter>): string[] {
  return filterInvestments(doc, phases, { ...EMPTY_FILTER, ...f }).map((i) => i.id).sort();
}

describe('the investment filter', () => {
  it('shows everything when empty, and says whether it is active', () => {
    expect(ids({})).toEqual(['light', 'park', 'youth']);
    expect(isFilterActive(EMPTY_FILTER)).toBe(false);
    expect(isFilterActive({ ...EMPTY_FILTER, text: '  ' })).toBe(false);
    expect(isFilterActive({ ...EMPTY_FILTER, text: 'park' })).toBe(true);
    expect(isFilterActive({ ...EMPTY_FILTER, sdgs: [3] })).toBe(true);
  });

  it('filters by kind and category', () => {
    expect(ids({ kinds: ['social'] })).toEqual(['youth']);
    expect(ids({ categories: ['Trygghet'] })).toEqual(['light', 'youth']);
    expect(ids({ kinds: ['physical'], categories: ['Trygghet'] })).toEqual(['light']);
  });

  it('filters by department; an investment without one never matches a department', () => {
    expect(ids({ departmentIds: ['sbk', 'fri'] })).toEqual(['park', 'youth']);
  });

  it('filters by phase and by latest decision, "none" for investments never reviewed', () => {
    expect(ids({ gateIndexes: [1] })).toEqual(['park']);
    expect(ids({ gateIndexes: [0] })).toEqual(['light', 'youth']);
    expect(ids({ decisions: ['wait'] })).toEqual(['youth']);
    expect(ids({ decisions: ['none', 'pass'] })).toEqual(['light', 'park']);
    expect(ids({ decisions: ['stop'] })).toEqual([]);
  });

  it('filters by Agenda 2030 goals, any of the chosen ones', () => {
    expect(ids({ sdgs: [11] })).toEqual(['light', 'park']);
    expect(ids({ sdgs: [15, 16] })).toEqual(['park', 'youth']);
  });

  it('filters by area, "none" for investments outside every area', () => {
    expect(ids({ areaIds: ['A'] })).toEqual(['park']);
    expect(ids({ areaIds: ['none', 'B'] })).toEqual(['light', 'youth']);
  });

  it('searches text without regard to case or Swedish letters', () => {
    expect(ids({ text: 'rosengard' })).toEqual(['park']); // the area's name
    expect(ids({ text: 'LINDANGEN' })).toEqual(['youth']);
    expect(ids({ text: 'gron' })).toEqual(['park']); // the description
    expect(ids({ text: 'nattvandrarna' })).toEqual(['youth']); // a partner
    expect(ids({ text: 'fritidsforvaltningen' })).toEqual(['youth']); // the department
    expect(ids({ text: 'trygghet' })).toEqual(['light', 'youth']); // the category
    expect(foldText('Rosengård Ängen ÖSTRA')).toBe('rosengard angen ostra');
  });

  it('needs every word of the search, in any order', () => {
    expect(ids({ text: '  kvällstid   fritidsgård ' })).toEqual(['youth']);
    expect(ids({ text: 'park kvällstid' })).toEqual([]);
  });

  it('combines criteria: all must hold', () => {
    expect(ids({ categories: ['Trygghet'], areaIds: ['B'], text: 'fritid' })).toEqual(['youth']);
    expect(ids({ categories: ['Trygghet'], areaIds: ['A'] })).toEqual([]);
  });
});
