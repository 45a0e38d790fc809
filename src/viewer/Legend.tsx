// What the map's colours and shapes mean, in residents' words: the phases (Idé … Klart), paused
// and stopped, the two kinds, groups and areas, each with the map's own symbol image beside it.
// Folded to one line on a phone so the map stays visible; the list says the same in text.
import { useId, useState } from 'react';
import { RESIDENT_PHASES } from '../domain/resident-phases';
import { AREA_COLOUR, CASING_COLOUR } from '../map/encoding';
import { residentColour, stateName } from './resident';
import { SymbolImage } from './SymbolImage';
import { useLang, useT } from './words';

const NEUTRAL = residentColour('ongoing');

export function Legend({ initiallyOpen }: { initiallyOpen: boolean }) {
  const t = useT();
  const lang = useLang();
  const [open, setOpen] = useState(initiallyOpen);
  const id = useId();
  return (
    <section className="viewer-legend" aria-labelledby={`${id}-h`} data-open={open || undefined}>
      <div className="viewer-legend-head">
        <h2 id={`${id}-h`} className={open ? undefined : 'visually-hidden'}>{t('viewer.legend')}</h2>
        {/* Folded, the button alone says what it opens: one small box over the map. */}
        <button type="button" aria-expanded={open} aria-controls={id} onClick={() => setOpen(!open)}>
          {t(open ? 'viewer.legend.hide' : 'viewer.legend')}
        </button>
      </div>
      {open && (
        <div id={id}>
          <h3>{t('viewer.legend.phases')}</h3>
          <ul className="viewer-legend-phases">
            {RESIDENT_PHASES.map((p) => (
              <li key={p}><SymbolImage kind="physical" status="active" colour={residentColour(p)} />{stateName(p, lang)}</li>
            ))}
            <li><SymbolImage kind="physical" status="waiting" colour={NEUTRAL} />{stateName('waiting', lang)}</li>
            <li><SymbolImage kind="physical" status="stopped" colour={NEUTRAL} />{stateName('stopped', lang)}</li>
          </ul>
          <h3>{t('viewer.legend.kinds')}</h3>
          <ul>
            <li><SymbolImage kind="physical" status="active" colour={NEUTRAL} />{t('viewer.legend.physical')}</li>
            <li><SymbolImage kind="social" status="active" colour={NEUTRAL} />{t('viewer.legend.social')}</li>
            <li>
              <svg width={20} height={20} viewBox="0 0 20 20" aria-hidden="true" focusable="false">
                <circle cx={10} cy={10} r={8.5} fill="#ffffff" stroke={CASING_COLOUR} strokeWidth={2} />
                <text x={10} y={13.5} textAnchor="middle" fontSize={9} fill={CASING_COLOUR}>3</text>
              </svg>
              {t('viewer.legend.cluster')}
            </li>
            <li>
              <svg width={20} height={20} viewBox="0 0 20 20" aria-hidden="true" focusable="false">
                <rect x={2} y={3} width={16} height={14} fill={AREA_COLOUR} fillOpacity={0.15} stroke={AREA_COLOUR} strokeWidth={2} />
              </svg>
              {t('viewer.legend.area')}
            </li>
          </ul>
        </div>
      )}
    </section>
  );
}
