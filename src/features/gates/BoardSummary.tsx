// The area panel's gate board tab: how many of the programme's investments stand at each gate,
// and the button that opens the wide board (the panel is too narrow for six columns of cards).
import { useMemo } from 'react';
import { usePlatsen, usePlatsenStore, useT } from '../../app/store-context';
import type { Id } from '../../domain/model';
import '../../i18n/strings/gates-ui';
import { gatesOf, selectPhases } from '../../store/selectors';
import { ALL_PROGRAMMES, boardColumns } from './board-model';
import './board.css';

export function BoardSummary({ areaId }: { areaId: Id }) {
  const t = useT();
  const store = usePlatsenStore();
  const lang = usePlatsen((s) => s.session.lang);
  const doc = usePlatsen((s) => s.doc);
  const gates = usePlatsen((s) => gatesOf(s.doc));
  const phases = usePlatsen(selectPhases);
  const view = useMemo(() => ({ ...ALL_PROGRAMMES, areaId }), [areaId]);
  const columns = useMemo(() => boardColumns(doc, phases, gates.length, view, lang), [doc, phases, gates.length, view, lang]);
  const area = doc.areas[areaId];
  return (
    <section>
      <p>{t('board.summary', { n: columns.flat().length })}</p>
      <ul className="board-summary">
        {gates.map((g, i) => <li key={g.id}>{t('board.perGate', { code: g.code, name: g.name[lang], n: columns[i]!.length })}</li>)}
      </ul>
      <button type="button" className="primary" onClick={() => store.setSession({ board: view })}>
        {t('board.openFor', { area: area?.name ?? '' })}
      </button>
    </section>
  );
}
