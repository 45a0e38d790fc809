// Bottom-left legend: says what the map's shapes, colours and fills mean right now, listing only
// what is in view (with counts), and holds the choices of what the colours and the area shading
// show. It starts folded on short screens (the map comes first), folded to one row that keeps the
// colour choice; L or its title button opens it. Every entry is text with a picture beside it, so
// it reads the same to a screen reader.
import { Fragment, useEffect, useId, useState } from 'react';
import { usePlatsen, useT } from '../../app/store-context';
import { isTextField } from '../../app/keybindings';
import '../../i18n/strings/map';
import { gatesOf } from '../../store/selectors';
import { getMap } from '../../map/map-registry';
import { notesInView } from '../../map/notes-layer';
import { useMapMoves } from '../../map/use-map-moves';
import { drawnLegend } from '../present/drawn-legend';
import { legendSections } from './legend-model';
import { ColourChoice, ShadingChoice } from './LegendControls';
import { Swatch, type SwatchProps } from './Swatch';
import { useInView } from './use-in-view';
import './legend.css';

/** Below this window height the legend starts folded. */
const FOLD_BELOW_PX = 900;
const LEGEND_KEY = 'l';
const SHORT_LABEL = 20;

function Entry({ swatch, label, count }: { swatch: SwatchProps[]; label: string; count: number | undefined }) {
  return (
    // Short entries share a row two by two, long ones take the whole width: the legend stays low.
    <li className={label.length > SHORT_LABEL ? 'platsen-legend-entry platsen-legend-wide' : 'platsen-legend-entry'}>
      <span className="platsen-legend-swatches">
        {swatch.map((s, i) => <Swatch key={i} {...s} />)}
      </span>
      <span className="platsen-legend-label">{label}</span>
      {count !== undefined && <span className="platsen-legend-count">{count}</span>}
    </li>
  );
}

export interface LegendProps {
  /** Starts open or folded; by default open only on screens at least FOLD_BELOW_PX high. */
  initiallyOpen?: boolean;
}

export function Legend({ initiallyOpen }: LegendProps) {
  const t = useT();
  const lang = usePlatsen((s) => s.session.lang);
  const colourBy = usePlatsen((s) => s.session.colourBy);
  const areaShading = usePlatsen((s) => s.session.areaShading);
  const gates = usePlatsen((s) => gatesOf(s.doc));
  const inView = useInView();
  const [open, setOpen] = useState(() => initiallyOpen ?? window.innerHeight >= FOLD_BELOW_PX);
  const id = useId();
  const doc = usePlatsen((s) => s.doc);
  const selected = usePlatsen((s) => (s.session.selection?.ids.length ?? 0) > 0);
  // The workshop notes drawn in view come last; "selected" only when something is.
  useMapMoves();
  const map = getMap();
  const sections = drawnLegend(legendSections(gates, colourBy, lang, t, { areaShading, inView }), { selected, notes: map ? notesInView(map, doc) : [] }, t);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key.toLowerCase() !== LEGEND_KEY || e.ctrlKey || e.metaKey || e.altKey || isTextField(e.target)) return;
      setOpen((o) => !o);
      e.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  return (
    <section className="platsen-legend" aria-labelledby={`${id}-title`} data-map-overlay="">
      <div className="platsen-legend-header">
        <h2 id={`${id}-title`}>
          <button type="button" aria-expanded={open} aria-controls={`${id}-body`} aria-keyshortcuts="L"
            title={t('map.legend.toggleHint')} onClick={() => setOpen(!open)}>
            <span aria-hidden="true" className="platsen-legend-chevron">{open ? '▾' : '▸'}</span>
            {t('map.legend.title')}
          </button>
        </h2>
        <ColourChoice />
      </div>
      <div id={`${id}-body`} className="platsen-legend-body" hidden={!open}>
        {open && (
          <>
            <ShadingChoice />
            {sections.map((section, i) => (
              <Fragment key={i}>
                {section.title && <h3>{section.title}</h3>}
                <ul>
                  {section.entries.map((entry) => <Entry key={entry.label} label={entry.label} swatch={entry.swatches} count={entry.count} />)}
                </ul>
              </Fragment>
            ))}
          </>
        )}
      </div>
    </section>
  );
}
