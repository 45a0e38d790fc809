// A small picture of an indicator's trend beside its table of values: the baseline (square), the
// measurements (a line with dots) and the target (a diamond, reached by a dashed line from the
// latest value). Decorative: the numbers are in the table, so screen readers skip it.
import type { PublicIndicator } from '../domain/publish/snapshot-types';
import { trendLayout, type ChartBox } from '../ui/trend-layout';

const BOX: ChartBox = { width: 160, height: 48, left: 8, right: 8, top: 8, bottom: 8 };

export function Sparkline({ indicator }: { indicator: PublicIndicator }) {
  const layout = trendLayout(indicator, BOX);
  if (!layout) return null;
  const { baseline, measurements, target } = layout;
  const last = measurements.at(-1) ?? baseline;
  return (
    <svg className="viewer-spark" viewBox={`0 0 ${BOX.width} ${BOX.height}`} width={BOX.width} height={BOX.height} aria-hidden="true" focusable="false">
      {target && last && <line className="viewer-spark-target-line" x1={last.x} y1={last.y} x2={target.x} y2={target.y} />}
      {measurements.length > 1 && <polyline className="viewer-spark-line" points={measurements.map((p) => `${p.x},${p.y}`).join(' ')} />}
      {baseline && <rect className="viewer-spark-baseline" x={baseline.x - 4} y={baseline.y - 4} width={8} height={8} />}
      {measurements.map((p, i) => <circle key={i} className="viewer-spark-measurement" cx={p.x} cy={p.y} r={3} />)}
      {target && (
        <polygon className="viewer-spark-target"
          points={`${target.x},${target.y - 5} ${target.x + 5},${target.y} ${target.x},${target.y + 5} ${target.x - 5},${target.y}`} />
      )}
    </svg>
  );
}
