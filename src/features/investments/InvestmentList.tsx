import { useId, useMemo, useState } from 'react';
import { usePlatsen, usePlatsenStore, useT } from '../../app/store-context';
import type { Id, Investment } from '../../domain/model';
import { focusSelection } from '../../map/focus';
import { gatesOf, selectFilteredInvestments, selectPhases, selectCanEdit } from '../../store/selectors';
import { BulkEdit } from './BulkEdit';
import { KindIcon } from './KindIcon';

/** Rows drawn at first and per "show more": a list of thousands would make every keystroke in the filter slow. */
const PAGE = 100;

/**
 * Exactly the investments the map shows (the same selector), with their count. A row selects the
 * investment and brings it into view; the checkboxes choose investments for a bulk change.
 */
export function InvestmentList() {
  const t = useT();
  const id = useId();
  const store = usePlatsenStore();
  const lang = usePlatsen((s) => s.session.lang);
  const filtered = usePlatsen(selectFilteredInvestments);
  const total = usePlatsen((s) => Object.keys(s.doc.investments).length);
  const phases = usePlatsen(selectPhases);
  const gates = usePlatsen((s) => gatesOf(s.doc));
  const areas = usePlatsen((s) => s.doc.areas);
  const editable = usePlatsen(selectCanEdit);
  const [checked, setChecked] = useState<Id[]>([]);
  const [limit, setLimit] = useState(PAGE);

  const sorted = useMemo(() => [...filtered].sort((a, b) => a.title.localeCompare(b.title, lang)), [filtered, lang]);
  // A bulk change applies to what the user can see checked, not to rows the filter has since hidden.
  const chosen = useMemo(() => {
    const shown = new Set(filtered.map((i) => i.id));
    return checked.filter((c) => shown.has(c));
  }, [checked, filtered]);
  const allChosen = sorted.length > 0 && chosen.length === sorted.length;

  const open = (inv: Investment) => {
    const selection = { type: 'investment' as const, ids: [inv.id] };
    store.setSession({ selection });
    focusSelection(store.getState().doc, selection);
  };
  const toggle = (invId: Id) => setChecked((c) => (c.includes(invId) ? c.filter((x) => x !== invId) : [...c, invId]));

  return (
    <section className="investment-list" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`} className="visually-hidden">{t('panel.investments')}</h3>
      <p className="list-count" aria-live="polite">{t('investments.list.count', { shown: filtered.length, n: total })}</p>
      {editable && sorted.length > 0 && (
        <label className="check">
          <input type="checkbox" checked={allChosen} onChange={() => setChecked(allChosen ? [] : sorted.map((i) => i.id))} />
          {t('investments.list.chooseAll')}
        </label>
      )}
      {editable && chosen.length > 0 && <BulkEdit ids={chosen} />}
      <ul className="item-list">
        {sorted.slice(0, limit).map((inv) => {
          const phase = phases.get(inv.id);
          const gate = phase ? gates[phase.gateIndex] : undefined;
          const area = inv.areaId ? areas[inv.areaId] : undefined;
          return (
            <li key={inv.id} className="investment-row">
              {editable && <input type="checkbox" checked={chosen.includes(inv.id)} onChange={() => toggle(inv.id)}
                aria-label={t('investments.list.choose', { title: inv.title })} />}
              <button type="button" onClick={() => open(inv)}>
                <span className="item-title">{inv.title}</span>
                <span className="item-meta">
                  <KindIcon kind={inv.kind} label={t(`kind.${inv.kind}`)} />
                  {' · '}{area ? area.name : t('investment.noArea')}
                  {gate && phase && <>{' · '}{gate.code}{phase.status !== 'active' && ` ${t(`status.${phase.status}`)}`}</>}
                </span>
              </button>
            </li>
          );
        })}
      </ul>
      {sorted.length > limit && (
        <button type="button" onClick={() => setLimit((l) => l + PAGE)}>{t('investments.list.more', { n: sorted.length - limit })}</button>
      )}
    </section>
  );
}
