// What the map's shapes, colours and fills mean, with the map's own symbol images and the
// snapshot's gate names. Every entry is text with a picture beside it.
import { useId, useState } from 'react';
import type { PublicSnapshot } from '../domain/publish/snapshot-types';
import '../i18n/strings/map';
import { AREA_COLOUR, CASING_COLOUR, PHASE_RAMP, phaseRamp } from '../map/encoding';
import { SymbolImage } from './SymbolImage';
import { useLang, useT } from './words';

const NEUTRAL = PHASE_RAMP[3];

function LineImage({ dashed }: { dashed: boolean }) {
  return (
    <svg width={20} height={20} viewBox="0 0 20 20" aria-hidden="true" focusable="false">
      <line x1={1} y1={10} x2={19} y2={10} stroke={CASING_COLOUR} strokeWidth={5} />
      <line x1={1} y1={10} x2={19} y2={10} stroke={NEUTRAL} strokeWidth={3} strokeDasharray={dashed ? '5 3' : undefined} />
    </svg>
  );
}

export function Legend({ snapshot, initiallyOpen }: { snapshot: PublicSnapshot; initiallyOpen: boolean }) {
  const t = useT();
  const lang = useLang();
  const [open, setOpen] = useState(initiallyOpen);
  const id = useId();
  const ramp = phaseRamp(snapshot.gates.length);
  return (
    <section className="viewer-legend" aria-labelledby={`${id}-h`}>
      <div className="viewer-legend-head">
        <h2 id={`${id}-h`}>{t('viewer.legend')}</h2>
        <button type="button" aria-expanded={open} aria-controls={id} onClick={() => setOpen(!open)}>
          {t(open ? 'viewer.legend.hide' : 'viewer.legend.show')}
        </button>
      </div>
      {open && (
        <div id={id}>
          <h3>{t('map.legend.kinds')}</h3>
          <ul>
            <li><SymbolImage kind="physical" status="active" colour={NEUTRAL} /><LineImage dashed={false} />{t('map.legend.physical')}</li>
            <li><SymbolImage kind="social" status="active" colour={NEUTRAL} /><LineImage dashed />{t('map.legend.social')}</li>
          </ul>
          <h3>{t('map.legend.phases')}</h3>
          <ul>
            {snapshot.gates.map((g, i) => (
              <li key={g.code}><SymbolImage kind="physical" status="active" colour={ramp[i]!} />{t('map.legend.gate', { code: g.code, name: g.name[lang] })}</li>
            ))}
          </ul>
          <h3>{t('map.legend.status')}</h3>
          <ul>
            <li><SymbolImage kind="social" status="waiting" colour={NEUTRAL} />{t('map.legend.waiting')}</li>
            <li><SymbolImage kind="social" status="stopped" colour={NEUTRAL} />{t('map.legend.stopped')}</li>
            <li><SymbolImage kind="social" status="realised" colour={ramp.at(-1) ?? NEUTRAL} />{t('map.legend.realised')}</li>
            <li>
              <svg width={20} height={20} viewBox="0 0 20 20" aria-hidden="true" focusable="false">
                <rect x={2} y={3} width={16} height={14} fill={AREA_COLOUR} fillOpacity={0.15} stroke={AREA_COLOUR} strokeWidth={2} />
              </svg>
              {t('map.legend.area')}
            </li>
            <li>
              <svg width={20} height={20} viewBox="0 0 20 20" aria-hidden="true" focusable="false">
                <circle cx={10} cy={10} r={8.5} fill="#ffffff" stroke={CASING_COLOUR} strokeWidth={2} />
                <text x={10} y={13.5} textAnchor="middle" fontSize={9} fill={CASING_COLOUR}>3</text>
              </svg>
              {t('map.legend.cluster')}
            </li>
          </ul>
        </div>
      )}
    </section>
  );
}
