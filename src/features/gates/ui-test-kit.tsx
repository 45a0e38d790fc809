// Test support for the gate and programme component tests (imported by *.test.tsx only, never by
// the app): a small programme "Lindängen" with three investments, and a render helper.
import { render } from '@testing-library/react';
import type { ReactNode } from 'react';
import { StoreContext } from '../../app/store-context';
import { blankAspects } from '../../domain/gates';
import type { GateReview, PlatsenDocument } from '../../domain/model';
import { rect, testArea, testDepartment, testDoc, testInvestment, testReview } from '../../domain/test-kit';
import '../../i18n/strings';
import type { Lang } from '../../store/session';
import { createPlatsenStore, type PlatsenStore } from '../../store/store';

const T0 = '2026-01-15T09:00:00.000Z';

export function programmeDoc(reviews: GateReview[] = []): PlatsenDocument {
  const doc = testDoc({
    areas: [testArea('area_a', 'Lindängen', rect(13, 55.6, 13.01, 55.61))],
    departments: [testDepartment('dep_sbk', 'Stadsbyggnadskontoret'), testDepartment('dep_fri', 'Fritidsförvaltningen')],
    investments: [
      testInvestment('inv_a', { title: 'Parkstråk', areaId: 'area_a', departmentId: 'dep_sbk', sdgs: [3, 11],
        budget: { investment: 12_500_000, operatingPerYear: 300_000, externalFunding: 0 } }),
      testInvestment('inv_b', { title: 'Läxhjälp', kind: 'social', areaId: 'area_a', departmentId: 'dep_fri', sdgs: [4],
        budget: { investment: 500_000, operatingPerYear: 900_000, externalFunding: 0 } }),
      testInvestment('inv_c', { title: 'Belysning', areaId: 'area_a' }),
    ],
    reviews,
  });
  doc.programmes.prog_a = {
    id: 'prog_a', areaId: 'area_a', createdAt: T0, updatedAt: T0, vision: 'En trygg stadsdel', commonGoals: '',
    coordinationFunction: '', programmeGroup: ['dep_sbk'], governanceMode: 'partial',
    values: { goals: 4, budget: 3, management: null, culture: 2, trust: null, leadership: 5 },
  };
  return doc;
}

/** inv_c passed G0 and was stopped at G1; the stop was corrected into a wait. */
export function historyReviews(): GateReview[] {
  const aspects = blankAspects();
  aspects.market = { rating: 'weak', comment: 'Fastighetsägarna tvekar' };
  return [
    testReview('rev_1', { investmentId: 'inv_c', decision: 'pass', reason: 'Nyttan bedöms så stor att det är värt det', aspects, public: true }),
    testReview('rev_2', { investmentId: 'inv_c', gateId: 'gate-g1', gateCode: 'G1', date: '2026-03-01', decision: 'stop' }),
    testReview('rev_3', { investmentId: 'inv_c', gateId: 'gate-g1', gateCode: 'G1', date: '2026-03-01', decision: 'wait',
      correctsReviewId: 'rev_2', createdAt: '2026-03-02T09:00:00.000Z' }),
  ];
}

export function renderWithStore(ui: ReactNode, { lang = 'sv', doc = programmeDoc() }: { lang?: Lang; doc?: PlatsenDocument } = {}) {
  const store: PlatsenStore = createPlatsenStore(async () => {}, lang);
  store.load(doc);
  const result = render(<StoreContext.Provider value={store}>{ui}</StoreContext.Provider>);
  return { store, ...result };
}
