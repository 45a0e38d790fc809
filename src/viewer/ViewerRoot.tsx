// Loads what the page needs (the snapshot and the deploy config, both from this site), then shows
// the viewer, or a message in the reader's language saying why it cannot.
import { useEffect, useState } from 'react';
import type { Params } from '../domain/errors';
import type { PublicSnapshot } from '../domain/publish/snapshot-types';
import { loadDeployConfig, type DeployConfig } from '../map/basemap/config';
import { useBasemapStyle } from '../map/basemap/use-basemap-style';
import { translate } from '../i18n/translate';
import type { Lang } from '../store/session';
import { loadSnapshot } from './load';
import { withLang, type ViewerParams } from './url-state';
import { ViewerApp } from './ViewerApp';
import type { CreateViewerMap } from './viewer-map';
import './words';

type State =
  | { status: 'loading' }
  | { status: 'error'; key: string; params: Params }
  | { status: 'ready'; snapshot: PublicSnapshot };

export interface ViewerRootProps {
  params: ViewerParams;
  /** The site's base address (where config.json, the basemap and the demo snapshot are). */
  baseUrl: string;
  createMap: CreateViewerMap;
  fetchImpl?: typeof fetch;
}

export function ViewerRoot({ params, baseUrl, createMap, fetchImpl = fetch }: ViewerRootProps) {
  // The address's language, then the switch's; until config.json is read, Swedish.
  const [chosenLang, setChosenLang] = useState<Lang | null>(params.lang);
  const [state, setState] = useState<State>({ status: 'loading' });
  const [config, setConfig] = useState<DeployConfig | null>(null);
  const lang = chosenLang ?? config?.language ?? 'sv';
  const style = useBasemapStyle(config?.basemap ?? null, baseUrl, 'light', lang, { pmtiles: config?.pmtiles ?? null });

  useEffect(() => {
    let live = true;
    void Promise.all([loadSnapshot(params.snapshotUrl, fetchImpl), loadDeployConfig(baseUrl, fetchImpl)]).then(([result, loaded]) => {
      if (!live) return;
      setConfig(loaded);
      setState(result.ok ? { status: 'ready', snapshot: result.snapshot } : { status: 'error', key: result.key, params: result.params });
    });
    return () => {
      live = false;
    };
  }, [params, baseUrl, fetchImpl]);

  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);

  function changeLang(next: Lang) {
    // Kept in the address, not in storage: a shared link opens in the same language.
    window.history.replaceState(window.history.state, '', withLang(window.location.href, next));
    setChosenLang(next);
  }

  if (state.status === 'ready' && config && style) {
    return <ViewerApp snapshot={state.snapshot} config={config} baseUrl={baseUrl} style={style} lang={lang} onLang={changeLang}
      embed={params.embed} createMap={createMap} />;
  }
  return (
    <main className="viewer-status">
      {state.status === 'error'
        ? (
          <div role="alert">
            <h1>{translate(lang, 'viewer.error.title')}</h1>
            <p>{translate(lang, state.key, state.params)}</p>
          </div>
        )
        : <p role="status">{translate(lang, 'viewer.loading')}</p>}
    </main>
  );
}
