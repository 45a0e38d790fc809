// Loads what the page needs (the snapshot and the deploy config, both from this site), then shows
// the viewer, or a message in the reader's language saying why it cannot.
import { useEffect, useState } from 'react';
import type { StyleSpecification } from 'maplibre-gl';
import type { Params } from '../domain/errors';
import type { PublicSnapshot } from '../domain/publish/snapshot-types';
import { resolveBasemapStyle } from '../map/basemap/basemaps';
import { loadDeployConfig } from '../map/basemap/config';
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
  | { status: 'ready'; snapshot: PublicSnapshot; style: StyleSpecification | string };

export interface ViewerRootProps {
  params: ViewerParams;
  /** The site's base address (where config.json, the basemap and the demo snapshot are). */
  baseUrl: string;
  createMap: CreateViewerMap;
  fetchImpl?: typeof fetch;
}

export function ViewerRoot({ params, baseUrl, createMap, fetchImpl = fetch }: ViewerRootProps) {
  const [lang, setLang] = useState<Lang>(params.lang);
  const [state, setState] = useState<State>({ status: 'loading' });

  useEffect(() => {
    let live = true;
    void Promise.all([loadSnapshot(params.snapshotUrl, fetchImpl), loadDeployConfig(baseUrl, fetchImpl)]).then(([result, config]) => {
      if (!live) return;
      if (!result.ok) setState({ status: 'error', key: result.key, params: result.params });
      else setState({ status: 'ready', snapshot: result.snapshot, style: resolveBasemapStyle(config.basemap, { baseUrl, theme: 'light' }) });
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
    setLang(next);
  }

  if (state.status === 'ready') {
    return <ViewerApp snapshot={state.snapshot} style={state.style} lang={lang} onLang={changeLang} embed={params.embed} createMap={createMap} />;
  }
  return (
    <main className="viewer-status">
      {state.status === 'loading'
        ? <p role="status">{translate(lang, 'viewer.loading')}</p>
        : (
          <div role="alert">
            <h1>{translate(lang, 'viewer.error.title')}</h1>
            <p>{translate(lang, state.key, state.params)}</p>
          </div>
        )}
    </main>
  );
}
