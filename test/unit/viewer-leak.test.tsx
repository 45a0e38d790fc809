// @vitest-environment jsdom
// Nothing internal may reach what a resident sees. A workspace with a unique SECRET marker in every
// internal field is published, and the viewer renders the snapshot: the list, every investment page
// and every area page. No marker may appear in the page's text or in any attribute, while the
// public content next to it must (test/unit/publish-leak.test.ts checks the snapshot file itself).
import { act, cleanup, render } from '@testing-library/react';
import { afterAll, describe, expect, it } from 'vitest';
import { ASPECTS, type Aspect, type AspectAssessment, type BenefitRealisation, type Indicator } from '../../src/domain/model';
import { publishSnapshot } from '../../src/domain/publish/snapshot';
import { rect, testArea, testDepartment, testDoc, testInvestment, testReview } from '../../src/domain/test-kit';
import type { CreateViewerMap } from '../../src/viewer/viewer-map';
import { ViewerApp } from '../../src/viewer/ViewerApp';
import { DEFAULT_DEPLOY_CONFIG } from '../../src/map/basemap/config';

const NOW = '2026-11-27T09:00:00.000Z';
let n = 0;
const secret = (what: string) => `SECRET${String(n++).padStart(3, '0')}-${what}`;
const PUBLIC = [
  'PUBLIC-title', 'PUBLIC-description', 'PUBLIC-vision', 'PUBLIC-department', 'PUBLIC-goal', 'PUBLIC-comment', 'PUBLIC-reason',
  'PUBLIC-decidedBy', 'PUBLIC-area', 'PUBLIC-indicator', 'PUBLIC-unit', 'PUBLIC-source', 'PUBLIC-realised',
];

/** An indicator that must not be shown, with a marker in every text field. */
const hiddenIndicator = (what: string, programmeId: string, isPublic: boolean): Indicator => ({
  id: secret(`${what}-id`), createdAt: NOW, updatedAt: NOW, programmeId, name: secret(`${what}-name`),
  unit: secret(`${what}-unit`), statistic: secret(`${what}-statistic`), source: secret(`${what}-source`),
  baseline: { value: 1, year: 2020 }, target: { value: 2, year: 2030 }, measurements: [{ value: 1.5, date: '2025-01-01' }],
  benefitDimension: 'social', sdgs: [1], public: isPublic,
});
const realisation = (id: string, changes: Partial<BenefitRealisation>): BenefitRealisation => ({
  id, createdAt: NOW, updatedAt: NOW, investmentId: 'inv_pub', date: '2026-10-01', public: false,
  realised: { environmental: '', social: '', economic: '' }, degree: { environmental: 10, social: 20, economic: null }, ...changes,
});
const realisedSecrets = (what: string) => ({ environmental: secret(`${what}-env`), social: secret(`${what}-soc`), economic: secret(`${what}-eco`) });

const aspects = (text: (a: Aspect) => string) =>
  Object.fromEntries(ASPECTS.map((a) => [a, { rating: 'weak', comment: text(a) }])) as Record<Aspect, AspectAssessment>;

function seeded() {
  const internalId = secret('internal-id');
  const doc = testDoc({
    areas: [testArea('area_a', 'PUBLIC-area', rect(13, 55.6, 13.01, 55.61))],
    departments: [{ ...testDepartment('dept_pub', 'PUBLIC-department'), short: secret('department-short') }],
    investments: [
      testInvestment('inv_pub', {
        visibility: 'public', areaId: 'area_a', title: 'PUBLIC-title', description: 'PUBLIC-description', departmentId: 'dept_pub',
        overallGoalIds: ['goal_pub'], internalNotes: secret('internal-notes'),
      }),
      testInvestment(internalId, {
        visibility: 'internal', areaId: 'area_a', title: secret('internal-title'), description: secret('internal-description'),
        category: secret('internal-category'), partners: [secret('internal-partner')], internalNotes: secret('internal-notes-2'),
        expectedBenefits: { environmental: secret('env'), social: secret('soc'), economic: secret('eco') },
      }),
    ],
    reviews: [
      testReview('rev_public', {
        investmentId: 'inv_pub', decision: 'pass', public: true, reason: 'PUBLIC-reason', decidedBy: 'PUBLIC-decidedBy',
        aspects: aspects(() => 'PUBLIC-comment'),
      }),
      testReview('rev_internal', {
        investmentId: 'inv_pub', gateId: 'gate-g1', gateCode: 'G1', date: '2026-05-01', decision: 'wait', public: false,
        reason: secret('review-reason'), decidedBy: secret('review-by'), aspects: aspects((a) => secret(`comment-${a}`)),
      }),
      testReview('rev_of_internal', {
        investmentId: internalId, decision: 'pass', public: true, reason: secret('internal-inv-reason'),
        decidedBy: secret('internal-inv-by'), aspects: aspects((a) => secret(`internal-inv-${a}`)),
      }),
    ],
  });
  doc.programmes.prog_a = {
    id: 'prog_a', createdAt: NOW, updatedAt: NOW, areaId: 'area_a', vision: 'PUBLIC-vision', commonGoals: '',
    coordinationFunction: secret('coordination'), programmeGroup: [secret('group-member')], governanceMode: 'partial',
    values: { goals: 1, budget: 2, management: 3, culture: 4, trust: 5, leadership: null },
  };
  doc.goals.goal_pub = { id: 'goal_pub', createdAt: NOW, updatedAt: NOW, title: 'PUBLIC-goal', description: secret('goal-description') };
  doc.programmes.prog_gone = { ...structuredClone(doc.programmes.prog_a), id: 'prog_gone', areaId: 'area_gone' };
  for (const ind of [
    hiddenIndicator('internal-indicator', 'prog_a', false),
    hiddenIndicator('indicator-of-gone-area', 'prog_gone', true),
    {
      id: 'ind_public', createdAt: NOW, updatedAt: NOW, programmeId: 'prog_a', name: 'PUBLIC-indicator', unit: 'PUBLIC-unit',
      statistic: secret('public-indicator-statistic'), source: 'PUBLIC-source', baseline: { value: 41.5, year: 2024 }, target: null,
      measurements: [{ value: 47.5, date: '2026-06-30' }], benefitDimension: 'social' as const, sdgs: [11], public: true,
    },
  ]) doc.indicators[ind.id] = ind;
  for (const r of [
    realisation('real_internal', { date: '2026-11-01', realised: realisedSecrets('internal-realisation') }),
    realisation('real_earlier', { date: '2026-01-01', public: true, realised: realisedSecrets('earlier-realisation') }),
    realisation('real_of_internal', { investmentId: internalId, public: true, realised: realisedSecrets('realisation-of-internal') }),
    realisation('real_public', { public: true, realised: { environmental: '', social: 'PUBLIC-realised', economic: '' } }),
  ]) doc.realisations[r.id] = r;
  doc.notes.note_1 = {
    id: 'note_1', createdAt: NOW, updatedAt: NOW, category: 'obstacle-courage', text: secret('workshop-note'),
    position: [13.005, 55.605], areaId: 'area_a', matrix: null, public: false,
  };
  doc.tours.tour_1 = { id: 'tour_1', createdAt: NOW, updatedAt: NOW, title: secret('tour-title'), scenes: [] };
  return doc;
}

const createMap: CreateViewerMap = (options) => ({
  setVisible: () => undefined, setSelection: () => undefined, showPlace: () => undefined, focus: () => undefined, resize: () => undefined,
  view: () => options.view, destroy: () => undefined,
});

/** Everything a reader or a tool can get from the page: its text and every attribute value. */
function visible(): string {
  const attributes = [...document.body.querySelectorAll('*')].flatMap((el) => [...el.attributes].map((a) => a.value));
  return `${document.body.textContent}\n${attributes.join('\n')}`;
}

describe('the viewer shows nothing internal', () => {
  const doc = seeded();
  const { snapshot } = publishSnapshot(doc, { now: NOW });
  afterAll(cleanup);

  it('in the list, on every investment page and on every area page', () => {
    const source = JSON.stringify(doc);
    expect(n).toBeGreaterThan(20);
    for (let i = 0; i < n; i++) expect(source).toContain(`SECRET${String(i).padStart(3, '0')}`);

    window.history.replaceState(null, '', '/public.html');
    render(<ViewerApp snapshot={snapshot} lang="sv" onLang={() => undefined} embed={false} config={DEFAULT_DEPLOY_CONFIG} baseUrl="http://localhost/" style={{ version: 8, sources: {}, layers: [] }} createMap={createMap} />);
    const seen = [visible()];
    for (const hash of [...snapshot.investments.map((i) => `#investment=${i.id}`), ...snapshot.areas.map((a) => `#area=${a.id}`)]) {
      act(() => {
        window.history.pushState(null, '', hash);
        window.dispatchEvent(new HashChangeEvent('hashchange'));
      });
      seen.push(visible());
    }
    const all = seen.join('\n');
    expect(all.match(/SECRET\d{3}-[\w-]+/g) ?? []).toEqual([]);
    for (const text of PUBLIC) expect(all).toContain(text);
  });
});
