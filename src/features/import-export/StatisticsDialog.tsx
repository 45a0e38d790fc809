// SCB statistics for a reference division imported from a file: read a Statistikdatabasen export
// (CSV or JSON-stat 2), see how many of the division's parts it covers, say which of its series is
// which statistic (a share: divided by which total), and import them as one undoable step.
import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { usePlatsen, usePlatsenStore, useT } from '../../app/store-context';
import { importStatistics } from '../../domain/commands/divisions';
import { isDomainError } from '../../domain/errors';
import { readScbStatistics, type StatTable } from '../../domain/stats/read-scb';
import { guessMappings, mappedValues, mappingFits, seriesOfYear, type StatMapping } from '../../domain/stats/scb-mapping';
import { STATISTICS, isStatKey } from '../../domain/stats/statistics';
import '../../i18n/strings/stats';
import '../../i18n/strings/stats-import';
import './import-export.css';

type Read = { file: string; table: StatTable; year: string; mappings: StatMapping[] };

export function StatisticsDialog({ onClose }: { onClose(): void }) {
  const t = useT();
  const store = usePlatsenStore();
  const id = useId();
  const ref = useRef<HTMLDialogElement>(null);
  const divisions = usePlatsen((s) => s.doc.divisions);
  const list = useMemo(() => Object.values(divisions).sort((a, b) => b.updatedAt.localeCompare(a.updatedAt)), [divisions]);
  const [divisionId, setDivisionId] = useState(list[0]?.id ?? '');
  const [read, setRead] = useState<Read | null>(null);
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);
  const division = divisions[divisionId];

  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal?.();
    return () => dialog?.close?.();
  }, []);

  async function choose(file: File) {
    setMessage(null);
    try {
      const table = readScbStatistics(await file.text(), file.name);
      const year = table.years.at(-1) ?? '';
      setRead({ file: file.name, table, year, mappings: guessMappings(table, year) });
    } catch (e) {
      setRead(null);
      setMessage({ text: isDomainError(e) ? t(e.code, e.params) : t('statsImport.readError'), error: true });
    }
  }

  const series = read ? seriesOfYear(read.table, read.year) : [];
  const matched = read && division ? division.parts.filter((p) => series.some((s) => p.code in s.values)).length : 0;
  const setMapping = (i: number, m: StatMapping | null) => read && setRead({
    ...read, mappings: m ? read.mappings.map((x, j) => (j === i ? m : x)) : read.mappings.filter((_, j) => j !== i),
  });
  const unfit = read?.mappings.find((m) => !mappingFits(m));

  async function submit() {
    if (!read || !division) return;
    const result = await store.dispatch(importStatistics, {
      divisionId: division.id,
      source: { file: read.file, table: read.table.table, title: read.table.title, year: read.year },
      statistics: read.mappings.map((m) => ({ key: m.key, values: mappedValues(read.table, read.year, m) })),
    });
    setMessage(result.ok ? { text: t('statsImport.done'), error: false } : { text: t(result.error.code, result.error.params), error: true });
  }

  return (
    <dialog ref={ref} className="import-dialog" aria-labelledby={`${id}-title`} onCancel={(e) => { e.preventDefault(); onClose(); }}>
      <h2 id={`${id}-title`}>{t('statsImport.title')}</h2>
      {list.length === 0 ? <p className="hint">{t('statsImport.noDivision')}</p> : (
        <>
          <div className="import-picker">
            <label htmlFor={`${id}-division`}>{t('statsImport.division')}</label>
            <select id={`${id}-division`} value={divisionId} onChange={(e) => setDivisionId(e.target.value)}>
              {list.map((d) => <option key={d.id} value={d.id}>{d.name} ({d.source.file})</option>)}
            </select>
            <label htmlFor={`${id}-file`}>{t('statsImport.file')}</label>
            <input id={`${id}-file`} type="file" accept=".csv,.json,.txt" onChange={(e) => {
              const file = e.target.files?.[0];
              e.target.value = '';
              if (file) void choose(file);
            }} />
            <p className="hint">{t('statsImport.hint')}</p>
          </div>
          {read && division && (
            <div className="import-preview">
              <p>{t('statsImport.table', { title: [read.table.table, read.table.title].filter(Boolean).join(' ') })}</p>
              <p role="status">{t('statsImport.matched', { matched, parts: division.parts.length })}</p>
              {read.table.years.length > 1 && (
                <div className="import-crs-picker">
                  <label htmlFor={`${id}-year`}>{t('statsImport.year')}</label>
                  <select id={`${id}-year`} value={read.year} onChange={(e) => setRead({ ...read, year: e.target.value, mappings: guessMappings(read.table, e.target.value) })}>
                    {read.table.years.map((y) => <option key={y} value={y}>{y}</option>)}
                  </select>
                </div>
              )}
              {read.mappings.map((m, i) => (
                <fieldset key={i} className="import-mapping stats-mapping">
                  <legend>{t(`stat.${m.key}`)}</legend>
                  <label htmlFor={`${id}-key-${i}`}>{t('statsImport.statistic')}</label>
                  <select id={`${id}-key-${i}`} value={m.key} onChange={(e) => isStatKey(e.target.value) && setMapping(i, { ...m, key: e.target.value })}>
                    {STATISTICS.map((s) => <option key={s.key} value={s.key}>{t(s.label)}</option>)}
                  </select>
                  <label htmlFor={`${id}-series-${i}`}>{t('statsImport.series')}</label>
                  <select id={`${id}-series-${i}`} value={m.series} onChange={(e) => setMapping(i, { ...m, series: Number(e.target.value) })}>
                    {series.map((s, j) => <option key={j} value={j}>{s.label}</option>)}
                  </select>
                  <label htmlFor={`${id}-per-${i}`}>{t('statsImport.per')}</label>
                  <select id={`${id}-per-${i}`} value={m.per ?? ''} onChange={(e) => setMapping(i, { ...m, per: e.target.value === '' ? null : Number(e.target.value) })}>
                    <option value="">{t('statsImport.perNone')}</option>
                    {series.map((s, j) => <option key={j} value={j}>{s.label}</option>)}
                  </select>
                  <button type="button" className="link" onClick={() => setMapping(i, null)}>{t('statsImport.remove')}</button>
                </fieldset>
              ))}
              <button type="button" onClick={() => setRead({ ...read, mappings: [...read.mappings, { key: 'pop', series: 0, per: null }] })}>{t('statsImport.add')}</button>
              {unfit && <p role="alert" className="form-error">{t('statsImport.countNoPer', { statistic: t(`stat.${unfit.key}`) })}</p>}
              <div className="import-actions">
                <button type="button" className="primary" disabled={!read.mappings.length || !!unfit || matched === 0} onClick={() => void submit()}>
                  {t('statsImport.submit', { n: read.mappings.length })}
                </button>
              </div>
            </div>
          )}
        </>
      )}
      {message && <p role={message.error ? 'alert' : 'status'} className={message.error ? 'form-error' : undefined}>{message.text}</p>}
      <div className="import-actions">
        <button type="button" onClick={onClose}>{t('importExport.close')}</button>
      </div>
    </dialog>
  );
}
