// Presentation mode over the map: the scene is played, the room's keys act, a click explains what
// it lands on, and what the room opens (menu, callout, corner legend, matrix, help) is drawn here.
// The caption lives in PresentBar, above the map.
import { pointOnFeature } from '@turf/turf';
import type { MapMouseEvent } from 'maplibre-gl';
import { useEffect } from 'react';
import { usePlatsen, usePlatsenStore } from '../../app/store-context';
import { featureAt } from '../../map/interactions';
import { getMap } from '../../map/map-registry';
import { selectionGeometry } from '../../map/focus';
import { playScene } from '../tours/scenes';
import { MatrixDialog } from '../matrix/MatrixDialog';
import { HelpOverlay } from './HelpOverlay';
import { PRESENT_BAR_ID } from './PresentBar';
import { PresentCallout } from './PresentCallout';
import { PresentLegend } from './PresentLegend';
import { PresentMenu } from './PresentMenu';
import { keepClear } from './keep-clear';
import { ALL_LAYERS, applyPresentLayers } from './present-layers';
import { leavePresentation, presentState, stepScene, usePresentState } from './present-state';
import { usePresentKeys } from './use-present-keys';
import { useGatePlayback } from './use-gate-playback';
import './present.css';

function toggleFullscreen(): void {
  // Only from a click or a key press: browsers refuse fullscreen without a user gesture.
  if (document.fullscreenElement) void document.exitFullscreen();
  else void document.documentElement.requestFullscreen?.().catch(() => undefined);
}

const focusBar = () => document.getElementById(PRESENT_BAR_ID)?.focus();

const MAX_FITS = 3;

export function PresentOverlay() {
  const store = usePlatsenStore();
  const tours = usePlatsen((s) => s.doc.tours);
  const { tourId, scene: index, legend, labels, menu, help, matrix } = usePresentState((s) => s);
  const scenes = (tourId ? tours[tourId]?.scenes : undefined) ?? [];
  const scene = scenes[Math.min(index, scenes.length - 1)];
  const playback = useGatePlayback();

  useEffect(focusBar, []);

  // The projector theme reloads the style, which brings every layer back: show the scene's again.
  useEffect(() => {
    const map = getMap();
    if (!map) return;
    const apply = () => applyPresentLayers(map, scene?.layers ?? ALL_LAYERS, labels);
    apply();
    map.on('style.load', apply);
    return () => { map.off('style.load', apply); };
  }, [scene, labels]);

  useEffect(() => {
    const map = getMap();
    if (!map || !scene) return;
    const focus = scene.focus;
    const geometry = focus ? selectionGeometry(store.getState().doc, { type: focus.type, ids: [focus.id] }) : null;
    // Until someone moves the map by hand, every settled frame checks that the focus is clear of
    // the corner legend (the bar, the legend's rows and the projector style settle after the camera).
    // A few fits at most: where the focus cannot be wholly clear (a small screen), the map stays put.
    let handled = false;
    let fits = 0;
    const onIdle = () => { if (geometry && !handled && fits < MAX_FITS && keepClear(map, geometry, scene.camera.zoom)) fits++; };
    const onMove = (e: { originalEvent?: unknown }) => { if (e.originalEvent) handled = true; };
    map.on('idle', onIdle);
    map.on('movestart', onMove);
    playScene(map, store, scene);
    return () => { map.off('idle', onIdle); map.off('movestart', onMove); };
  }, [scene, store]);

  useEffect(() => {
    const map = getMap();
    if (!map) return;
    const onClick = (e: MapMouseEvent) => {
      const hit = featureAt(map, e.point);
      const note = hit?.type === 'note' ? store.getState().doc.notes[hit.id] : undefined;
      // A note's callout points at its pin, wherever its card was spread to.
      const lngLat = note?.position ?? [e.lngLat.lng, e.lngLat.lat];
      presentState.setState({ callout: hit ? { ...hit, lngLat } : null, menu: false });
    };
    map.on('click', onClick);
    return () => { map.off('click', onClick); };
  }, [store]);

  const leave = () => {
    playback.stop();
    if (document.fullscreenElement) void document.exitFullscreen();
    leavePresentation(store);
  };

  usePresentKeys({
    go: (delta) => stepScene(store.getState().doc, delta),
    togglePlay: playback.toggle,
    stopPlay: playback.stop,
    fullscreen: toggleFullscreen,
    leave,
    explainFocus: () => {
      const { doc } = store.getState();
      const focus = scene?.focus;
      const geometry = focus ? selectionGeometry(doc, { type: focus.type, ids: [focus.id] }) : null;
      if (!focus || !geometry) return;
      const current = presentState.getState().callout;
      const lngLat = pointOnFeature(geometry).geometry.coordinates as [number, number];
      presentState.setState({ callout: current?.id === focus.id ? null : { ...focus, lngLat } });
    },
  });

  return (
    <div className="present-overlay">
      {legend && <PresentLegend />}
      {menu && <PresentMenu playback={playback} fullscreen={toggleFullscreen} leave={leave} onClosed={focusBar} />}
      <PresentCallout />
      {matrix && <MatrixDialog closeKey="M" onClose={() => { presentState.setState({ matrix: false }); focusBar(); }} />}
      {help && <HelpOverlay onClose={() => { presentState.setState({ help: false }); focusBar(); }} />}
    </div>
  );
}
