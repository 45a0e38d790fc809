// The list alternative to the map: the same investments, grouped under their areas, as headings
// and buttons a keyboard and a screen reader can use. The publish dialog shows it as its preview.
import { useId } from 'react';
import type { Id } from '../domain/model';
import type { PublicArea, PublicInvestment, PublicSnapshot } from '../domain/publish/snapshot-types';
import { SymbolImage } from './SymbolImage';
import type { Target } from './url-state';
import { residentColour, residentPhaseAt, statusText } from './resident';
import { datesText, kindCategoryText, useLang, useT } from './words';

export interface InvestmentListProps {
  snapshot: PublicSnapshot;
  investments: PublicInvestment[];
  /** Areas without a matching investment are listed only when nothing is being filtered. */
  showEmptyAreas: boolean;
  /** Without it the list is a read-only preview. */
  onOpen?(target: Target): void;
  headingLevel?: 2 | 3;
}

export interface InvestmentItemProps {
  snapshot: PublicSnapshot;
  inv: PublicInvestment;
  onOpen?(t: Target): void;
  /** A first line of context, e.g. the distance in the nearby list. */
  note?: string;
}

export function InvestmentItem({ snapshot, inv, onOpen, note }: InvestmentItemProps) {
  const lang = useLang();
  const body = (
    <>
      <SymbolImage kind={inv.kind} status={inv.phase.status} colour={residentColour(residentPhaseAt(snapshot, inv.phase.gateIndex))} />
      <span className="viewer-item-text">
        {note && <span className="viewer-item-note">{note}</span>}
        <span className="viewer-item-title">{inv.title}</span>
        <span className="viewer-item-meta">{kindCategoryText(inv, lang)}</span>
        <span className="viewer-item-meta">{statusText(snapshot, inv.phase, lang)} · {datesText(inv.startDate, inv.endDate, lang)}</span>
      </span>
    </>
  );
  return (
    <li>
      {onOpen
        ? <button type="button" className="viewer-item" onClick={() => onOpen({ type: 'investment', id: inv.id })}>{body}</button>
        : <div className="viewer-item">{body}</div>}
    </li>
  );
}

export function InvestmentList({ snapshot, investments, showEmptyAreas, onOpen, headingLevel = 2 }: InvestmentListProps) {
  const t = useT();
  const id = useId();
  const headingId = (area: PublicArea | null) => `${id}-${area?.id ?? 'outside'}`;
  const H = `h${headingLevel}` as const;
  const byArea = new Map<Id | null, PublicInvestment[]>();
  for (const inv of investments) {
    const key = inv.areaId;
    byArea.set(key, [...(byArea.get(key) ?? []), inv]);
  }
  const groups: Array<{ area: PublicArea | null; items: PublicInvestment[] }> = [...snapshot.areas]
    .sort((a, b) => a.name.localeCompare(b.name, 'sv'))
    .map((area) => ({ area, items: byArea.get(area.id) ?? [] }))
    .filter((g) => showEmptyAreas || g.items.length > 0);
  const outside = byArea.get(null) ?? [];
  if (outside.length) groups.push({ area: null, items: outside });

  // A keyboard or screen reader reaches any area in a few steps instead of tabbing through the list.
  const jump = (area: PublicArea | null) => {
    const heading = document.getElementById(headingId(area));
    heading?.focus();
    heading?.scrollIntoView({ block: 'start' });
  };

  return (
    <div className="viewer-list">
      {onOpen && groups.length > 1 && (
        <nav className="viewer-jump" aria-label={t('viewer.jump')}>
          <span aria-hidden="true">{t('viewer.jump')}:</span>
          <ul>
            {groups.map(({ area }) => (
              <li key={area?.id ?? ''}>
                <button type="button" className="viewer-linkbutton" onClick={() => jump(area)}>{area?.name ?? t('viewer.outsideAreas')}</button>
              </li>
            ))}
          </ul>
        </nav>
      )}
      {groups.map(({ area, items }) => (
        <section key={area?.id ?? ''} className="viewer-group">
          <H className="viewer-group-title" id={headingId(area)} tabIndex={-1}>
            {area && onOpen
              ? <button type="button" className="viewer-area-link" onClick={() => onOpen({ type: 'area', id: area.id })}>{area.name}</button>
              : area?.name ?? t('viewer.outsideAreas')}
          </H>
          {items.length === 0
            ? <p className="viewer-muted">{t('viewer.area.noInvestments')}</p>
            : <ul>{items.map((inv) => <InvestmentItem key={inv.id} snapshot={snapshot} inv={inv} onOpen={onOpen} />)}</ul>}
        </section>
      ))}
    </div>
  );
}
