// Presentation mode: the map full window in the projector theme, a tour's caption in large text,
// the legend always shown, and everything driven from the keyboard (? lists the keys).
import { useEffect, useRef, useState } from 'react';
import { usePlatsen, usePlatsenStore, useT } from '../../app/store-context';
import { formatDate } from '../../i18n/translate';
import { getMap } from '../../map/map-registry';
import { playScene, showLayers } from '../tours/scenes';
import { HelpOverlay } from './HelpOverlay';
import { PresentLegend } from './PresentLegend';
import { chooseTour, leavePresentation, presentState, usePresentState } from './present-state';
import { useGatePlayback } from './use-gate-playback';
import './present.css';

const ALL_LAYERS = { areas: true, investments: true, notes: true };

function isTextField(target: EventTarget | null): boolean {
  const el = target as HTMLElement | null;
  return !!el && (el.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(el.tagName));
}

function toggleFullscreen(): void {
  // Only from a click or a key press: browsers refuse fullscreen without a user gesture.
  if (document.fullscreenElement) void document.exitFullscreen();
  else void document.documentElement.requestFullscreen?.().catch(() => undefined);
}

export function PresentOverlay() {
  const t = useT();
  const store = usePlatsenStore();
  const lang = usePlatsen((s) => s.session.lang);
  const asOf = usePlatsen((s) => s.session.asOf);
  const tours = usePlatsen((s) => s.doc.tours);
  const { tourId, scene: index } = usePresentState((s) => s);
  const tour = tourId ? tours[tourId] : undefined;
  const scenes = tour?.scenes ?? [];
  const scene = scenes[Math.min(index, scenes.length - 1)];
  const [help, setHelp] = useState(false);
  const playback = useGatePlayback();
  const region = useRef<HTMLDivElement>(null);

  useEffect(() => region.current?.focus(), []);

  // The projector theme reloads the style, which brings every layer back: show the scene's again.
  useEffect(() => {
    const map = getMap();
    if (!map) return;
    const onStyle = () => showLayers(map, scene?.layers ?? ALL_LAYERS);
    map.on('style.load', onStyle);
    return () => {
      map.off('style.load', onStyle);
      showLayers(map, ALL_LAYERS);
    };
  }, [scene]);

  useEffect(() => {
    const map = getMap();
    if (map && scene) playScene(map, store, scene);
  }, [scene, store]);

  const go = (to: number) => presentState.setState({ scene: Math.max(0, Math.min(to, scenes.length - 1)) });
  const leave = () => {
    playback.stop();
    if (document.fullscreenElement) void document.exitFullscreen();
    leavePresentation(store);
  };

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.ctrlKey || e.metaKey || e.altKey || isTextField(e.target)) return;
      const at = presentState.getState().scene;
      const actions: Record<string, () => void> = {
        ArrowRight: () => go(at + 1), ' ': () => go(at + 1), PageDown: () => go(at + 1),
        ArrowLeft: () => go(at - 1), PageUp: () => go(at - 1),
        Home: () => go(0), End: () => go(scenes.length - 1),
        p: playback.toggle, P: playback.toggle, s: playback.stop, S: playback.stop,
        f: toggleFullscreen, F: toggleFullscreen,
        '?': () => setHelp((h) => !h),
        Escape: () => (help ? setHelp(false) : leave()),
      };
      const action = actions[e.key];
      if (!action) return;
      // Space and arrows would otherwise also press a focused button or pan the map.
      e.preventDefault();
      e.stopPropagation();
      action();
    };
    window.addEventListener('keydown', onKey, true);
    return () => window.removeEventListener('keydown', onKey, true);
  });

  const shownDate = playback.date ?? asOf;
  return (
    <div ref={region} className="present-overlay" role="region" aria-label={t('present.region')} tabIndex={-1}>
      <div className="present-caption" aria-live="polite">
        {scene ? (
          <>
            <p className="present-scene-count">{t('present.sceneOf', { n: Math.min(index, scenes.length - 1) + 1, count: scenes.length })}</p>
            <h2>{scene.caption || tour!.title}</h2>
          </>
        ) : <p>{t('present.noTour')}</p>}
      </div>
      {shownDate && <p className="present-date" aria-live="polite">{t('present.asOf', { date: formatDate(shownDate, lang) })}</p>}
      <nav className="present-controls" aria-label={t('present.region')}>
        <label>
          <span className="visually-hidden">{t('present.chooseTour')}</span>
          <select value={tourId ?? ''} onChange={(e) => chooseTour(e.target.value || null)}>
            <option value="">{t('present.noTourOption')}</option>
            {Object.values(tours).map((tr) => <option key={tr.id} value={tr.id}>{tr.title}</option>)}
          </select>
        </label>
        <button type="button" disabled={!scene || index <= 0} onClick={() => go(index - 1)}>{t('present.previous')}</button>
        <button type="button" disabled={!scene || index >= scenes.length - 1} onClick={() => go(index + 1)}>{t('present.next')}</button>
        <button type="button" disabled={!playback.canPlay} aria-pressed={playback.playing} onClick={playback.toggle}>
          {playback.playing ? t('present.pause') : t('present.play')}
        </button>
        <button type="button" disabled={!playback.active} onClick={playback.stop}>{t('present.stop')}</button>
        <button type="button" onClick={toggleFullscreen}>{t('present.fullscreen')}</button>
        <button type="button" aria-expanded={help} onClick={() => setHelp(!help)}>{t('present.help')}</button>
        <button type="button" onClick={leave}>{t('present.exit')}</button>
      </nav>
      <PresentLegend />
      {help && <HelpOverlay onClose={() => setHelp(false)} />}
    </div>
  );
}
