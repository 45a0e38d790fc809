import type { Ref } from 'react';
import { usePlatsen, useT } from '../../app/store-context';
import type { Investment } from '../../domain/model';
import type { PhaseState } from '../../domain/phase';
import { formatDate, formatSek } from '../../i18n/translate';
import { SHAPE_OF_KIND } from '../../map/encoding';
import { Swatch } from '../legend/Swatch';

interface Props {
  investment: Investment;
  phase: PhaseState;
  colour: string;
  selected: boolean;
  tabbable: boolean;
  onSelect: () => void;
  onFocus: () => void;
  ref?: Ref<HTMLButtonElement>;
}

/** One investment on the gate board: kind as the map's shape plus text, and its state in words. */
export function BoardCard({ investment: inv, phase, colour, selected, tabbable, onSelect, onFocus, ref }: Props) {
  const t = useT();
  const lang = usePlatsen((s) => s.session.lang);
  const last = phase.lastReview;
  return (
    <button ref={ref} type="button" className="board-card" aria-pressed={selected} tabIndex={tabbable ? 0 : -1}
      onClick={onSelect} onFocus={onFocus}>
      <span className="board-card-kind">
        <Swatch kind="symbol" shape={SHAPE_OF_KIND[inv.kind]} status={phase.status} colour={colour} />
        {t(`kind.${inv.kind}`)}
      </span>
      <span className="item-title">{inv.title}</span>
      <span className="item-meta">{formatSek(inv.budget.investment, lang)}</span>
      <span className="item-meta">
        {last ? t('board.latest', { decision: t(`decision.${last.decision}`), date: formatDate(last.date, lang) }) : t('board.noDecision')}
      </span>
      {phase.status !== 'active' && <span className="board-card-status">{t(`status.${phase.status}`)}</span>}
    </button>
  );
}
