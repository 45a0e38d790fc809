// The public, read-only page: header, map and the list alternative, the area and investment pages,
// and the selection kept in the address (#area=<id>, #investment=<id>), so every place and every
// investment has a permanent link. Nothing is written to storage.
import { useEffect, useMemo, useState } from 'react';
import type { StyleSpecification } from 'maplibre-gl';
import type { PublicSnapshot } from '../domain/publish/snapshot-types';
import type { DeployConfig } from '../map/basemap/config';
import '../i18n/strings/basemap';
import { formatDate } from '../i18n/translate';
import type { Lang } from '../store/session';
import { AreaPage } from './AreaPage';
import { filterInvestments, isFiltering, NO_FILTER, type ViewerFilter } from './filter';
import { Filters } from './Filters';
import { InvestmentList } from './InvestmentList';
import { InvestmentPage } from './InvestmentPage';
import { Legend } from './Legend';
import { MapPane } from './MapPane';
import { formatHash, parseHash, type Target } from './url-state';
import type { CreateViewerMap } from './viewer-map';
import { LangContext, useT } from './words';
import './viewer.css';

export interface ViewerAppProps {
  snapshot: PublicSnapshot;
  /** The deployment's settings (config.json). */
  config: DeployConfig;
  /** The site's base address. */
  baseUrl: string;
  lang: Lang;
  onLang(lang: Lang): void;
  embed: boolean;
  style: StyleSpecification | string;
  createMap: CreateViewerMap;
}

const NARROW = '(max-width: 720px)';

function useNarrow(): boolean {
  const [narrow, setNarrow] = useState(() => window.matchMedia?.(NARROW).matches ?? false);
  useEffect(() => {
    const query = window.matchMedia?.(NARROW);
    const onChange = () => setNarrow(query!.matches);
    query?.addEventListener('change', onChange);
    return () => query?.removeEventListener('change', onChange);
  }, []);
  return narrow;
}

export function ViewerApp(props: ViewerAppProps) {
  return (
    <LangContext.Provider value={props.lang}>
      <Viewer {...props} />
    </LangContext.Provider>
  );
}

function Viewer({ snapshot, baseUrl, lang, onLang, embed, style, createMap }: ViewerAppProps) {
  const t = useT();
  const narrow = useNarrow();
  const [filter, setFilter] = useState<ViewerFilter>(NO_FILTER);
  const [target, setTarget] = useState<Target | null>(() => parseHash(window.location.hash));
  const [flyKey, setFlyKey] = useState(() => (target ? 1 : 0));
  const [phoneView, setPhoneView] = useState<'map' | 'list'>('map');
  const [basemapFailed, setBasemapFailed] = useState(false);

  useEffect(() => {
    // A link opened in the same page, a hand-edited address or the back button.
    const onHash = () => {
      setTarget(parseHash(window.location.hash));
      setFlyKey((k) => k + 1);
    };
    window.addEventListener('hashchange', onHash);
    return () => window.removeEventListener('hashchange', onHash);
  }, []);

  const title = t('viewer.title', { name: snapshot.workspace.name });
  useEffect(() => {
    document.title = title;
  }, [title]);

  /** Selects (null: back to the list) and records it in the address; a pick in the list also flies there. */
  function open(next: Target | null, fly: boolean) {
    window.history.pushState(null, '', `${window.location.pathname}${window.location.search}${formatHash(next)}`);
    setTarget(next);
    if (fly) setFlyKey((k) => k + 1);
  }

  const shown = useMemo(() => filterInvestments(snapshot, filter, lang), [snapshot, filter, lang]);
  const visibleIds = useMemo(() => (isFiltering(filter) ? shown.map((i) => i.id) : null), [filter, shown]);
  const investment = target?.type === 'investment' ? snapshot.investments.find((i) => i.id === target.id) : undefined;
  const area = target?.type === 'area' ? snapshot.areas.find((a) => a.id === target.id) : undefined;
  const fullUrl = useMemo(() => {
    const url = new URL(window.location.href);
    url.searchParams.delete('embed');
    return url.href;
  }, []);

  let panel;
  if (investment) panel = <InvestmentPage snapshot={snapshot} investment={investment} onOpen={(next) => open(next, true)} />;
  else if (area) panel = <AreaPage snapshot={snapshot} area={area} onOpen={(next) => open(next, true)} />;
  else {
    panel = (
      <>
        {target && <p className="viewer-notice" role="alert">{t('viewer.notFound')}</p>}
        <h2 className="visually-hidden">{t('viewer.investments')}</h2>
        <Filters snapshot={snapshot} filter={filter} onChange={setFilter} shown={shown.length} />
        {shown.length === 0
          ? <p>{t('viewer.noResults')}</p>
          : <InvestmentList snapshot={snapshot} investments={shown} showEmptyAreas={!isFiltering(filter)} onOpen={(next) => open(next, true)} headingLevel={3} />}
      </>
    );
  }

  return (
    <div className="viewer" data-embed={embed || undefined} data-view={phoneView}>
      {!embed && (
        <header className="viewer-header">
          <a className="viewer-skip" href="#viewer-panel">{t('viewer.skip')}</a>
          <div>
            <h1>{snapshot.workspace.name}</h1>
            <p className="viewer-muted">{t('viewer.published', { date: formatDate(snapshot.publishedAt, lang) })}</p>
          </div>
          <div role="group" aria-label={t('viewer.lang')} className="viewer-segmented">
            {(['sv', 'en'] as const).map((l) => (
              <button key={l} type="button" lang={l} aria-pressed={lang === l} onClick={() => onLang(l)}>{t(`viewer.lang.${l}`)}</button>
            ))}
          </div>
        </header>
      )}
      {snapshot.demo && <p className="viewer-demo" role="note">{t('viewer.demo')}</p>}
      <div role="group" aria-label={t('viewer.show')} className="viewer-segmented viewer-switch">
        {(['map', 'list'] as const).map((v) => (
          <button key={v} type="button" aria-pressed={phoneView === v} onClick={() => setPhoneView(v)}>{t(`viewer.show.${v}`)}</button>
        ))}
      </div>
      <div className="viewer-mapwrap">
        <MapPane snapshot={snapshot} style={style} createMap={createMap} visibleIds={visibleIds} target={target}
          flyKey={flyKey} shown={!narrow || phoneView === 'map'} onSelect={(next) => open(next, false)}
          baseUrl={baseUrl} onBasemapFallback={() => setBasemapFailed(true)} />
        {basemapFailed && <p className="viewer-basemap-note" role="status">{t('basemap.fallback')}</p>}
        <Legend initiallyOpen={!embed && !narrow} />
      </div>
      <main id="viewer-panel" className="viewer-panel" tabIndex={-1}>
        {panel}
      </main>
      <footer className="viewer-footer">
        {embed && <a href={fullUrl} target="_blank" rel="noopener noreferrer">{t('viewer.openFull')}</a>}
        {snapshot.attribution.length > 0 && <span>{t('viewer.sources', { list: snapshot.attribution.join(' · ') })}</span>}
      </footer>
    </div>
  );
}
