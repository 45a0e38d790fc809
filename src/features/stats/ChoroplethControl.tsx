// "Colour by statistic": a small box beside the map legend to choose a statistic, the
// classification and the number of classes, and whether DeSO or the programme areas are coloured;
// its legend says what the colours mean. The map is driven from here through the map registry.
import { useEffect, useId, useState } from 'react';
import { useT } from '../../app/store-context';
import { STATISTICS, isStatKey } from '../../domain/stats/statistics';
import type { ClassMethod } from '../../domain/stats/class-breaks';
import { showChoropleth } from '../../map/choropleth';
import { getMap } from '../../map/map-registry';
import { ChoroplethLegend } from './ChoroplethLegend';
import { MAX_CLASSES, MIN_CLASSES, setChoropleth, useChoropleth, type ChoroplethTarget } from './choropleth-state';
import { Loading } from './Loading';
import { useChoroplethData } from './use-choropleth-data';
import './stats.css';

const METHODS: ClassMethod[] = ['quantile', 'natural'];
const TARGETS: ChoroplethTarget[] = ['deso', 'areas'];
const CLASS_COUNTS = Array.from({ length: MAX_CLASSES - MIN_CLASSES + 1 }, (_, i) => MIN_CLASSES + i);

export function ChoroplethControl() {
  const t = useT();
  const settings = useChoropleth();
  const data = useChoroplethData(settings);
  const [open, setOpen] = useState(false);
  const id = useId();
  const view = data?.status === 'ready' ? data.data : null;

  useEffect(() => {
    const map = getMap();
    if (!view || !map) return;
    const display = showChoropleth(map, view.collection);
    return () => display.remove();
  }, [view]);

  return (
    <section className="choropleth-box" aria-labelledby={`${id}-toggle`} data-map-overlay="">
      <button type="button" id={`${id}-toggle`} className="choropleth-toggle" aria-expanded={open} aria-controls={`${id}-body`} onClick={() => setOpen(!open)}>
        {t('choropleth.toggle')}
      </button>
      <div id={`${id}-body`} hidden={!open}>
        <div className="choropleth-fields">
          <label htmlFor={`${id}-stat`}>{t('choropleth.statistic')}</label>
          <select id={`${id}-stat`} value={settings.statistic ?? ''}
            onChange={(e) => setChoropleth({ statistic: isStatKey(e.target.value) ? e.target.value : null })}>
            <option value="">{t('choropleth.none')}</option>
            {STATISTICS.map((s) => <option key={s.key} value={s.key}>{t(s.label)}</option>)}
          </select>
          <label htmlFor={`${id}-method`}>{t('choropleth.method')}</label>
          <select id={`${id}-method`} value={settings.method} onChange={(e) => setChoropleth({ method: e.target.value as ClassMethod })}>
            {METHODS.map((m) => <option key={m} value={m}>{t(`choropleth.method.${m}`)}</option>)}
          </select>
          <label htmlFor={`${id}-classes`}>{t('choropleth.classes')}</label>
          <select id={`${id}-classes`} value={settings.classes} onChange={(e) => setChoropleth({ classes: Number(e.target.value) })}>
            {CLASS_COUNTS.map((n) => <option key={n} value={n}>{n}</option>)}
          </select>
          <label htmlFor={`${id}-target`}>{t('choropleth.target')}</label>
          <select id={`${id}-target`} value={settings.target} onChange={(e) => setChoropleth({ target: e.target.value as ChoroplethTarget })}>
            {TARGETS.map((x) => <option key={x} value={x}>{t(`choropleth.target.${x}`)}</option>)}
          </select>
        </div>
      </div>
      {data && data.status !== 'ready' && <Loading state={data} />}
      {view && settings.statistic && <ChoroplethLegend view={view} statistic={settings.statistic} target={settings.target} />}
    </section>
  );
}
