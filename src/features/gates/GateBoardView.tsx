// The gate board as a wide view over the panel and the map, for one programme or for all: every
// gate column at once, filters for department, kind and waiting investments, and a count per
// column. Choosing a card closes the board and shows that investment selected on the map.
import { useEffect, useId, useMemo, useRef } from 'react';
import { usePlatsen, usePlatsenStore, useT } from '../../app/store-context';
import type { Id, InvestmentKind } from '../../domain/model';
import { formatDate } from '../../i18n/translate';
import '../../i18n/strings/gates-ui';
import { focusSelection } from '../../map/focus';
import type { BoardView } from '../../store/session';
import { GateBoard } from './GateBoard';
import './board.css';

function Choice<T extends string>({ label, value, options, onChange }: {
  label: string; value: T | ''; options: Array<[T, string]>; onChange: (v: T | '') => void;
}) {
  const id = useId();
  const t = useT();
  return (
    <span className="board-filter">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} onChange={(e) => onChange(e.target.value as T | '')}>
        <option value="">{t('board.filter.all')}</option>
        {options.map(([v, text]) => <option key={v} value={v}>{text}</option>)}
      </select>
    </span>
  );
}

export function GateBoardView({ view }: { view: BoardView }) {
  const t = useT();
  const store = usePlatsenStore();
  const lang = usePlatsen((s) => s.session.lang);
  const asOf = usePlatsen((s) => s.session.asOf);
  const areasById = usePlatsen((s) => s.doc.areas);
  const departmentsById = usePlatsen((s) => s.doc.departments);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const id = useId();
  const areas = useMemo(() => Object.values(areasById).sort((a, b) => a.name.localeCompare(b.name, lang)), [areasById, lang]);
  const departments = useMemo(() => Object.values(departmentsById).sort((a, b) => a.name.localeCompare(b.name, lang)), [departmentsById, lang]);

  useEffect(() => { headingRef.current?.focus(); }, []);
  const set = (changes: Partial<BoardView>) => store.setSession({ board: { ...view, ...changes } });
  const close = () => store.setSession({ board: null });
  const choose = (investmentId: Id) => {
    const selection = { type: 'investment' as const, ids: [investmentId] };
    store.setSession({ selection, board: null });
    focusSelection(store.getState().doc, selection);
  };
  const area = view.areaId ? areasById[view.areaId] : undefined;

  return (
    <section className="board-view" aria-labelledby={`${id}-title`} onKeyDown={(e) => { if (e.key === 'Escape') close(); }}>
      <header className="board-toolbar">
        <h2 id={`${id}-title`} ref={headingRef} tabIndex={-1}>
          {area ? t('board.titleOf', { area: area.name }) : t('board.titleAll')}
        </h2>
        <Choice label={t('board.filter.programme')} value={view.areaId ?? ''} options={areas.map((a) => [a.id, a.name])}
          onChange={(v) => set({ areaId: v || null })} />
        <Choice label={t('board.filter.department')} value={view.departmentId ?? ''} options={departments.map((d) => [d.id, d.name])}
          onChange={(v) => set({ departmentId: v || null })} />
        <Choice<InvestmentKind> label={t('board.filter.kind')} value={view.kind ?? ''}
          options={[['physical', t('kind.physical')], ['social', t('kind.social')]]} onChange={(v) => set({ kind: v || null })} />
        <label className="board-filter board-check">
          <input type="checkbox" checked={view.waitingOnly} onChange={(e) => set({ waitingOnly: e.target.checked })} />
          {t('board.filter.waitingOnly')}
        </label>
        <button type="button" className="board-close" onClick={close}>{t('board.close')}</button>
      </header>
      <p className="gate-hint board-help">
        {asOf && <>{t('board.asOf', { date: formatDate(asOf, lang) })} · </>}{t('board.help')}
      </p>
      <GateBoard view={view} onChoose={choose} />
    </section>
  );
}
