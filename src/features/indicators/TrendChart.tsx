// An indicator's trend: the baseline (square), the measurements (a line with dots) and the target
// (a diamond, reached by a dashed line from the latest known value). Shapes differ, so colour is
// never the only cue; the numbers are in the description and in the table beside the chart.
import { useId } from 'react';
import { usePlatsen, useT } from '../../app/store-context';
import type { Indicator } from '../../domain/model';
import { formatDate, formatNumber } from '../../i18n/translate';
import { trendLayout, type ChartBox } from '../../ui/trend-layout';

const BOX: ChartBox = { width: 320, height: 150, left: 48, right: 14, top: 10, bottom: 22 };

export function TrendChart({ indicator }: { indicator: Indicator }) {
  const t = useT();
  const lang = usePlatsen((s) => s.session.lang);
  const id = useId();
  const layout = trendLayout(indicator, BOX);
  if (!layout) return <p className="gate-hint">{t('trend.empty')}</p>;

  const num = (n: number) => formatNumber(n, lang, 2);
  const withUnit = (n: number) => (indicator.unit ? `${num(n)} ${indicator.unit}` : num(n));
  const latest = indicator.measurements.at(-1);
  const description = t('trend.description', {
    baseline: indicator.baseline ? t('indicators.point', { value: withUnit(indicator.baseline.value), year: String(indicator.baseline.year) }) : t('trend.none'),
    count: indicator.measurements.length,
    latest: latest ? t('indicators.point', { value: withUnit(latest.value), year: formatDate(latest.date, lang) }) : t('trend.none'),
    target: indicator.target ? t('indicators.point', { value: withUnit(indicator.target.value), year: String(indicator.target.year) }) : t('trend.none'),
  });
  const last = layout.measurements.at(-1) ?? layout.baseline;
  const { baseline, measurements, target } = layout;
  const bottom = BOX.height - BOX.bottom;

  return (
    <figure className="trend">
      <svg viewBox={`0 0 ${BOX.width} ${BOX.height}`} role="img" aria-labelledby={`${id}-title ${id}-desc`} className="trend-chart">
        <title id={`${id}-title`}>{t('trend.label', { name: indicator.name })}</title>
        <desc id={`${id}-desc`}>{description}</desc>
        <line className="trend-axis" x1={BOX.left} y1={BOX.top} x2={BOX.left} y2={bottom} />
        <line className="trend-axis" x1={BOX.left} y1={bottom} x2={BOX.width - BOX.right} y2={bottom} />
        <text className="trend-tick" x={BOX.left - 4} y={BOX.top + 8} textAnchor="end">{num(layout.yMax)}</text>
        <text className="trend-tick" x={BOX.left - 4} y={bottom} textAnchor="end">{num(layout.yMin)}</text>
        <text className="trend-tick" x={BOX.left} y={BOX.height - 6}>{layout.firstYear}</text>
        <text className="trend-tick" x={BOX.width - BOX.right} y={BOX.height - 6} textAnchor="end">{layout.lastYear}</text>
        {target && last && (
          <line className="trend-target-line" data-kind="target-line" x1={last.x} y1={last.y} x2={target.x} y2={target.y} />
        )}
        {measurements.length > 1 && (
          <polyline className="trend-line" data-kind="measurement-line" points={measurements.map((p) => `${p.x},${p.y}`).join(' ')} />
        )}
        {baseline && <rect className="trend-baseline" data-kind="baseline" x={baseline.x - 5} y={baseline.y - 5} width={10} height={10} />}
        {measurements.map((p, i) => <circle key={i} className="trend-measurement" data-kind="measurement" cx={p.x} cy={p.y} r={4} />)}
        {target && (
          <polygon className="trend-target" data-kind="target"
            points={`${target.x},${target.y - 7} ${target.x + 7},${target.y} ${target.x},${target.y + 7} ${target.x - 7},${target.y}`} />
        )}
      </svg>
      <figcaption className="trend-legend" aria-hidden="true">
        <span><span className="trend-key trend-key-baseline" />{t('trend.legendBaseline')}</span>
        <span><span className="trend-key trend-key-measurement" />{t('trend.legendMeasurements')}</span>
        <span><span className="trend-key trend-key-target" />{t('trend.legendTarget')}</span>
      </figcaption>
    </figure>
  );
}
