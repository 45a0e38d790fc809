// Bottom-left legend: says what the map's shapes, colours and fills mean right now (phase ramp
// with this workspace's gate names, or the rating scale when colouring by an aspect). Every entry
// is text with a picture beside it, so it reads the same to a screen reader.
import { Fragment, useId, useState } from 'react';
import { usePlatsen, useT } from '../../app/store-context';
import '../../i18n/strings/map';
import { gatesOf } from '../../store/selectors';
import { getMap } from '../../map/map-registry';
import { notesInView } from '../../map/notes-layer';
import { useMapMoves } from '../../map/use-map-moves';
import { drawnLegend } from '../present/drawn-legend';
import { legendSections } from './legend-model';
import { Swatch, type SwatchProps } from './Swatch';
import './legend.css';

function Entry({ swatch, label }: { swatch: SwatchProps[]; label: string }) {
  return (
    <li className="platsen-legend-entry">
      <span className="platsen-legend-swatches">
        {swatch.map((s, i) => <Swatch key={i} {...s} />)}
      </span>
      <span>{label}</span>
    </li>
  );
}

export interface LegendProps {
  /** Starts collapsed (e.g. on a phone, where the map needs the room). */
  initiallyOpen?: boolean;
}

export function Legend({ initiallyOpen = true }: LegendProps) {
  const t = useT();
  const lang = usePlatsen((s) => s.session.lang);
  const colourBy = usePlatsen((s) => s.session.colourBy);
  const areaProgress = usePlatsen((s) => s.session.areaProgress);
  const gates = usePlatsen((s) => gatesOf(s.doc));
  const [open, setOpen] = useState(initiallyOpen);
  const bodyId = useId();
  const doc = usePlatsen((s) => s.doc);
  const selected = usePlatsen((s) => (s.session.selection?.ids.length ?? 0) > 0);
  // The workshop notes drawn in view come last; "selected" only when something is.
  useMapMoves();
  const map = getMap();
  const sections = drawnLegend(legendSections(gates, colourBy, lang, t, areaProgress), { selected, notes: map ? notesInView(map, doc) : [] }, t);

  return (
    <section className="platsen-legend" aria-labelledby={`${bodyId}-title`}>
      <div className="platsen-legend-header">
        <h2 id={`${bodyId}-title`}>{t('map.legend.title')}</h2>
        <button type="button" aria-expanded={open} aria-controls={bodyId} onClick={() => setOpen(!open)}>
          {t(open ? 'map.legend.toggle.hide' : 'map.legend.toggle.show')}
        </button>
      </div>
      {open && (
        <div id={bodyId}>
          {sections.map((section, i) => (
            <Fragment key={i}>
              {section.title && <h3>{section.title}</h3>}
              <ul className={section.entries.every((e) => e.label.length <= 24) ? 'platsen-legend-columns' : undefined}>
                {section.entries.map((entry) => <Entry key={entry.label} label={entry.label} swatch={entry.swatches} />)}
              </ul>
            </Fragment>
          ))}
        </div>
      )}
    </section>
  );
}
