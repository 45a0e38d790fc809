// The bar above the map in presentation mode, like a slide's title: which scene of which tour, its
// caption in large type, the date shown, and the few buttons a facilitator needs (the rest are in
// the menu and on keys). It takes its own row, so it never covers the map.
import { useBoot } from '../../app/boot-context';
import { usePlatsen, usePlatsenStore, useT } from '../../app/store-context';
import { formatDate } from '../../i18n/translate';
import '../../i18n/strings/present';
import '../../i18n/strings/workshop';
import { credits } from './credits';
import { presentState, stepScene, usePresentState } from './present-state';

export const PRESENT_BAR_ID = 'present-bar';

export function PresentBar() {
  const t = useT();
  const store = usePlatsenStore();
  const lang = usePlatsen((s) => s.session.lang);
  const asOf = usePlatsen((s) => s.session.asOf);
  const { tourId, scene: index, menu } = usePresentState((s) => s);
  const tour = usePlatsen((s) => (tourId ? s.doc.tours[tourId] : undefined));
  const scenes = tour?.scenes ?? [];
  const at = Math.min(index, scenes.length - 1);
  const scene = scenes[at];
  const go = (delta: number) => stepScene(store.getState().doc, delta);

  return (
    <div id={PRESENT_BAR_ID} className="present-bar" role="region" aria-label={t('present.region')} tabIndex={-1}>
      <div className="present-caption" aria-live="polite">
        {scene ? (
          <>
            <p className="present-meta">
              {t('present.sceneOf', { n: at + 1, count: scenes.length })} · {tour!.title}
              {tour!.invented && <span className="present-badge">{t('investment.fictional')}</span>}
            </p>
            <h2>{scene.caption || tour!.title}</h2>
          </>
        ) : <h2 className="present-no-tour">{t('present.noTour')}</h2>}
      </div>
      {asOf && <p className="present-date" aria-live="polite">{t('present.asOf', { date: formatDate(asOf, lang) })}</p>}
      <nav className="present-controls" aria-label={t('present.region')}>
        <button type="button" disabled={!scene || at <= 0} onClick={() => go(-1)}>
          <span aria-hidden="true">←</span><span className="visually-hidden">{t('present.previous')}</span>
        </button>
        <button type="button" disabled={!scene || at >= scenes.length - 1} onClick={() => go(1)}>
          <span aria-hidden="true">→</span><span className="visually-hidden">{t('present.next')}</span>
        </button>
        <button type="button" aria-expanded={menu} aria-controls={menu ? 'present-menu' : undefined}
          onClick={() => presentState.setState({ menu: !menu })}>{t('present.menu')}</button>
      </nav>
    </div>
  );
}

/**
 * Below the map, like a slide's footer: that the demo is invented, and who to credit (MapLibre's
 * own credit line would sit on the map; here it costs the room nothing).
 */
export function PresentFooter({ demo }: { demo: boolean }) {
  const t = useT();
  const { config } = useBoot();
  const sources = usePlatsen((s) => credits(s.doc, s.session.basemap, config));
  return (
    <footer className="present-footer">
      {demo && <span className="present-footer-demo">{t('app.demoBanner')}</span>}
      <span>{t('exportImage.sources', { sources })}</span>
    </footer>
  );
}
