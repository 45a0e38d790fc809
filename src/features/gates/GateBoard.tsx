// The investments as cards in one column per gate, placed by their derived phase (as of the
// session's date when one is chosen). Every column of the gate model is on screen at once: the
// columns share the width (no sideways scrolling) and each scrolls on its own. One card is in the
// tab order at a time (roving tabindex); the arrow keys move between cards and columns.
import { useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { usePlatsen, useT } from '../../app/store-context';
import type { Id } from '../../domain/model';
import { INITIAL_PHASE } from '../../domain/phase';
import '../../i18n/strings/gates-domain';
import '../../i18n/strings/gates-ui';
import '../../i18n/strings/panel';
import { phaseRamp } from '../../map/encoding';
import type { BoardView } from '../../store/session';
import { gatesOf, selectPhases } from '../../store/selectors';
import { BoardCard } from './BoardCard';
import { boardColumns } from './board-model';
import { isBoardKey, nextCard } from './board-navigation';
import './board.css';

export function GateBoard({ view, onChoose }: { view: BoardView; onChoose: (id: Id) => void }) {
  const t = useT();
  const lang = usePlatsen((s) => s.session.lang);
  const doc = usePlatsen((s) => s.doc);
  const gates = usePlatsen((s) => gatesOf(s.doc));
  const phases = usePlatsen(selectPhases);
  const selection = usePlatsen((s) => s.session.selection);
  const [active, setActive] = useState<Id | null>(null);
  const cards = useRef(new Map<Id, HTMLButtonElement>());

  const columns = useMemo(() => boardColumns(doc, phases, gates.length, view, lang), [doc, phases, gates.length, view, lang]);
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
    <div className="gate-board" style={{ gridTemplateColumns: `repeat(${gates.length}, minmax(0, 1fr))` }} onKeyDown={onKeyDown}>
      {gates.map((gate, g) => (
        <section key={gate.id} className="gate-board-column" aria-labelledby={`col-${gate.id}`}>
          <h3 id={`col-${gate.id}`} style={{ borderTopColor: ramp[g] }}>
            <span>{t('board.column', { code: gate.code, name: gate.name[lang] })}</span>
            <span className="board-count">{t('board.count', { n: columns[g]!.length })}</span>
          </h3>
          {columns[g]!.length === 0 ? <p className="gate-hint">{t('board.emptyColumn')}</p> : (
            <ul>
              {columns[g]!.map((inv) => (
                <li key={inv.id}>
                  <BoardCard investment={inv} phase={phases.get(inv.id) ?? INITIAL_PHASE} colour={ramp[g]!}
                    showArea={view.areaId === null} selected={selected.has(inv.id)} tabbable={inv.id === tabbable}
                    ref={(el) => { if (el) cards.current.set(inv.id, el); else cards.current.delete(inv.id); }}
                    onFocus={() => setActive(inv.id)} onSelect={() => onChoose(inv.id)} />
                </li>
              ))}
            </ul>
          )}
        </section>
      ))}
    </div>
  );
}
