import { useT } from '../../app/store-context';
import type { Problem } from '../../domain/io/types';
import type { ReadFile } from './import-flow';

export const PREVIEW_ROWS = 200;
const SHOWN_PROBLEMS = 500;

/** Every problem in the user's language, numbered as rows of the file (1 = the first feature). */
export function ProblemTable({ problems }: { problems: readonly Problem[] }) {
  const t = useT();
  if (problems.length === 0) return null;
  return (
    <section className="import-table-wrap" aria-label={t('importExport.import.problems')}>
      <h3>{t('importExport.import.problems')}</h3>
      <table className="import-table">
        <thead><tr><th scope="col">{t('importExport.import.row')}</th><th scope="col">{t('importExport.import.severity')}</th><th scope="col">{t('importExport.import.message')}</th></tr></thead>
        <tbody>
          {problems.slice(0, SHOWN_PROBLEMS).map((p, i) => (
            <tr key={i} className={p.severity === 'error' ? 'is-error' : undefined}>
              <td>{p.featureIndex < 0 ? t('importExport.import.wholeFile') : p.featureIndex + 1}</td>
              <td>{t(`importExport.import.severity.${p.severity}`)}</td>
              <td>{t(p.code, p.params)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {problems.length > SHOWN_PROBLEMS && <p className="hint">{t('importExport.import.moreProblems', { n: problems.length - SHOWN_PROBLEMS })}</p>}
    </section>
  );
}

const cell = (v: unknown) => (v === null || v === undefined ? '' : typeof v === 'object' ? JSON.stringify(v) : String(v)).slice(0, 120);

/** The first rows of the file as they will be read: row, geometry type, the name field and the other fields. */
export function FeatureTable({ read, nameField }: { read: ReadFile; nameField: string | null }) {
  const t = useT();
  const rows = read.result.features.slice(0, PREVIEW_ROWS);
  const columns = [...new Set(rows.flatMap((f) => Object.keys(f.properties)))].filter((c) => c !== nameField).slice(0, 6);
  return (
    <section className="import-table-wrap" aria-label={t('importExport.import.features')}>
      <h3>{t('importExport.import.features')}</h3>
      {read.result.features.length > PREVIEW_ROWS && <p className="hint">{t('importExport.import.firstRows', { n: PREVIEW_ROWS, total: read.result.features.length })}</p>}
      <table className="import-table">
        <thead>
          <tr>
            <th scope="col">{t('importExport.import.row')}</th>
            <th scope="col">{t('importExport.import.geometry')}</th>
            {nameField && <th scope="col">{nameField}</th>}
            {columns.map((c) => <th key={c} scope="col">{c}</th>)}
          </tr>
        </thead>
        <tbody>
          {rows.map((f, i) => (
            <tr key={i}>
              <td>{(read.sourceIndex[i] ?? i) + 1}</td>
              <td>{f.geometry.type}</td>
              {nameField && <td>{cell(f.properties[nameField])}</td>}
              {columns.map((c) => <td key={c}>{cell(f.properties[c])}</td>)}
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
