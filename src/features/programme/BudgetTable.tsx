// Budget lines of groups of investments as a table: the numbers are the content, the bars beside
// them only repeat the proportions for the eye (hidden from screen readers).
import { usePlatsen, useT } from '../../app/store-context';
import type { Tally } from '../../domain/rollups';
import { formatNumber, formatSek } from '../../i18n/translate';

export interface BudgetRow {
  key: string;
  label: string;
  tally: Tally;
}

function Bar({ value, max }: { value: number; max: number }) {
  return <span className="rollup-bar" aria-hidden="true"><span style={{ width: `${max > 0 ? (value / max) * 100 : 0}%` }} /></span>;
}

export function BudgetTable({ caption, rows }: { caption: string; rows: BudgetRow[] }) {
  const t = useT();
  const lang = usePlatsen((s) => s.session.lang);
  const maxInvestment = Math.max(0, ...rows.map((r) => r.tally.investment));
  const maxOperating = Math.max(0, ...rows.map((r) => r.tally.operatingPerYear));
  return (
    <table className="rollup-table">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{t('rollups.group')}</th>
          <th scope="col" className="num">{t('rollups.count')}</th>
          <th scope="col">{t('rollups.investment')}</th>
          <th scope="col">{t('rollups.operating')}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.key}>
            <th scope="row">{r.label}</th>
            <td className="num">{formatNumber(r.tally.count, lang)}</td>
            <td><span className="rollup-value">{formatSek(r.tally.investment, lang)}</span><Bar value={r.tally.investment} max={maxInvestment} /></td>
            <td><span className="rollup-value">{formatSek(r.tally.operatingPerYear, lang)}</span><Bar value={r.tally.operatingPerYear} max={maxOperating} /></td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
