// "What is happening near me": the investments within a chosen distance of the reader's location
// or of a searched address, nearest first, each with its distance; or, when the browser would not
// say where the reader is, what to do instead.
import { useEffect, useId, useMemo, useRef } from 'react';
import type { PublicSnapshot } from '../domain/publish/snapshot-types';
import { formatNumber } from '../i18n/translate';
import type { Lang } from '../store/session';
import { InvestmentItem } from './InvestmentList';
import type { LocateFailure } from './locate';
import { nearby } from './places';
import type { Target } from './url-state';
import { useLang, useT } from './words';

export type NearState =
  | { status: 'locating' }
  | { status: LocateFailure }
  | { status: 'ready'; center: [number, number]; /** An address; null for the reader's own location. */ label: string | null };

export const RADII = [250, 500, 1000, 2000, 5000] as const;

export function formatDistance(metres: number, lang: Lang): string {
  if (metres < 1000) return `${formatNumber(Math.max(10, Math.round(metres / 10) * 10), lang, 0)} m`;
  return `${formatNumber(metres / 1000, lang, 1)} km`;
}

export interface NearbyPanelProps {
  snapshot: PublicSnapshot;
  near: NearState;
  radius: number;
  onRadius(radius: number): void;
  onOpen(target: Target): void;
  onClose(): void;
}

export function NearbyPanel({ snapshot, near, radius, onRadius, onOpen, onClose }: NearbyPanelProps) {
  const t = useT();
  const lang = useLang();
  const id = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  const found = useMemo(() => (near.status === 'ready' ? nearby(snapshot, near.center, radius) : []), [snapshot, near, radius]);
  const title = near.status === 'ready' && near.label ? t('near.titlePlace', { place: near.label }) : t('near.title');
  useEffect(() => {
    heading.current?.focus();
  }, [title]);

  return (
    <section className="viewer-page viewer-near" aria-labelledby={`${id}-h`}>
      <nav className="viewer-page-nav">
        <button type="button" className="viewer-linkbutton" onClick={onClose}>{t('viewer.back')}</button>
      </nav>
      <h2 id={`${id}-h`} ref={heading} tabIndex={-1}>{title}</h2>
      {near.status === 'locating' && <p role="status">{t('near.locating')}</p>}
      {(near.status === 'denied' || near.status === 'unavailable' || near.status === 'unsupported') && (
        <p role="alert" className="viewer-notice">{t(`near.${near.status}`)}</p>
      )}
      {near.status === 'ready' && (
        <>
          <label className="viewer-near-radius">
            {t('near.within')}
            <select value={radius} onChange={(e) => onRadius(Number(e.target.value))}>
              {RADII.map((r) => <option key={r} value={r}>{formatDistance(r, lang)}</option>)}
            </select>
          </label>
          <p role="status">{t(found.length ? 'near.count' : 'near.none', { n: found.length, radius: formatDistance(radius, lang) })}</p>
          <ol className="viewer-list-plain">
            {found.map(({ investment, metres }) => (
              <InvestmentItem key={investment.id} snapshot={snapshot} inv={investment} onOpen={onOpen}
                note={metres === 0 ? t('near.here') : t('near.away', { distance: formatDistance(metres, lang) })} />
            ))}
          </ol>
        </>
      )}
    </section>
  );
}
