// The page's header: the workspace's name and date, the search for a place or an address, "near
// me" and the language switch.
import { useCallback, useMemo, type ReactNode } from 'react';
import type { PublicSnapshot } from '../domain/publish/snapshot-types';
import type { DeployConfig } from '../map/basemap/config';
import { formatDate } from '../i18n/translate';
import type { Lang } from '../store/session';
import { geocode } from '../search/geocoder';
import { placeIndex, type Place } from '../search/places';
import { PlaceSearch } from '../ui/search/PlaceSearch';
import { searchBias, snapshotPlaces } from './places';
import { useLang, useT } from './words';

export function ViewerHeader({ snapshot, lang, onLang, children }: { snapshot: PublicSnapshot; lang: Lang; onLang(lang: Lang): void; children: ReactNode }) {
  const t = useT();
  return (
    <header className="viewer-header">
      <a className="viewer-skip" href="#viewer-panel">{t('viewer.skip')}</a>
      <div className="viewer-heading">
        <h1>{snapshot.workspace.name}</h1>
        <p className="viewer-muted">{t('viewer.published', { date: formatDate(snapshot.publishedAt, lang) })}</p>
      </div>
      {children}
      <div role="group" aria-label={t('viewer.lang')} className="viewer-segmented viewer-langs">
        {(['sv', 'en'] as const).map((l) => (
          <button key={l} type="button" lang={l} aria-pressed={lang === l} onClick={() => onLang(l)}>{t(`viewer.lang.${l}`)}</button>
        ))}
      </div>
    </header>
  );
}

export interface ViewerToolsProps {
  snapshot: PublicSnapshot;
  config: DeployConfig;
  baseUrl: string;
  onPick(place: Place): void;
  onNearMe(): void;
}

export function ViewerTools({ snapshot, config, baseUrl, onPick, onNearMe }: ViewerToolsProps) {
  const t = useT();
  const lang = useLang();
  const index = useMemo(() => placeIndex(snapshotPlaces(snapshot)), [snapshot]);
  const local = useCallback((text: string) => index.search(text), [index]);
  const geocoder = config.geocoder;
  const bias = useMemo(() => geocoder?.bbox ?? searchBias(snapshot), [geocoder, snapshot]);
  const remote = useMemo(() => geocoder
    ? (text: string, signal: AbortSignal) => geocode(geocoder, text, { bias, lang, baseUrl, signal })
    : undefined, [geocoder, bias, lang, baseUrl]);
  return (
    <div className="viewer-tools">
      <PlaceSearch className="viewer-search" label={t(geocoder ? 'search.label' : 'search.labelOffline')} labelHidden
        placeholder={t(geocoder ? 'search.placeholder' : 'search.placeholderOffline')} local={local} remote={remote} onPick={onPick} t={t} />
      <button type="button" className="viewer-near-button" onClick={onNearMe}>{t('near.button')}</button>
    </div>
  );
}
