// Nothing internal may reach the public snapshot. Every internal field of a seeded workspace holds
// a unique marker; after publishing, no marker may appear anywhere in the snapshot's JSON, while
// the public content next to it must. (A browser test checks the viewer's DOM the same way.)
import { describe, expect, it } from 'vitest';
import { ASPECTS, type AspectAssessment, type Aspect, type PlatsenDocument } from '../../src/domain/model';
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
};

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
  doc.indicators.ind_1 = {
    id: 'ind_1', createdAt: NOW, updatedAt: NOW, programmeId: 'prog_a', name: secret('indicator-name'), unit: '%', statistic: null,
    source: secret('indicator-source'), baseline: null, target: null, measurements: [], benefitDimension: null, sdgs: [], public: false,
  };
  doc.realisations.real_1 = {
    id: 'real_1', createdAt: NOW, updatedAt: NOW, investmentId: 'inv_pub', date: '2026-10-01', public: false,
    realised: { environmental: secret('realised-env'), social: secret('realised-soc'), economic: secret('realised-eco') },
    degree: { environmental: 50, social: null, economic: 10 },
  };
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
    for (const marker of secrets) expect(source).toContain(marker);
    expect(secrets.filter((marker) => json.includes(marker))).toEqual([]);
    // Dates and follow-up details of internal records are internal too.
    expect(json).not.toContain('2031-');
  });

  it('contains the public content next to it', () => {
    for (const text of Object.values(PUBLIC)) expect(json).toContain(text);
  });
});
