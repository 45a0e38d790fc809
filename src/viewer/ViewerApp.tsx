// The public, read-only page: header with search and "near me", map and the list alternative, the
// area and investment pages, what is near a place, and the selection kept in the address
// (#area=<id>, #investment=<id>), so every place and every investment has a permanent link.
// Nothing is written to storage.
import { useEffect, useMemo, useState } from 'react';
import type { Geometry } from 'geojson';
import type { StyleSpecification } from 'maplibre-gl';
import type { PublicSnapshot } from '../domain/publish/snapshot-types';
import { basemapCredits } from '../map/basemap/choices';
import type { DeployConfig } from '../map/basemap/config';
import '../i18n/strings/basemap';
import type { Lang } from '../store/session';
import { circle } from '../search/distance';
import type { Place } from '../search/places';
import { AreaPage } from './AreaPage';
import { filterInvestments, isFiltering, NO_FILTER, type ViewerFilter } from './filter';
import { InvestmentPage } from './InvestmentPage';
import { Legend } from './Legend';
import { ListPanel } from './ListPanel';
import { locate, type LocateFailure } from './locate';
import { MapPane } from './MapPane';
import { NearbyPanel, type NearState } from './NearbyPanel';
import { targetGeometry } from './sources';
import { formatHash, parseHash, type Target } from './url-state';
import type { CreateViewerMap } from './viewer-map';
import { ViewerHeader, ViewerTools } from './ViewerHeader';
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

function Viewer({ snapshot, config, baseUrl, lang, onLang, embed, style, createMap }: ViewerAppProps) {
  const t = useT();
  const narrow = useNarrow();
  const [filter, setFilter] = useState<ViewerFilter>(NO_FILTER);
  const [target, setTarget] = useState<Target | null>(() => parseHash(window.location.hash));
  const [flyKey, setFlyKey] = useState(() => (target ? 1 : 0));
  const [phoneView, setPhoneView] = useState<'map' | 'list'>('map');
  const [basemapFailed, setBasemapFailed] = useState(false);
  const [near, setNear] = useState<NearState | null>(null);
  // Half a kilometre: the map then shows the street names around the place (zoom 15 on a laptop).
  const [radius, setRadius] = useState(500);

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

  function showNear(next: NearState) {
    setNear(next);
    if (target) open(null, false);
    if (next.status === 'ready') setFlyKey((k) => k + 1);
  }

  function pick(place: Place) {
    if (place.kind === 'address') showNear({ status: 'ready', center: place.center, label: place.label });
    else open({ type: place.kind, id: place.id }, true);
  }

  function nearMe() {
    showNear({ status: 'locating' });
    locate().then((center) => showNear({ status: 'ready', center, label: null }), (failure: LocateFailure) => showNear({ status: failure }));
  }

  function chooseRadius(next: number) {
    setRadius(next);
    setFlyKey((k) => k + 1);
  }

  const shown = useMemo(() => filterInvestments(snapshot, filter, lang), [snapshot, filter, lang]);
  const visibleIds = useMemo(() => (isFiltering(filter) ? shown.map((i) => i.id) : null), [filter, shown]);
  const investment = target?.type === 'investment' ? snapshot.investments.find((i) => i.id === target.id) : undefined;
  const area = target?.type === 'area' ? snapshot.areas.find((a) => a.id === target.id) : undefined;
  const place = near?.status === 'ready' ? { center: near.center, radius } : null;
  const focus: Geometry | null = target ? targetGeometry(snapshot, target) : place && circle(place.center, place.radius);
  const fullUrl = useMemo(() => {
    const url = new URL(window.location.href);
    url.searchParams.delete('embed');
    return url.href;
  }, []);

  const tools = <ViewerTools snapshot={snapshot} config={config} baseUrl={baseUrl} onPick={pick} onNearMe={nearMe} />;
  let panel;
  if (investment) panel = <InvestmentPage snapshot={snapshot} investment={investment} onOpen={(next) => open(next, true)} />;
  else if (area) panel = <AreaPage snapshot={snapshot} area={area} onOpen={(next) => open(next, true)} />;
  else if (near) {
    panel = <NearbyPanel snapshot={snapshot} near={near} radius={radius} onRadius={chooseRadius} onOpen={(next) => open(next, true)} onClose={() => setNear(null)} />;
  } else {
    panel = <ListPanel snapshot={snapshot} filter={filter} onFilter={setFilter} shown={shown} notFound={target !== null} onOpen={(next) => open(next, true)} narrow={narrow} />;
  }

  return (
    <div className="viewer" data-embed={embed || undefined} data-view={phoneView}>
      {!embed && <ViewerHeader snapshot={snapshot} lang={lang} onLang={onLang}>{tools}</ViewerHeader>}
      {snapshot.demo && <p className="viewer-demo" role="note">{t('viewer.demo')}</p>}
      <div role="group" aria-label={t('viewer.show')} className="viewer-segmented viewer-switch">
        {(['map', 'list'] as const).map((v) => (
          <button key={v} type="button" aria-pressed={phoneView === v} onClick={() => setPhoneView(v)}>{t(`viewer.show.${v}`)}</button>
        ))}
      </div>
      <div className="viewer-mapwrap">
        <MapPane snapshot={snapshot} style={style} createMap={createMap} visibleIds={visibleIds} target={target} focus={focus}
          flyKey={flyKey} place={place} shown={!narrow || phoneView === 'map'} onSelect={(next) => open(next, false)}
          baseUrl={baseUrl} onBasemapFallback={() => setBasemapFailed(true)} />
        <Legend initiallyOpen={!embed && !narrow} />
        {basemapFailed && <p className="viewer-basemap-note" role="status">{t('basemap.fallback')}</p>}
      </div>
      <main id="viewer-panel" className="viewer-panel" tabIndex={-1}>
        {embed && tools}
        {panel}
        <footer className="viewer-footer">
          {embed && <a href={fullUrl} target="_blank" rel="noopener noreferrer">{t('viewer.openFull')}</a>}
          {snapshot.attribution.length > 0 && <span>{t('viewer.sources', { list: snapshot.attribution.join(' · ') })}</span>}
          <span>{t('viewer.mapCredits', { list: basemapCredits(basemapFailed ? 'offline' : config.basemap, config).join(' · ') })}</span>
        </footer>
      </main>
    </div>
  );
}
