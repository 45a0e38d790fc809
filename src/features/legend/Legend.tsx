// Bottom-left legend: says what the map's shapes, colours and fills mean right now (phase ramp
// with this workspace's gate names, or the rating scale when colouring by an aspect). Every entry
// is text with a picture beside it, so it reads the same to a screen reader.
import { useId, useState } from 'react';
import { usePlatsen, useT } from '../../app/store-context';
import { RATINGS } from '../../domain/model';
import '../../i18n/strings/map';
import { AREA_COLOUR, PHASE_RAMP, RATING_COLOURS, SELECTED_COLOUR, phaseRamp } from '../../map/encoding';
import { gatesOf } from '../../store/selectors';
import { Swatch, type SwatchProps } from './Swatch';
import './legend.css';

/** A mid-ramp colour for entries about shape or fill, where the colour itself means nothing. */
const NEUTRAL = PHASE_RAMP[3];

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
  const gates = usePlatsen((s) => gatesOf(s.doc));
  const [open, setOpen] = useState(initiallyOpen);
  const bodyId = useId();
  const ramp = phaseRamp(gates.length);

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
          <h3>{t('map.legend.kinds')}</h3>
          <ul>
            <Entry label={t('map.legend.physical')} swatch={[
              { kind: 'symbol', shape: 'square', status: 'active', colour: NEUTRAL },
              { kind: 'line', dashed: false, colour: NEUTRAL },
            ]} />
            <Entry label={t('map.legend.social')} swatch={[
              { kind: 'symbol', shape: 'circle', status: 'active', colour: NEUTRAL },
              { kind: 'line', dashed: true, colour: NEUTRAL },
            ]} />
          </ul>
          {colourBy.type === 'phase' ? (
            <>
              <h3>{t('map.legend.phases')}</h3>
              <ul>
                {gates.map((gate, i) => (
                  <Entry key={gate.id} label={t('map.legend.gate', { code: gate.code, name: gate.name[lang] })}
                    swatch={[{ kind: 'symbol', shape: 'square', status: 'active', colour: ramp[i]! }]} />
                ))}
              </ul>
            </>
          ) : (
            <>
              <h3>{t('map.legend.rating', { aspect: t(`map.aspect.${colourBy.aspect}`) })}</h3>
              <ul>
                {RATINGS.map((rating) => (
                  <Entry key={rating} label={t(`map.rating.${rating}`)}
                    swatch={[{ kind: 'symbol', shape: 'square', status: 'active', colour: RATING_COLOURS[rating] }]} />
                ))}
              </ul>
            </>
          )}
          <h3>{t('map.legend.status')}</h3>
          <ul>
            <Entry label={t('map.legend.waiting')} swatch={[{ kind: 'symbol', shape: 'circle', status: 'waiting', colour: NEUTRAL }]} />
            <Entry label={t('map.legend.stopped')} swatch={[{ kind: 'symbol', shape: 'circle', status: 'stopped', colour: NEUTRAL }]} />
            <Entry label={t('map.legend.realised')} swatch={[{ kind: 'symbol', shape: 'circle', status: 'realised', colour: ramp.at(-1) ?? NEUTRAL }]} />
          </ul>
          <ul>
            <Entry label={t('map.legend.cluster')} swatch={[{ kind: 'cluster' }]} />
            <Entry label={t('map.legend.area')} swatch={[{ kind: 'area', colour: AREA_COLOUR }]} />
            <Entry label={t('map.legend.selected')} swatch={[{ kind: 'area', colour: SELECTED_COLOUR }]} />
          </ul>
        </div>
      )}
    </section>
  );
}
