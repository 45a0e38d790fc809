// The presentation's menu, opened from the bar: the tour to show and every action that also has a
// key (the key is named on the button). Choosing a tour hands the keyboard back to the room, so →
// moves on at once.
import { useEffect, useRef } from 'react';
import { usePlatsen, useT } from '../../app/store-context';
import { chooseTour, presentState, usePresentState } from './present-state';

export interface PresentMenuProps {
  playback: { playing: boolean; active: boolean; canPlay: boolean; toggle(): void; stop(): void };
  fullscreen(): void;
  leave(): void;
  /** Where the keyboard goes when the menu closes. */
  onClosed(): void;
}

export function PresentMenu({ playback, fullscreen, leave, onClosed }: PresentMenuProps) {
  const t = useT();
  const tours = usePlatsen((s) => s.doc.tours);
  const { tourId, legend, labels, matrix } = usePresentState((s) => s);
  const first = useRef<HTMLButtonElement>(null);
  useEffect(() => first.current?.focus(), []);

  const close = (then?: () => void) => {
    presentState.setState({ menu: false });
    then?.();
    onClosed();
  };
  const toggle = (key: 'legend' | 'labels' | 'matrix') => close(() => presentState.setState((s) => ({ [key]: !s[key] })));
  const list = Object.values(tours).sort((a, b) => a.createdAt.localeCompare(b.createdAt));

  return (
    <div id="present-menu" className="present-menu" role="group" aria-label={t('present.menuTitle')}>
      <div role="group" aria-labelledby="present-menu-tours" className="present-menu-tours">
        <h2 id="present-menu-tours">{t('present.chooseTour')}</h2>
        {[...list, null].map((tour, i) => (
          <button key={tour?.id ?? ''} ref={i === 0 ? first : undefined} type="button" aria-pressed={(tour?.id ?? null) === tourId}
            onClick={() => close(() => chooseTour(tour?.id ?? null))}>
            {tour ? tour.title : t('present.noTourOption')}
          </button>
        ))}
      </div>
      <button type="button" aria-pressed={labels} onClick={() => toggle('labels')}>{t('present.labels')}</button>
      <button type="button" aria-pressed={legend} onClick={() => toggle('legend')}>{t('present.legend')}</button>
      <button type="button" aria-pressed={matrix} onClick={() => toggle('matrix')}>{t('present.matrix')}</button>
      <button type="button" disabled={!playback.canPlay} aria-pressed={playback.playing} onClick={() => close(playback.toggle)}>
        {playback.playing ? t('present.pause') : t('present.play')}
      </button>
      <button type="button" disabled={!playback.active} onClick={() => close(playback.stop)}>{t('present.stop')}</button>
      <button type="button" onClick={() => close(fullscreen)}>{t('present.fullscreen')}</button>
      <button type="button" onClick={() => close(() => presentState.setState({ help: true }))}>{t('present.help')}</button>
      <button type="button" onClick={() => close(leave)}>{t('present.exit')}</button>
    </div>
  );
}
