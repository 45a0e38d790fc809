import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DomainError } from '../errors';
import { blankAspects } from '../gates';
import { emptyDocument, type Programme } from '../model';
import { rect, testArea, testDepartment, testDoc, testInvestment, testReview } from '../test-kit';
import { REFERENCE_ATTRIBUTION } from './attribution';
import { publishSnapshot } from './snapshot';

const NOW = '2026-11-27T09:00:00.000Z';

function programme(areaId: string): Programme {
  return {
    id: `prog_${areaId}`, createdAt: NOW, updatedAt: NOW, areaId, vision: 'Trygg och grön', commonGoals: 'Fler i arbete',
    coordinationFunction: 'Programledare', programmeGroup: ['dept_sbk'], governanceMode: 'full',
    values: { goals: 4, budget: 3, management: 4, culture: 2, trust: 3, leadership: 4 },
  };
}

function doc() {
  const d = testDoc({
    areas: [
      { ...testArea('area_b', 'Holma', rect(12.95, 55.58, 12.96, 55.59)), source: { type: 'adopted', layer: 'malmo-delomraden', codes: ['HOLMA'] } },
      testArea('area_a', 'Lindängen', rect(13, 55.6, 13.01, 55.61)),
    ],
    departments: [testDepartment('dept_sbk', 'Stadsbyggnadskontoret')],
    investments: [
      testInvestment('inv_b', { visibility: 'public', areaId: 'area_a', departmentId: 'dept_sbk', overallGoalIds: ['goal_1', 'goal_gone'] }),
      testInvestment('inv_a', { visibility: 'public', areaId: 'area_gone' }),
      testInvestment('inv_c', { visibility: 'internal', areaId: 'area_b' }),
    ],
    reviews: [
      testReview('rev_1', { investmentId: 'inv_b', date: '2026-02-01', decision: 'pass', public: true, reason: 'Stor nytta' }),
      testReview('rev_2', { investmentId: 'inv_b', gateId: 'gate-g1', gateCode: 'G1', date: '2026-05-01', decision: 'wait', public: false }),
      testReview('rev_3', { investmentId: 'inv_a', date: '2026-02-01', decision: 'stop', public: true }),
      testReview('rev_4', { investmentId: 'inv_a', date: '2026-02-01', decision: 'pass', public: true, correctsReviewId: 'rev_3' }),
      testReview('rev_5', { investmentId: 'inv_c', decision: 'pass', public: true }),
    ],
  });
  d.programmes.prog_area_a = programme('area_a');
  d.goals.goal_1 = { id: 'goal_1', createdAt: NOW, updatedAt: NOW, title: 'Trygg stad', description: 'Intern beskrivning' };
  return d;
}

describe('publishSnapshot', () => {
  const { snapshot, report } = publishSnapshot(doc(), { now: NOW });

  it('carries the workspace, gate model, demo flag and publication time', () => {
    expect(snapshot).toMatchObject({
      format: 'platsen-public-snapshot', version: 1, publishedAt: NOW, demo: false,
      workspace: { name: 'Test', municipality: 'Malmö', defaultView: { center: [13, 55.6], zoom: 11 } },
    });
    expect(snapshot.gates[2]).toEqual({ code: 'G2', name: { sv: 'Planering', en: 'Planning' }, residentPhase: 'decided' });
  });

  it('carries the resident phase of every gate: the workspace\'s choice, else the default', () => {
    expect(snapshot.gates.map((g) => g.residentPhase)).toEqual(['idea', 'planned', 'decided', 'ongoing', 'ongoing', 'done']);
    const d = doc();
    d.workspace.ws!.settings.residentPhases = { 'gate-g4': 'done' };
    expect(publishSnapshot(d, { now: NOW }).snapshot.gates.map((g) => g.residentPhase))
      .toEqual(['idea', 'planned', 'decided', 'ongoing', 'done', 'done']);
  });

  it('publishes only public investments, sorted by id, with department and goal names only', () => {
    expect(snapshot.investments.map((i) => i.id)).toEqual(['inv_a', 'inv_b']);
    const b = snapshot.investments[1]!;
    expect(b).toMatchObject({ department: 'Stadsbyggnadskontoret', goals: ['Trygg stad'], areaId: 'area_a' });
    expect(b).not.toHaveProperty('internalNotes');
    expect(b).not.toHaveProperty('overallGoalIds');
    // An area that no longer exists is not pointed to.
    expect(snapshot.investments[0]!.areaId).toBeNull();
  });

  it('derives the phase from every review in force but publishes only the public ones', () => {
    const b = snapshot.investments[1]!;
    expect(b.phase).toEqual({ gateIndex: 1, gateCode: 'G1', status: 'waiting' });
    expect(b.reviews).toEqual([expect.objectContaining({ date: '2026-02-01', gateCode: 'G0', decision: 'pass', reason: 'Stor nytta' })]);
    // A corrected review is replaced by its correction, even when both are public.
    const a = snapshot.investments[0]!;
    expect(a.reviews.map((r) => r.decision)).toEqual(['pass']);
    expect(a.phase).toEqual({ gateIndex: 1, gateCode: 'G1', status: 'active' });
  });

  it('publishes every area with only the public parts of its programme', () => {
    expect(snapshot.areas.map((a) => [a.id, a.programme])).toEqual([
      ['area_a', { vision: 'Trygg och grön', commonGoals: 'Fler i arbete', governanceMode: 'full', indicators: [] }],
      ['area_b', null],
    ]);
  });

  it('credits the source of adopted boundaries once', () => {
    expect(snapshot.attribution).toEqual(['Malmö stad (CC0)']);
  });

  it('reports what was published and what was left out', () => {
    expect(report).toEqual({
      areas: { published: 2, withoutPublicInvestments: 1 },
      investments: { published: 2, internal: 1 },
      reviews: { published: 2, notPublic: 1, superseded: 1, ofUnpublishedInvestments: 1 },
      indicators: { published: 0, notPublic: 0, ofUnpublishedProgrammes: 0 },
      realisations: { published: 0, notPublic: 0, earlier: 0, ofUnpublishedInvestments: 0 },
      internalNotesLeftOut: 0,
      notPublished: {},
    });
  });

  it('counts internal notes and tables that are not published at all', () => {
    const d = doc();
    d.investments.inv_a!.internalNotes = 'Ring fastighetsägaren';
    d.notes.note_1 = {
      id: 'note_1', createdAt: NOW, updatedAt: NOW, category: 'hope', text: 'x', position: null, areaId: null, matrix: null, public: true,
    };
    const { report: r } = publishSnapshot(d, { now: NOW });
    expect(r.internalNotesLeftOut).toBe(1);
    expect(r.notPublished).toEqual({ notes: 1 });
  });

  it('publishes review comments of public reviews', () => {
    const d = doc();
    d.reviews.rev_1!.aspects = { ...blankAspects(), market: { rating: 'weak', comment: 'Få intressenter än' } };
    const [, b] = publishSnapshot(d, { now: NOW }).snapshot.investments;
    expect(b!.reviews[0]!.aspects.market).toEqual({ rating: 'weak', comment: 'Få intressenter än' });
  });

  it('refuses a document without a workspace', () => {
    expect(() => publishSnapshot(emptyDocument(), { now: NOW })).toThrow(DomainError);
  });
});

describe('reference attribution', () => {
  it('matches the credits of the bundled reference layers', () => {
    const index = JSON.parse(readFileSync(new URL('../../../public/reference/index.json', import.meta.url), 'utf8')) as
      Array<{ id: string; attribution: string }>;
    expect(Object.fromEntries(index.map((l) => [l.id, l.attribution]))).toEqual(REFERENCE_ATTRIBUTION);
  });
});
