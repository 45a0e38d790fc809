// One indicator: its chart, its values as a table (also the place to remove a measurement), a
// form for the next measurement, and edit / delete (delete asks first; it can also be undone).
import { useState } from 'react';
import { usePlatsen, usePlatsenStore, useT } from '../../app/store-context';
import { deleteIndicator, updateIndicator } from '../../domain/commands/indicators';
import type { Indicator } from '../../domain/model';
import { formatDate, formatNumber } from '../../i18n/translate';
import { SdgTiles } from '../panel/SdgTiles';
import { MeasurementForm } from './MeasurementForm';
import { TrendChart } from './TrendChart';

export function IndicatorCard({ indicator, onEdit }: { indicator: Indicator; onEdit(): void }) {
  const t = useT();
  const store = usePlatsenStore();
  const lang = usePlatsen((s) => s.session.lang);
  const [confirming, setConfirming] = useState(false);
  const num = (n: number) => formatNumber(n, lang, 2);
  const unit = indicator.unit ? ` ${indicator.unit}` : '';
  const titleId = `indicator-${indicator.id}`;

  const removeMeasurement = (index: number) => store.dispatch(updateIndicator, {
    id: indicator.id, changes: { measurements: indicator.measurements.filter((_, i) => i !== index) },
  });

  return (
    <li className="indicator-card" aria-labelledby={titleId}>
      <h4 id={titleId}>{indicator.name}</h4>
      <p className="gate-hint">
        {[indicator.source, indicator.benefitDimension && t(`benefit.${indicator.benefitDimension}`), indicator.public && t('visibility.public')]
          .filter(Boolean).join(' · ')}
      </p>
      <SdgTiles goals={indicator.sdgs} />
      <TrendChart indicator={indicator} />
      <table className="stat-table indicator-values">
        <caption className="visually-hidden">{t('trend.tableCaption', { name: indicator.name })}</caption>
        <thead><tr><th scope="col">{t('trend.kind')}</th><th scope="col">{t('trend.when')}</th><th scope="col">{t('indicators.value')}</th><td /></tr></thead>
        <tbody>
          <tr data-kind="baseline">
            <th scope="row">{t('indicators.baseline')}</th>
            <td>{indicator.baseline ? indicator.baseline.year : '–'}</td>
            <td className="stat-value">{indicator.baseline ? `${num(indicator.baseline.value)}${unit}` : t('indicators.notSet')}</td><td />
          </tr>
          {indicator.measurements.map((m, i) => (
            <tr key={`${m.date}-${i}`} data-kind="measurement">
              <th scope="row">{t('indicators.measurement')}</th>
              <td>{formatDate(m.date, lang)}</td>
              <td className="stat-value">{`${num(m.value)}${unit}`}</td>
              <td>
                <button type="button" className="link" onClick={() => removeMeasurement(i)}
                  aria-label={t('indicators.removeMeasurement', { date: formatDate(m.date, lang) })}>×</button>
              </td>
            </tr>
          ))}
          <tr data-kind="target">
            <th scope="row">{t('indicators.target')}</th>
            <td>{indicator.target ? indicator.target.year : '–'}</td>
            <td className="stat-value">{indicator.target ? `${num(indicator.target.value)}${unit}` : t('indicators.notSet')}</td><td />
          </tr>
        </tbody>
      </table>
      <MeasurementForm indicatorId={indicator.id} />
      {confirming ? (
        <div className="indicator-confirm" role="group" aria-label={t('indicators.delete')}>
          <p>{t('indicators.confirmDelete', { name: indicator.name, n: indicator.measurements.length })}</p>
          <button type="button" className="danger" onClick={() => store.dispatch(deleteIndicator, { id: indicator.id })}>{t('indicators.confirm')}</button>
          <button type="button" onClick={() => setConfirming(false)}>{t('indicators.cancel')}</button>
        </div>
      ) : (
        <div className="gate-actions">
          <button type="button" onClick={onEdit}>{t('indicators.edit')}</button>
          <button type="button" onClick={() => setConfirming(true)}>{t('indicators.delete')}</button>
        </div>
      )}
    </li>
  );
}
