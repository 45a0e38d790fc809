// The baseline of a statistic-based indicator taken from the area's own figure (exact or
// estimated, as the statistics panel says), with the year the figure describes.
import { useState } from 'react';
import { usePlatsen, useT } from '../../app/store-context';
import type { Id } from '../../domain/model';
import { aggregateToArea, type StatKey } from '../../domain/stats/statistics';
import { formatNumber } from '../../i18n/translate';
import type { Lang } from '../../store/session';
import { loadAllDeso } from '../stats/deso-data';
import { dataYear, formatStat } from '../stats/format-stat';
import { useDivisionStats } from '../stats/stat-source';

export function BaselineFromArea({ areaId, statistic, lang, onValue }: {
  areaId: Id; statistic: StatKey; lang: Lang; onValue(value: string, year: number): void;
}) {
  const t = useT();
  const area = usePlatsen((s) => s.doc.areas[areaId]);
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);
  const [busy, setBusy] = useState(false);
  const imported = useDivisionStats();

  async function take() {
    if (!area) return;
    setBusy(true);
    try {
      const stat = aggregateToArea(area, imported?.features ?? await loadAllDeso())[statistic];
      if (stat.value === null) return setMessage({ text: t('indicators.prefillMissing'), error: false });
      const year = dataYear(statistic);
      // One decimal, as the statistics panel shows it, without thousands separators to re-read.
      onValue(formatNumber(stat.value, lang, 1).replace(/[\s\u00a0\u202f]/g, ''), year);
      setMessage({ text: t('indicators.prefilled', { value: formatStat(stat.value, statistic, lang), year: String(year), method: t(`stat.method.${stat.method}`) }), error: false });
    } catch {
      setMessage({ text: t('statsUi.loadError'), error: true });
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className="indicator-prefill">
      <button type="button" onClick={take} disabled={!area || busy}>{t('indicators.prefill')}</button>
      {busy && <p role="status" className="gate-hint">{t('statsUi.loading')}</p>}
      {message && <p role={message.error ? 'alert' : 'status'} className={message.error ? 'gate-error' : 'gate-hint'}>{message.text}</p>}
    </div>
  );
}
