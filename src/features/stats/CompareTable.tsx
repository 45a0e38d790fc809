// The comparison's table: one column per area and one for the difference, the rows in groups
// with a heading each. Figures are right-aligned with tabular digits so they line up; labels wrap
// between words only.
import { Fragment } from 'react';
import { usePlatsen, useT } from '../../app/store-context';
import type { Area } from '../../domain/model';
import { formatNumber, formatSek } from '../../i18n/translate';
import type { Lang } from '../../store/session';
import type { CompareFormat, CompareGroup } from './compare-model';
import { formatStat } from './format-stat';

function format(value: number | null, f: CompareFormat, lang: Lang, missing: string): string {
  if (value === null) return missing;
  switch (f.type) {
    case 'sek': return formatSek(value, lang);
    case 'count': return formatNumber(value, lang, 0);
    case 'score': return `${value > 0 ? '+' : ''}${formatNumber(value, lang, 1)}`;
    case 'stat': return formatStat(value, f.key, lang);
  }
}

/** A difference says its direction: "+1 200 000 kr", "−3", and 0 as it is. */
function signed(value: number | null, f: CompareFormat, lang: Lang, missing: string): string {
  if (value === null) return missing;
  const text = format(Math.abs(value), f, lang, missing);
  return value > 0 ? `+${text}` : value < 0 ? `−${text}` : text;
}

export function CompareTable({ areas, groups, differenceLabel }: { areas: Area[]; groups: CompareGroup[]; differenceLabel: string }) {
  const t = useT();
  const lang = usePlatsen((s) => s.session.lang);
  const missing = t('compare.missing');
  return (
    <table className="compare-table">
      <caption className="visually-hidden">{t('compare.caption', { list: areas.map((a) => a.name).join(', ') })}</caption>
      <thead>
        <tr>
          <td />
          {areas.map((a) => <th key={a.id} scope="col" className="num">{a.name}</th>)}
          <th scope="col" className="num compare-diff">{differenceLabel}</th>
        </tr>
      </thead>
      <tbody>
        {groups.filter((g) => g.rows.length > 0).map((g) => (
          <Fragment key={g.id}>
            <tr className="compare-group"><th scope="rowgroup" colSpan={areas.length + 2}>{t(`compare.group.${g.id}`)}</th></tr>
            {g.rows.map((r) => (
              <tr key={r.id} data-row={r.id}>
                <th scope="row">{r.label}</th>
                {r.values.map((v, i) => <td key={areas[i]!.id} className={v === null ? 'num stat-missing' : 'num'}>{format(v, r.format, lang, missing)}</td>)}
                <td className="num compare-diff">
                  {/* Two areas: a direction (second minus first). More: a spread, which has none. */}
                  {areas.length === 2 ? signed(r.difference, r.format, lang, missing) : format(r.difference, r.format, lang, missing)}
                </td>
              </tr>
            ))}
          </Fragment>
        ))}
      </tbody>
    </table>
  );
}
