import { useEffect, useMemo, useState } from 'react';
import type { Booted } from './boot';
import { BootContext, useBoot } from './boot-context';
import { StoreContext, usePlatsen, usePlatsenStore, useT } from './store-context';
import { TopBar } from './TopBar';
import { Notices } from './Notices';
import { Panel } from '../features/panel/Panel';
import { MapView } from '../map/MapView';
import { Legend } from '../features/legend/Legend';
import { ChoroplethControl } from '../features/stats/ChoroplethControl';
import { AsOfSlider } from '../features/as-of/AsOfSlider';
import { offlineStyle } from '../map/basemap/offline-style';
import { useBasemapStyle } from '../map/basemap/use-basemap-style';
import { workspaceOf } from '../domain/model';
import { PresentationHost } from '../features/present/PresentationHost';
import { PresentBar, PresentFooter } from '../features/present/PresentBar';
import { usePresentState } from '../features/present/present-state';
import { MunicipalityOutline } from '../features/municipality/MunicipalityOutline';
import { GateBoardView } from '../features/gates/GateBoardView';
import { StepConflictDialog } from '../features/history/StepConflictDialog';

export function App({ booted }: { booted: Booted }) {
  const { store, ...rest } = booted;
  return (
    <StoreContext.Provider value={store}>
      <BootContext.Provider value={rest}>
        <Shell />
      </BootContext.Provider>
    </StoreContext.Provider>
  );
}

function Shell() {
  const t = useT();
  const isDemo = usePlatsen((s) => workspaceOf(s.doc)?.isDemo ?? false);
  const lang = usePlatsen((s) => s.session.lang);
  const [panelOpen, setPanelOpen] = useState(true);
  const presenting = usePlatsen((s) => s.session.mode === 'present');
  const noticeFloor = usePresentState((s) => s.noticeFloor);
  const board = usePlatsen((s) => s.session.board);
  // Comparing areas needs a column per area: the panel widens while the map keeps the rest.
  const comparing = usePlatsen((s) => s.session.selection?.type === 'area' && s.session.selection.ids.length > 1);
  useEffect(() => { document.title = t('app.name'); }, [t, lang]);

  return (
    <div className={`${panelOpen ? 'shell' : 'shell panel-closed'}${presenting ? ' presenting' : ''}${comparing ? ' comparing' : ''}`}>
      {!presenting && <a className="skip-link" href="#panel">{t('app.skipToPanel')}</a>}
      {presenting ? <PresentBar /> : <TopBar />}
      {isDemo && !presenting && <p className="demo-banner">{t('app.demoBanner')}</p>}
      {!presenting && <aside id="panel" className="panel" aria-label={t('app.panel')} tabIndex={-1}>
        {panelOpen && <Panel />}
      </aside>}
      <main className="map-area" aria-label={t('app.map')}>
        <MapArea />
        <MunicipalityOutline />
        {/* Small, in the map's top left corner: the map is the hero (ux.md), its boxes cover little of it. */}
        {!presenting && <button type="button" className="panel-toggle" aria-expanded={panelOpen} aria-controls="panel" data-map-overlay=""
          aria-label={panelOpen ? t('app.collapsePanel') : t('app.expandPanel')} title={panelOpen ? t('app.collapsePanel') : t('app.expandPanel')}
          onClick={() => setPanelOpen((o) => !o)}>
          <span aria-hidden="true">{panelOpen ? '‹' : '›'}</span>
        </button>}
        {/* Bottom left, stacked: what the map shows when, and what its colours mean. The bottom
            edge's middle and right stay free for the scale and the sources. */}
        {!presenting && <><div className="map-dock"><AsOfSlider /><Legend /></div><ChoroplethControl /></>}
        {/* The room sees no notice left over from editing, only an error that happens while presenting. */}
        <Notices only={presenting ? (n) => n.tone === 'error' && n.id > noticeFloor : undefined} />
        <PresentationHost />
      </main>
      {board && !presenting && <GateBoardView view={board} />}
      {presenting && <PresentFooter demo={isDemo} />}
      <StepConflictDialog />
    </div>
  );
}

function MapArea() {
  const { config, baseUrl } = useBoot();
  // The workspace remembers where its places are; the deployer's view is the fallback.
  const view = usePlatsen((s) => workspaceOf(s.doc)?.defaultView) ?? config.initialView;
  const store = usePlatsenStore();
  const basemap = usePlatsen((s) => s.session.basemap);
  const lang = usePlatsen((s) => s.session.lang);
  const theme = usePlatsen((s) => s.session.mode === 'present') ? 'projector' : 'light';
  const style = useBasemapStyle(basemap, baseUrl, theme, lang, config, { keepPrevious: true });
  const fallback = useMemo(() => ({
    style: (th: typeof theme) => offlineStyle({ baseUrl, theme: th }),
    onFallback: () => store.notify('info', 'basemap.fallback'),
  }), [baseUrl, store]);
  return style && <MapView style={style} theme={theme} initialView={view} fallback={fallback} />;
}
