// Nothing internal may reach the public snapshot. Every internal field of a seeded workspace holds
// a unique marker; after publishing, no marker may appear anywhere in the snapshot's JSON, while
// the public content next to it must. (A browser test checks the viewer's DOM the same way.)
import { describe, expect, it } from 'vitest';
import {
  ASPECTS, type AspectAssessment, type Aspect, type BenefitRealisation, type Indicator, type PlatsenDocument,
} from '../../src/domain/model';
import { publishSnapshot } from '../../src/domain/publish/snapshot';
import { rect, testArea, testDepartment, testDoc, testInvestment, testReview } from '../../src/domain/test-kit';

const NOW = '2026-11-27T09:00:00.000Z';
const secrets: string[] = [];
/** A unique string that must never be published; zero-padded so no marker contains another. */
function secret(what: string): string {
  const marker = `SECRET-${String(secrets.length).padStart(3, '0')}-${what}`;
  secrets.push(marker);
  return marker;
}
const PUBLIC = {
  title: 'PUBLIC-title', description: 'PUBLIC-description', vision: 'PUBLIC-vision', department: 'PUBLIC-department',
  goal: 'PUBLIC-goal', comment: 'PUBLIC-comment', reason: 'PUBLIC-reason', decidedBy: 'PUBLIC-decidedBy',
  indicator: 'PUBLIC-indicator', unit: 'PUBLIC-unit', source: 'PUBLIC-source', realised: 'PUBLIC-realised',
  measured: '2026-06-30', followedUp: '2026-10-15',
};
/** Numbers and dates only internal records hold (numbers cannot carry a text marker). */
const SECRET_VALUES = ['2031-', '2024-12-24', '987654.3', '876543.2', '765432.1', '93.21', '92.31'];

const indicator = (id: string, changes: Partial<Indicator>): Indicator => ({
  id, createdAt: NOW, updatedAt: NOW, programmeId: 'prog_a', name: '', unit: '', statistic: null, source: '', baseline: null,
  target: null, measurements: [], benefitDimension: null, sdgs: [], public: false, ...changes,
});
const realisation = (id: string, changes: Partial<BenefitRealisation>): BenefitRealisation => ({
  id, createdAt: NOW, updatedAt: NOW, investmentId: 'inv_pub', date: '2026-10-01', public: false,
  realised: { environmental: '', social: '', economic: '' }, degree: { environmental: null, social: null, economic: null }, ...changes,
});
const realisedSecrets = (what: string) => ({ environmental: secret(`${what}-env`), social: secret(`${what}-soc`), economic: secret(`${what}-eco`) });

function aspects(text: (a: Aspect) => string): Record<Aspect, AspectAssessment> {
  return Object.fromEntries(ASPECTS.map((a) => [a, { rating: 'weak', comment: text(a) }])) as Record<Aspect, AspectAssessment>;
}

function seeded(): PlatsenDocument {
  const internalId = secret('internal-investment-id');
  const doc = testDoc({
    areas: [testArea('area_a', 'Lindängen', rect(13, 55.6, 13.01, 55.61))],
    departments: [
      { ...testDepartment('dept_pub', PUBLIC.department), short: secret('department-short') },
      testDepartment(secret('internal-only-department-id'), secret('internal-only-department-name')),
    ],
    investments: [
      testInvestment('inv_pub', {
        visibility: 'public', areaId: 'area_a', title: PUBLIC.title, description: PUBLIC.description,
        departmentId: 'dept_pub', overallGoalIds: ['goal_pub'], internalNotes: secret('internal-notes'),
      }),
      testInvestment(internalId, {
        visibility: 'internal', areaId: 'area_a', title: secret('internal-title'), description: secret('internal-description'),
        category: secret('internal-category'), partners: [secret('internal-partner')], internalNotes: secret('internal-notes-2'),
        expectedBenefits: { environmental: secret('benefit-env'), social: secret('benefit-soc'), economic: secret('benefit-eco') },
        overallGoalIds: ['goal_internal_only'], startDate: '2031-01-01',
      }),
    ],
    reviews: [
      testReview('rev_public', {
        investmentId: 'inv_pub', decision: 'pass', public: true, reason: PUBLIC.reason, decidedBy: PUBLIC.decidedBy,
        aspects: aspects(() => PUBLIC.comment),
      }),
      testReview('rev_internal', {
        investmentId: 'inv_pub', gateId: 'gate-g1', gateCode: 'G1', date: '2026-05-01', decision: 'wait', public: false,
        reason: secret('review-reason'), decidedBy: secret('review-decided-by'), aspects: aspects((a) => secret(`review-comment-${a}`)),
        nextReviewDate: '2031-02-02',
      }),
      testReview('rev_of_internal_investment', {
        investmentId: internalId, decision: 'pass', public: true, reason: secret('internal-inv-review-reason'),
        decidedBy: secret('internal-inv-review-decided-by'), aspects: aspects((a) => secret(`internal-inv-comment-${a}`)),
      }),
    ],
  });
  doc.programmes.prog_a = {
    id: 'prog_a', createdAt: NOW, updatedAt: NOW, areaId: 'area_a', vision: PUBLIC.vision, commonGoals: 'Gemensamma mål',
    coordinationFunction: secret('coordination'), programmeGroup: [secret('programme-group-member')], governanceMode: 'partial',
    values: { goals: 1, budget: 2, management: 3, culture: 4, trust: 5, leadership: null },
  };
  doc.goals.goal_pub = { id: 'goal_pub', createdAt: NOW, updatedAt: NOW, title: PUBLIC.goal, description: secret('goal-description') };
  doc.goals.goal_internal_only = {
    id: 'goal_internal_only', createdAt: NOW, updatedAt: NOW, title: secret('internal-goal-title'), description: secret('goal-description-2'),
  };
  const hiddenIndicator = (what: string, programmeId: string) => indicator(secret(`${what}-id`), {
    programmeId, name: secret(`${what}-name`), unit: secret(`${what}-unit`), source: secret(`${what}-source`),
    statistic: secret(`${what}-statistic`), baseline: { value: 987654.3, year: 2031 }, target: { value: 876543.2, year: 2032 },
    measurements: [{ value: 765432.1, date: '2031-05-05' }], benefitDimension: 'economic', sdgs: [17],
  });
  for (const ind of [
    hiddenIndicator('internal-indicator', 'prog_a'),
    { ...hiddenIndicator('indicator-of-gone-programme', 'prog_gone'), public: true },
    indicator('ind_public', {
      name: PUBLIC.indicator, unit: PUBLIC.unit, source: PUBLIC.source, statistic: secret('public-indicator-statistic'), public: true,
      baseline: { value: 41.5, year: 2024 }, target: { value: 60, year: 2030 }, measurements: [{ value: 47.5, date: PUBLIC.measured }],
    }),
  ]) doc.indicators[ind.id] = ind;
  doc.programmes.prog_gone = { ...structuredClone(doc.programmes.prog_a), id: 'prog_gone', areaId: 'area_gone', vision: secret('gone-vision') };
  for (const r of [
    realisation('real_internal', {
      date: '2031-03-03', realised: realisedSecrets('realised-internal'), degree: { environmental: 93.21, social: null, economic: 92.31 },
    }),
    realisation('real_earlier_public', { date: '2024-12-24', public: true, realised: realisedSecrets('realised-earlier') }),
    realisation('real_of_internal_investment', { investmentId: internalId, public: true, realised: realisedSecrets('realised-of-internal') }),
    realisation('real_public', {
      date: PUBLIC.followedUp, public: true, realised: { environmental: '', social: PUBLIC.realised, economic: '' },
      degree: { environmental: null, social: 70, economic: null },
    }),
  ]) doc.realisations[r.id] = r;
  doc.notes.note_1 = {
    id: 'note_1', createdAt: NOW, updatedAt: NOW, category: 'obstacle-courage', text: secret('workshop-note'),
    position: [13.005, 55.605], areaId: 'area_a', matrix: null, public: false,
  };
  doc.tours.tour_1 = { id: 'tour_1', createdAt: NOW, updatedAt: NOW, title: secret('tour-title'), scenes: [] };
  doc.workspace.ws!.settings.categories.social.push(secret('unused-category'));
  return doc;
}

describe('the public snapshot leaks nothing internal', () => {
  const doc = seeded();
  const json = JSON.stringify(publishSnapshot(doc, { now: NOW }).snapshot);

  it('contains no internal marker', () => {
    // Guard against a test that cannot fail: every marker is really in the workspace.
    const source = JSON.stringify(doc);
    for (const marker of [...secrets, ...SECRET_VALUES]) expect(source).toContain(marker);
    expect(secrets.filter((marker) => json.includes(marker))).toEqual([]);
    // Dates, figures and follow-up details of internal records are internal too.
    expect(SECRET_VALUES.filter((value) => json.includes(value))).toEqual([]);
  });

  it('contains the public content next to it', () => {
    for (const text of Object.values(PUBLIC)) expect(json).toContain(text);
  });
});
