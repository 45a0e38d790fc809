// One investment in plain language: what, why, when, how far, what it costs, who, and the public
// decisions behind it. Everything from the snapshot is rendered as text.
import { useEffect, useRef } from 'react';
import type { PublicInvestment, PublicSnapshot } from '../domain/publish/snapshot-types';
import { Benefits } from './Benefits';
import { Budget } from './Budget';
import { Decisions } from './Decisions';
import { residentState, stateAbout, statusText } from './resident';
import { SdgList } from './SdgList';
import type { Target } from './url-state';
import { datesText, kindCategoryText, useLang, useT } from './words';

export interface InvestmentPageProps {
  snapshot: PublicSnapshot;
  investment: PublicInvestment;
  onOpen(target: Target | null): void;
}

export function InvestmentPage({ snapshot, investment: inv, onOpen }: InvestmentPageProps) {
  const t = useT();
  const lang = useLang();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    heading.current?.focus();
  }, [inv.id]);
  const area = inv.areaId ? snapshot.areas.find((a) => a.id === inv.areaId) : undefined;

  return (
    <article className="viewer-page" aria-labelledby={`inv-${inv.id}`}>
      <nav className="viewer-page-nav">
        <button type="button" className="viewer-linkbutton" onClick={() => onOpen(null)}>{t('viewer.back')}</button>
        {area && (
          <button type="button" className="viewer-linkbutton" onClick={() => onOpen({ type: 'area', id: area.id })}>
            {t('viewer.backToArea', { name: area.name })}
          </button>
        )}
      </nav>
      <h2 id={`inv-${inv.id}`} ref={heading} tabIndex={-1}>{inv.title}</h2>
      {inv.invented && !snapshot.demo && <p className="viewer-demo" role="note">{t('viewer.invented')}</p>}
      <p className="viewer-muted">{kindCategoryText(inv, lang)}{area && ` · ${t('viewer.inArea', { name: area.name })}`}</p>

      <h3>{t('viewer.inv.what')}</h3>
      <p className="viewer-text">{inv.description.trim() || t('viewer.inv.noDescription')}</p>
      {inv.wholeArea && <p>{t('viewer.inv.wholeArea')}</p>}

      <h3>{t('viewer.inv.why')}</h3>
      <Benefits investment={inv} />
      <SdgList goals={inv.sdgs} />
      {inv.goals.length > 0 && (
        <>
          <h4>{t('viewer.inv.goals')}</h4>
          <ul>{inv.goals.map((g, i) => <li key={i}>{g}</li>)}</ul>
        </>
      )}

      <h3>{t('viewer.inv.when')}</h3>
      <p>{datesText(inv.startDate, inv.endDate, lang)}</p>
      <h3>{t('viewer.inv.status')}</h3>
      <p><strong>{statusText(snapshot, inv.phase, lang)}</strong>. {stateAbout(residentState(snapshot, inv.phase), lang)}</p>
      <h3>{t('viewer.inv.cost')}</h3>
      <Budget budget={inv.budget} />
      {(inv.department || inv.partners.length > 0) && (
        <>
          <h3>{t('viewer.inv.who')}</h3>
          {inv.department && <p>{t('viewer.department', { name: inv.department })}</p>}
          {inv.partners.length > 0 && <p>{t('viewer.partners', { list: inv.partners.join(', ') })}</p>}
        </>
      )}
      <Decisions snapshot={snapshot} reviews={inv.reviews} />
    </article>
  );
}
