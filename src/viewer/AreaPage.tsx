// An area's page in plain language: what is done there (its public investments), why (the
// programme's vision and goals, the expected benefits), how the programme follows up what it
// achieves, when, how far it has come, and the cost.
import { useEffect, useRef } from 'react';
import { BENEFIT_DIMENSIONS, type Budget as BudgetValues } from '../domain/model';
import type { PublicArea, PublicSnapshot } from '../domain/publish/snapshot-types';
import { Budget } from './Budget';
import { FollowUp } from './FollowUp';
import { InvestmentItem } from './InvestmentList';
import type { Target } from './url-state';
import { RESIDENT_STATES, residentState, stateName, type ResidentState } from './resident';
import { datesText, useLang, useT } from './words';

export interface AreaPageProps {
  snapshot: PublicSnapshot;
  area: PublicArea;
  onOpen(target: Target | null): void;
}

const earliest = (dates: Array<string | null>) => dates.filter((d): d is string => d !== null).sort()[0] ?? null;
const latest = (dates: Array<string | null>) => dates.filter((d): d is string => d !== null).sort().at(-1) ?? null;

export function AreaPage({ snapshot, area, onOpen }: AreaPageProps) {
  const t = useT();
  const lang = useLang();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    heading.current?.focus();
  }, [area.id]);
  const investments = snapshot.investments.filter((i) => i.areaId === area.id);
  const total: BudgetValues = { investment: 0, operatingPerYear: 0, externalFunding: 0 };
  for (const inv of investments) {
    total.investment += inv.budget.investment;
    total.operatingPerYear += inv.budget.operatingPerYear;
    total.externalFunding += inv.budget.externalFunding;
  }
  const perState = new Map<ResidentState, number>();
  for (const inv of investments) {
    const state = residentState(snapshot, inv.phase);
    perState.set(state, (perState.get(state) ?? 0) + 1);
  }
  const programme = area.programme;

  return (
    <article className="viewer-page" aria-labelledby={`area-${area.id}`}>
      <nav className="viewer-page-nav">
        <button type="button" className="viewer-linkbutton" onClick={() => onOpen(null)}>{t('viewer.back')}</button>
      </nav>
      <h2 id={`area-${area.id}`} ref={heading} tabIndex={-1}>{area.name}</h2>
      {area.description.trim() && <p className="viewer-text">{area.description}</p>}

      <h3>{t('viewer.inv.what')}</h3>
      {investments.length === 0 ? <p>{t('viewer.area.noInvestments')}</p> : (
        <>
          <p>{t('viewer.area.count', { n: investments.length })}</p>
          <ul className="viewer-list-plain">
            {investments.map((inv) => <InvestmentItem key={inv.id} snapshot={snapshot} inv={inv} onOpen={onOpen} />)}
          </ul>
        </>
      )}

      <h3>{t('viewer.inv.why')}</h3>
      {!programme ? <p>{t('viewer.area.noProgramme')}</p> : (
        <>
          {programme.vision.trim() && (<><h4>{t('viewer.area.vision')}</h4><p className="viewer-text">{programme.vision}</p></>)}
          {programme.commonGoals.trim() && (<><h4>{t('viewer.area.commonGoals')}</h4><p className="viewer-text">{programme.commonGoals}</p></>)}
        </>
      )}
      {BENEFIT_DIMENSIONS.some((d) => investments.some((i) => i.expectedBenefits[d].trim())) && (
        <>
          <h4>{t('viewer.area.benefits')}</h4>
          <dl className="viewer-dl">
            {BENEFIT_DIMENSIONS.map((d) => {
              const items = investments.filter((i) => i.expectedBenefits[d].trim());
              return items.length === 0 ? null : (
                <div key={d}>
                  <dt>{t(`resident.benefit.${d}`)}</dt>
                  {items.map((i) => <dd key={i.id} className="viewer-text">{i.title}: {i.expectedBenefits[d]}</dd>)}
                </div>
              );
            })}
          </dl>
        </>
      )}

      {programme && <FollowUp indicators={programme.indicators ?? []} />}

      <h3>{t('viewer.inv.when')}</h3>
      <p>{datesText(earliest(investments.map((i) => i.startDate)), latest(investments.map((i) => i.endDate)), lang)}</p>

      {perState.size > 0 && (
        <>
          <h3>{t('viewer.inv.status')}</h3>
          <ul>
            {RESIDENT_STATES.filter((s) => perState.has(s)).map((s) => (
              <li key={s}>{t('viewer.area.phaseCount', { phase: stateName(s, lang), n: perState.get(s)! })}</li>
            ))}
          </ul>
        </>
      )}

      <h3>{t('viewer.inv.cost')}</h3>
      {investments.length > 0 && <p>{t('viewer.area.totals')}</p>}
      <Budget budget={total} />
    </article>
  );
}
