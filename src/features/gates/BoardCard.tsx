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
  /** On the board of all programmes, each card says which area it belongs to. */
  showArea: boolean;
  selected: boolean;
  tabbable: boolean;
  onSelect: () => void;
  onFocus: () => void;
  ref?: Ref<HTMLButtonElement>;
}

/**
 * One investment on the gate board: kind as the map's shape plus the word, title, department,
 * budget and its state. Waiting and stopped cards differ from active ones at a glance by their
 * whole look (dashed and striped, greyed), and say their state in words at the top.
 */
export function BoardCard({ investment: inv, phase, colour, showArea, selected, tabbable, onSelect, onFocus, ref }: Props) {
  const t = useT();
  const lang = usePlatsen((s) => s.session.lang);
  const department = usePlatsen((s) => (inv.departmentId ? s.doc.departments[inv.departmentId] : undefined));
  const areaName = usePlatsen((s) => (inv.areaId ? s.doc.areas[inv.areaId]?.name : undefined));
  const last = phase.lastReview;
  return (
    <button ref={ref} type="button" className={`board-card status-${phase.status}`} aria-pressed={selected} tabIndex={tabbable ? 0 : -1}
      onClick={onSelect} onFocus={onFocus}>
      {phase.status !== 'active' && <span className="board-card-status">{t(`status.${phase.status}`)}</span>}
      <span className="board-card-kind">
        <Swatch kind="symbol" shape={SHAPE_OF_KIND[inv.kind]} status={phase.status} colour={colour} />
        {t(`kind.${inv.kind}`)}
      </span>
      <span className="board-card-title">{inv.title}</span>
      {showArea && <span className="board-card-meta">{areaName ?? t('board.noArea')}</span>}
      <span className="board-card-meta board-card-dept" title={department?.name}>{department?.name ?? t('board.noDepartment')}</span>
      <span className="board-card-meta board-card-budget">
        {inv.budget.investment === 0 && inv.budget.operatingPerYear > 0
          ? t('board.operating', { amount: formatSek(inv.budget.operatingPerYear, lang) }) : formatSek(inv.budget.investment, lang)}
      </span>
      <span className="board-card-meta">
        {last ? t('board.latest', { decision: t(`decision.${last.decision}`), date: formatDate(last.date, lang) }) : t('board.noDecision')}
      </span>
    </button>
  );
}
