// The list alternative to the map: filters, a jump to each area, and every investment under its area.
import type { PublicInvestment, PublicSnapshot } from '../domain/publish/snapshot-types';
import { isFiltering, type ViewerFilter } from './filter';
import { Filters } from './Filters';
import { InvestmentList } from './InvestmentList';
import type { Target } from './url-state';
import { useT } from './words';

export interface ListPanelProps {
  snapshot: PublicSnapshot;
  filter: ViewerFilter;
  onFilter(filter: ViewerFilter): void;
  shown: PublicInvestment[];
  /** The address named something that is not on the map. */
  notFound: boolean;
  onOpen(target: Target): void;
  narrow: boolean;
}

export function ListPanel({ snapshot, filter, onFilter, shown, notFound, onOpen, narrow }: ListPanelProps) {
  const t = useT();
  return (
    <>
      {notFound && <p className="viewer-notice" role="alert">{t('viewer.notFound')}</p>}
      <h2 className="visually-hidden">{t('viewer.investments')}</h2>
      <Filters snapshot={snapshot} filter={filter} onChange={onFilter} shown={shown.length} folded={narrow} />
      {shown.length === 0
        ? <p>{t('viewer.noResults')}</p>
        : <InvestmentList snapshot={snapshot} investments={shown} showEmptyAreas={!isFiltering(filter)} onOpen={onOpen} headingLevel={3} />}
    </>
  );
}
