// "How we follow up": the programme's public indicators, each with where it started, what has been
// measured since and where it aims, as a table of values (the sparkline beside it only pictures them).
import type { PublicIndicator } from '../domain/publish/snapshot-types';
import { formatDate, formatNumber } from '../i18n/translate';
import { SdgList } from './SdgList';
import { Sparkline } from './Sparkline';
import { useLang, useT } from './words';

export function FollowUp({ indicators }: { indicators: readonly PublicIndicator[] }) {
  const t = useT();
  if (indicators.length === 0) return null;
  return (
    <>
      <h3>{t('viewer.followUp')}</h3>
      <p>{t('viewer.followUp.intro')}</p>
      <ul className="viewer-list-plain viewer-indicators">
        {indicators.map((ind) => <Indicator key={ind.id} indicator={ind} />)}
      </ul>
    </>
  );
}

function Indicator({ indicator: ind }: { indicator: PublicIndicator }) {
  const t = useT();
  const lang = useLang();
  const value = (n: number) => (ind.unit.trim() ? `${formatNumber(n, lang, 2)} ${ind.unit}` : formatNumber(n, lang, 2));
  const rows = [
    ...(ind.baseline ? [{ kind: 'baseline', label: t('viewer.indicator.baseline'), when: String(ind.baseline.year), value: ind.baseline.value }] : []),
    ...ind.measurements.map((m) => ({ kind: 'measurement', label: t('viewer.indicator.measurement'), when: formatDate(m.date, lang), value: m.value })),
    ...(ind.target ? [{ kind: 'target', label: t('viewer.indicator.target'), when: String(ind.target.year), value: ind.target.value }] : []),
  ];
  const facts = [
    ind.source.trim() && t('viewer.indicator.source', { source: ind.source }),
    ind.benefitDimension && t(`resident.benefit.${ind.benefitDimension}`),
  ].filter((f): f is string => Boolean(f));

  return (
    <li className="viewer-indicator">
      <h4>{ind.name}</h4>
      {facts.length > 0 && <p className="viewer-muted viewer-text">{facts.join(' · ')}</p>}
      {rows.length === 0 ? <p>{t('viewer.indicator.noValues')}</p> : (
        <>
          <Sparkline indicator={ind} />
          <table className="viewer-values">
            <caption className="visually-hidden">{t('viewer.indicator.values', { name: ind.name })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('viewer.indicator.what')}</th>
                <th scope="col">{t('viewer.indicator.when')}</th>
                <th scope="col">{t('viewer.indicator.value')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r, i) => (
                <tr key={i}>
                  <th scope="row"><span className={`viewer-key viewer-key-${r.kind}`} aria-hidden="true" />{r.label}</th>
                  <td>{r.when}</td>
                  <td className="viewer-number">{value(r.value)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
      <SdgList goals={ind.sdgs} />
    </li>
  );
}
