// The choropleth's own legend: what is coloured, by which classification, each class as a range
// with its count, and the missing ones hatched. Text beside every swatch, so it reads without colour.
import { usePlatsen, useT } from '../../app/store-context';
import type { StatKey } from '../../domain/stats/statistics';
import type { ChoroplethTarget } from './choropleth-state';
import type { ChoroplethView } from './use-choropleth-data';
import { formatStatRange } from './format-stat';

export function ChoroplethLegend({ view, statistic, target }: { view: ChoroplethView; statistic: StatKey; target: ChoroplethTarget }) {
  const t = useT();
  const lang = usePlatsen((s) => s.session.lang);
  const { legend } = view;
  return (
    <div className="choropleth-legend" aria-live="polite">
      <h3>{t(`stat.${statistic}`)}</h3>
      <p className="choropleth-sub">
        {target === 'deso'
          ? t('choropleth.legendTarget', { target: t('choropleth.target.deso'), municipality: view.layerName })
          : t('choropleth.legendTargetAreas')}
        {' · '}{t(`stat.classes.${legend.method}`)}
      </p>
      {legend.entries.length === 0 && <p>{t(view.collection.features.length ? 'choropleth.noValues' : 'choropleth.noAreas')}</p>}
      <ul>
        {legend.entries.map((e, i) => (
          <li key={i} className="choropleth-entry" data-class={i}>
            <span className="choropleth-swatch" style={{ background: e.colour }} aria-hidden="true" />
            <span>{t('choropleth.entry', { range: formatStatRange(e.from, e.to, statistic, lang), n: e.count })}</span>
          </li>
        ))}
        {legend.missing > 0 && (
          <li className="choropleth-entry" data-class="missing">
            <span className="choropleth-swatch choropleth-hatch" aria-hidden="true" />
            <span>{t('stat.classes.missing', { n: legend.missing })}</span>
          </li>
        )}
      </ul>
      <p className="choropleth-source">{view.source ? t('stat.sourceImported', { tables: view.source }) : t('stat.source')}</p>
    </div>
  );
}
