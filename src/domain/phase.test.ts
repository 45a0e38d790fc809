import { describe, expect, it } from 'vitest';
import { DEFAULT_GATES } from './gates';
import type { GateReview } from './model';
import { createPhaseDeriver, derivePhase, derivePhases, effectiveReviews, reviewsByInvestment } from './phase';
import { testReview } from './test-kit';

const gates = DEFAULT_GATES;

/** A review at gate Gn (default gates) on a date; createdAt follows the date unless given. */
function at(id: string, n: number, decision: GateReview['decision'], date: string, changes: Partial<GateReview> = {}): GateReview {
  return testReview(id, { gateId: `gate-g${n}`, gateCode: `G${n}`, decision, date, createdAt: `${date}T12:00:00.000Z`, ...changes });
}

describe('phase derivation from the review history', () => {
  it('starts at G0, active, with no deciding review', () => {
    expect(derivePhase([], gates)).toEqual({ gateIndex: 0, status: 'active', lastReview: null });
  });

  it('moves to the next gate on a pass and stays on the gate when waiting or stopped', () => {
    const g0 = at('r1', 0, 'pass', '2026-01-10');
    const g1 = at('r2', 1, 'pass', '2026-02-10');
    const wait = at('r3', 2, 'wait', '2026-03-10');
    expect(derivePhase([g0], gates)).toMatchObject({ gateIndex: 1, status: 'active' });
    expect(derivePhase([g0, g1, wait], gates)).toEqual({ gateIndex: 2, status: 'waiting', lastReview: wait });
    expect(derivePhase([g0, g1, at('r4', 2, 'stop', '2026-03-10')], gates)).toMatchObject({ gateIndex: 2, status: 'stopped' });
  });

  it('lets a waiting investment pass the same gate later', () => {
    const history = [at('r1', 0, 'wait', '2026-01-10'), at('r2', 0, 'wait', '2026-02-10'), at('r3', 0, 'pass', '2026-03-10')];
    expect(derivePhase(history, gates)).toMatchObject({ gateIndex: 1, status: 'active', lastReview: { id: 'r3' } });
  });

  it('is realised after passing the last gate', () => {
    const history = [0, 1, 2, 3, 4, 5].map((n) => at(`r${n}`, n, 'pass', `2026-0${n + 1}-01`));
    expect(derivePhase(history, gates)).toMatchObject({ gateIndex: 5, status: 'realised', lastReview: { id: 'r5' } });
    expect(derivePhase(history.slice(0, 5), gates)).toMatchObject({ gateIndex: 5, status: 'active' });
  });

  it('applies reviews by decision date whatever order they were recorded or listed in', () => {
    // The G1 pass was entered first, the earlier G0 pass was entered afterwards from old minutes.
    const g1 = at('r1', 1, 'pass', '2026-04-01', { createdAt: '2026-04-01T08:00:00.000Z' });
    const g0 = at('r2', 0, 'pass', '2026-02-01', { createdAt: '2026-04-02T08:00:00.000Z' });
    expect(derivePhase([g1, g0], gates)).toMatchObject({ gateIndex: 2, status: 'active', lastReview: { id: 'r1' } });
    expect(derivePhase([g0, g1], gates)).toMatchObject({ gateIndex: 2, lastReview: { id: 'r1' } });
  });

  it('orders reviews on the same day by when they were recorded', () => {
    const early = at('r2', 1, 'wait', '2026-02-01', { createdAt: '2026-02-01T09:00:00.000Z' });
    const late = at('r1', 1, 'pass', '2026-02-01', { createdAt: '2026-02-01T15:00:00.000Z' });
    expect(derivePhase([late, early], gates)).toMatchObject({ gateIndex: 2, status: 'active' });
  });

  it('replaces a corrected review by its correction', () => {
    const g0 = at('r1', 0, 'pass', '2026-01-10');
    const wrong = at('r2', 1, 'pass', '2026-02-10');
    const fix = at('r3', 1, 'wait', '2026-02-10', { correctsReviewId: 'r2', createdAt: '2026-02-12T12:00:00.000Z' });
    expect(derivePhase([g0, wrong, fix], gates)).toEqual({ gateIndex: 1, status: 'waiting', lastReview: fix });
    expect(effectiveReviews([fix, wrong, g0]).map((r) => r.id)).toEqual(['r1', 'r3']);
  });

  it('follows a correction of a correction to the latest word', () => {
    const g0 = at('r1', 0, 'pass', '2026-01-10');
    const first = at('r2', 1, 'pass', '2026-02-10');
    const fix = at('r3', 1, 'stop', '2026-02-10', { correctsReviewId: 'r2', createdAt: '2026-02-11T12:00:00.000Z' });
    const fixOfFix = at('r4', 1, 'wait', '2026-02-10', { correctsReviewId: 'r3', createdAt: '2026-02-12T12:00:00.000Z' });
    const history = [fixOfFix, g0, fix, first];
    expect(effectiveReviews(history).map((r) => r.id)).toEqual(['r1', 'r4']);
    expect(derivePhase(history, gates)).toEqual({ gateIndex: 1, status: 'waiting', lastReview: fixOfFix });
  });

  it('finds a review whose gate was replaced by its code, and one whose gate is gone entirely at the start', () => {
    // The workspace's G2 was removed and added again: a new id, the same code.
    const replaced = gates.map((g) => (g.code === 'G2' ? { ...g, id: 'gate-new-g2' } : g));
    const history = [at('r1', 2, 'pass', '2026-01-10')];
    expect(derivePhase(history, replaced)).toMatchObject({ gateIndex: 3, status: 'active' });
    const withoutG2 = gates.filter((g) => g.code !== 'G2');
    expect(derivePhase([at('r2', 2, 'wait', '2026-01-10')], withoutG2)).toMatchObject({ gateIndex: 0, status: 'waiting' });
  });

  it('follows the gate order of the workspace, not the codes', () => {
    const reordered = [gates[0]!, gates[2]!, gates[1]!, ...gates.slice(3)];
    expect(derivePhase([at('r1', 2, 'pass', '2026-01-10')], reordered)).toMatchObject({ gateIndex: 2 });
  });

  describe('as of a date', () => {
    const g0 = at('r1', 0, 'pass', '2026-01-10');
    const g1 = at('r2', 1, 'wait', '2026-03-10');
    const history = [g1, g0];

    it('is G0 and active before any review', () => {
      expect(derivePhase(history, gates, '2026-01-09')).toEqual({ gateIndex: 0, status: 'active', lastReview: null });
    });

    it('counts the reviews up to and including that day', () => {
      expect(derivePhase(history, gates, '2026-01-10')).toEqual({ gateIndex: 1, status: 'active', lastReview: g0 });
      expect(derivePhase(history, gates, '2026-02-28')).toEqual({ gateIndex: 1, status: 'active', lastReview: g0 });
      expect(derivePhase(history, gates, '2026-03-10')).toEqual({ gateIndex: 1, status: 'waiting', lastReview: g1 });
      expect(derivePhase(history, gates, null)).toEqual(derivePhase(history, gates));
    });

    it('ignores corrections dated after that day', () => {
      const fix = at('r3', 0, 'wait', '2026-05-01', { correctsReviewId: 'r1' });
      expect(derivePhase([g0, fix], gates, '2026-02-01')).toMatchObject({ gateIndex: 1, status: 'active', lastReview: g0 });
      expect(derivePhase([g0, fix], gates, '2026-05-01')).toMatchObject({ gateIndex: 0, status: 'waiting', lastReview: fix });
    });
  });

  it('derives every investment at once, G0 for those without reviews', () => {
    const mine = at('r1', 0, 'pass', '2026-01-10', { investmentId: 'inv_a' });
    const theirs = at('r2', 0, 'stop', '2026-01-10', { investmentId: 'inv_b' });
    const phases = derivePhases(['inv_a', 'inv_b', 'inv_c'], [theirs, mine], gates);
    expect(phases.get('inv_a')).toMatchObject({ gateIndex: 1, status: 'active' });
    expect(phases.get('inv_b')).toMatchObject({ gateIndex: 0, status: 'stopped' });
    expect(phases.get('inv_c')).toEqual({ gateIndex: 0, status: 'active', lastReview: null });
  });

  it('does not reorder the caller\'s review list', () => {
    const list = [at('r2', 1, 'pass', '2026-02-01'), at('r1', 0, 'pass', '2026-01-01')];
    derivePhase(list, gates);
    expect(list.map((r) => r.id)).toEqual(['r2', 'r1']);
  });
});

describe('the remembering phase deriver', () => {
  const r1 = at('r1', 0, 'pass', '2026-01-10', { investmentId: 'inv_a' });
  const r2 = at('r2', 0, 'stop', '2026-01-10', { investmentId: 'inv_b' });
  const ids = ['inv_a', 'inv_b', 'inv_c'];

  it('gives what derivePhases gives, through reviews added, corrected and removed', () => {
    const derive = createPhaseDeriver();
    const histories = [[r1, r2], [r1, r2, at('r3', 1, 'wait', '2026-02-10', { investmentId: 'inv_a' })],
      [r1, r2, at('r4', 0, 'pass', '2026-02-10', { investmentId: 'inv_b', correctsReviewId: 'r2' })], [r2]];
    for (const reviews of histories) {
      expect(derive(ids, reviewsByInvestment(reviews), gates)).toEqual(derivePhases(ids, reviews, gates));
      expect(derive(ids, reviewsByInvestment(reviews), gates, '2026-01-31')).toEqual(derivePhases(ids, reviews, gates, '2026-01-31'));
    }
  });

  it('keeps the previous result when nothing it depends on changed, and each unchanged phase otherwise', () => {
    const derive = createPhaseDeriver();
    const first = derive(ids, reviewsByInvestment([r1, r2]), gates);
    // Regrouped (new arrays) but the same reviews: the very same Map.
    expect(derive(ids, reviewsByInvestment([r2, r1]), gates)).toBe(first);
    const added = derive([...ids, 'inv_d'], reviewsByInvestment([r1, r2]), gates);
    expect(added).not.toBe(first);
    expect(added.get('inv_a')).toBe(first.get('inv_a'));
    expect(added.get('inv_d')).toEqual({ gateIndex: 0, status: 'active', lastReview: null });
    const removed = derive(['inv_a'], reviewsByInvestment([r1, r2]), gates);
    expect([...removed.keys()]).toEqual(['inv_a']);
  });

  it('derives everything again for other gates', () => {
    const derive = createPhaseDeriver();
    const first = derive(ids, reviewsByInvestment([r1]), gates);
    const fewer = gates.slice(0, 1);
    expect(derive(ids, reviewsByInvestment([r1]), fewer).get('inv_a')).toEqual(derivePhase([r1], fewer));
    expect(first.get('inv_a')).toMatchObject({ gateIndex: 1 });
  });
});
