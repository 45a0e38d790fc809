// "Show as of a date": a slider over the span of the recorded gate decisions (up to today) and a
// date field beside it for a precise day. It
// only sets session.asOf; the map, the gate board and the roll-ups follow because they all read
// phases through selectPhases.
import { useId, useMemo } from 'react';
import { usePlatsen, usePlatsenStore, useT } from '../../app/store-context';
import { formatDate } from '../../i18n/translate';
import '../../i18n/strings/gates-ui';
import { addDays, clampDate, daysBetween, todayIso } from './dates';
import './as-of.css';

export function AsOfSlider() {
  const t = useT();
  const store = usePlatsenStore();
  const lang = usePlatsen((s) => s.session.lang);
  const asOf = usePlatsen((s) => s.session.asOf);
  const reviews = usePlatsen((s) => s.doc.reviews);
  const id = useId();
  const today = todayIso();
  const [first, last] = useMemo(() => {
    const dates = Object.values(reviews).map((r) => r.date).sort();
    return [dates[0] && dates[0] < today ? dates[0] : today, dates.at(-1) && dates.at(-1)! > today ? dates.at(-1)! : today];
  }, [reviews, today]);
  const span = daysBetween(first, last);
  const value = asOf ? Math.min(Math.max(daysBetween(first, asOf), 0), span) : span;
  const shown = addDays(first, value);

  return (
    <div className="as-of-slider" role="group" aria-label={t('asOf.toggle')} data-map-overlay="">
      <label className="as-of-toggle">
        <input type="checkbox" checked={asOf !== null} onChange={(e) => store.setSession({ asOf: e.target.checked ? shown : null })} />
        {t('asOf.toggle')}
      </label>
      {asOf !== null && (
        <>
          <label htmlFor={id} className="visually-hidden">{t('asOf.date')}</label>
          <input id={id} type="range" min={0} max={span} step={1} value={value}
            aria-valuetext={formatDate(shown, lang)}
            onChange={(e) => store.setSession({ asOf: addDays(first, Number(e.target.value)) })} />
          <label className="as-of-field">
            <span>{t('asOf.dateField')}</span>
            {/* Years of decisions are many slider steps: a date can also be typed or picked. A date
                outside the decisions' span is brought inside it; an unfinished one is ignored. */}
            <input type="date" min={first} max={last} value={shown} required
              onChange={(e) => { if (/^\d{4}-\d{2}-\d{2}$/.test(e.target.value)) store.setSession({ asOf: clampDate(e.target.value, first, last) }); }} />
          </label>
        </>
      )}
    </div>
  );
}
