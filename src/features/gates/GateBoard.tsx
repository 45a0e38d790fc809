// The programme's investments as cards in one column per gate, placed by their derived phase (as
// of the session's date when one is chosen). One card is in the tab order at a time (roving
// tabindex); the arrow keys move between cards and columns.
import { useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { usePlatsen, usePlatsenStore, useT } from '../../app/store-context';
import type { Id, Investment } from '../../domain/model';
import { INITIAL_PHASE } from '../../domain/phase';
import { formatDate } from '../../i18n/translate';
import '../../i18n/strings/gates-domain';
import '../../i18n/strings/gates-ui';
import '../../i18n/strings/panel';
import { phaseRamp } from '../../map/encoding';
import { gatesOf, selectPhases } from '../../store/selectors';
import { BoardCard } from './BoardCard';
import { isBoardKey, nextCard } from './board-navigation';
import './gates.css';

export function GateBoard({ areaId }: { areaId: Id }) {
  const t = useT();
  const store = usePlatsenStore();
  const lang = usePlatsen((s) => s.session.lang);
  const asOf = usePlatsen((s) => s.session.asOf);
  const investments = usePlatsen((s) => s.doc.investments);
  const gates = usePlatsen((s) => gatesOf(s.doc));
  const phases = usePlatsen(selectPhases);
  const selection = usePlatsen((s) => s.session.selection);
  const [active, setActive] = useState<Id | null>(null);
  const cards = useRef(new Map<Id, HTMLButtonElement>());

  const columns = useMemo(() => {
    const out: Investment[][] = gates.map(() => []);
    const mine = Object.values(investments).filter((inv) => inv.areaId === areaId)
      .sort((a, b) => a.title.localeCompare(b.title, lang));
    for (const inv of mine) out[(phases.get(inv.id) ?? INITIAL_PHASE).gateIndex]?.push(inv);
    return out;
  }, [investments, gates, phases, areaId, lang]);
  const ids = columns.map((c) => c.map((inv) => inv.id));
  const all = ids.flat();
  const tabbable = active && all.includes(active) ? active : all[0];
  const ramp = phaseRamp(gates.length);
  const selected = new Set(selection?.type === 'investment' ? selection.ids : []);

  function onKeyDown(e: KeyboardEvent) {
    if (!isBoardKey(e.key) || !tabbable) return;
    e.preventDefault();
    const next = nextCard(ids, tabbable, e.key);
    setActive(next);
    cards.current.get(next)?.focus();
  }

  return (
    <section aria-labelledby={`board-${areaId}`}>
      <h3 id={`board-${areaId}`}>{t('board.title')}</h3>
      {asOf && <p className="gate-hint">{t('board.asOf', { date: formatDate(asOf, lang) })}</p>}
      {all.length === 0 ? <p>{t('board.empty')}</p> : <p id={`board-help-${areaId}`} className="gate-hint">{t('board.help')}</p>}
      <div className="gate-board" onKeyDown={onKeyDown} aria-describedby={all.length ? `board-help-${areaId}` : undefined}>
        {gates.map((gate, g) => (
          <section key={gate.id} className="gate-board-column" aria-labelledby={`col-${areaId}-${gate.id}`}>
            <h4 id={`col-${areaId}-${gate.id}`}>
              <span>{t('board.column', { code: gate.code, name: gate.name[lang] })}</span>
              <span className="item-meta">{t('board.count', { n: columns[g]!.length })}</span>
            </h4>
            {columns[g]!.length === 0 ? <p className="gate-hint">{t('board.emptyColumn')}</p> : (
              <ul>
                {columns[g]!.map((inv) => (
                  <li key={inv.id}>
                    <BoardCard investment={inv} phase={phases.get(inv.id) ?? INITIAL_PHASE} colour={ramp[g]!}
                      selected={selected.has(inv.id)} tabbable={inv.id === tabbable}
                      ref={(el) => { if (el) cards.current.set(inv.id, el); else cards.current.delete(inv.id); }}
                      onFocus={() => setActive(inv.id)}
                      onSelect={() => store.setSession({ selection: { type: 'investment', ids: [inv.id] } })} />
                  </li>
                ))}
              </ul>
            )}
          </section>
        ))}
      </div>
    </section>
  );
}
