// *Reparera* in the import preview: offered when polygons were refused for their shape; the repair
// runs only when asked, shows every polygon before (red, dashed) and after (green) on the map with
// its change of area, and only the ticked repairs are put into the import.
import { useEffect, useId, useMemo, useState } from 'react';
import { usePlatsen, useT } from '../../app/store-context';
import type { RepairCandidate } from '../../domain/io/types';
import type { Repair } from '../../domain/spatial/repair';
import '../../i18n/strings/repair';
import { formatNumber } from '../../i18n/translate';
import type { Lang } from '../../store/session';
import { focusShape, showRepairPreview } from './preview-layer';

interface Props {
  candidates: RepairCandidate[];
  nameField: string | null;
  onApply(repairs: Repair[]): void;
}

type State = { step: 'offer' } | { step: 'working' } | { step: 'review'; repairs: Repair[]; chosen: Set<number> };

// The mending code (and the clipper it drives) loads when the user asks for a repair.
const loadRepair = () => import('../../domain/spatial/repair');

export function RepairPanel({ candidates, nameField, onApply }: Props) {
  const t = useT();
  const id = useId();
  const [state, setState] = useState<State>({ step: 'offer' });
  const repairs = state.step === 'review' ? state.repairs : null;

  useEffect(() => {
    if (!repairs) return undefined;
    const remove = showRepairPreview(repairs);
    focusShape({ type: 'GeometryCollection', geometries: repairs.map((r) => r.before) });
    return remove;
  }, [repairs]);

  async function start() {
    setState({ step: 'working' });
    const { repairCandidate } = await loadRepair();
    // Let the "working" message paint before the (synchronous) repairs run.
    await new Promise((resolve) => setTimeout(resolve, 0));
    const done = candidates.map(repairCandidate);
    setState({ step: 'review', repairs: done, chosen: new Set(done.filter((r) => r.after).map((r) => r.featureIndex)) });
  }

  if (state.step === 'offer') {
    return (
      <div role="alert" className="import-warning repair-offer">
        <p>{t('repair.offer', { n: candidates.length })}</p>
        <button type="button" onClick={() => void start()}>{t('repair.start')}</button>
      </div>
    );
  }
  if (state.step === 'working') return <p role="status">{t('repair.working', { n: candidates.length })}</p>;
  return <RepairReview state={state} setState={setState} nameField={nameField} onApply={onApply} titleId={`${id}-title`} />;
}

interface ReviewProps {
  state: Extract<State, { step: 'review' }>;
  setState(state: State): void;
  nameField: string | null;
  onApply(repairs: Repair[]): void;
  titleId: string;
}

/** "+12", "−3", "0": a change says which way it went. */
function signed(n: number, lang: Lang): string {
  const text = formatNumber(Math.abs(n), lang);
  return n > 0 && text !== '0' ? `+${text}` : n < 0 && text !== '0' ? `−${text}` : text;
}

function RepairReview({ state, setState, nameField, onApply, titleId }: ReviewProps) {
  const t = useT();
  const lang = usePlatsen((s) => s.session.lang);
  const { repairs, chosen } = state;
  const ok = repairs.filter((r) => r.after);
  const change = useMemo(() => Math.round(ok.reduce((sum, r) => sum + r.areaAfter - r.areaBefore, 0)), [ok]);
  const toggle = (i: number) => {
    const next = new Set(chosen);
    if (next.has(i)) next.delete(i);
    else next.add(i);
    setState({ ...state, chosen: next });
  };
  return (
    <section className="repair-review" aria-labelledby={titleId}>
      <h3 id={titleId}>{t('repair.title')}</h3>
      <p role="status">{t('repair.summary', { ok: ok.length, n: repairs.length, change: signed(change, lang) })}</p>
      <div className="import-table-wrap">
        <table className="import-table">
          <thead>
            <tr>
              <th scope="col">{t('repair.use')}</th><th scope="col">{t('repair.row')}</th>
              <th scope="col">{t('repair.name')}</th><th scope="col">{t('repair.change')}</th>
            </tr>
          </thead>
          <tbody>
            {repairs.map((r) => {
              const row = r.featureIndex + 1;
              const name = nameField ? String(r.properties[nameField] ?? '') : '';
              const delta = Math.round(r.areaAfter - r.areaBefore);
              return (
                <tr key={r.featureIndex} className={r.after ? undefined : 'is-error'}>
                  <td>
                    <input type="checkbox" checked={chosen.has(r.featureIndex)} disabled={!r.after} onChange={() => toggle(r.featureIndex)}
                      aria-label={`${t('repair.use')} ${t('repair.row')} ${row}`} />
                  </td>
                  <td>
                    <button type="button" className="link" onClick={() => focusShape(r.after ?? r.before)} aria-label={t('repair.show', { row })}>{row}</button>
                  </td>
                  <td>{name}</td>
                  <td>
                    {r.after
                      ? t('repair.changeValue', { change: signed(delta, lang), percent: signed((100 * delta) / Math.max(r.areaBefore, r.areaAfter, 1), lang) })
                      : t('repair.failed', { reason: r.refusal ? t(r.refusal.code, r.refusal.params) : '' })}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <div className="import-actions">
        <button type="button" onClick={() => setState({ step: 'offer' })}>{t('repair.cancel')}</button>
        <button type="button" className="primary" disabled={chosen.size === 0}
          onClick={() => onApply(repairs.filter((r) => chosen.has(r.featureIndex)))}>
          {t('repair.apply', { n: chosen.size })}
        </button>
      </div>
    </section>
  );
}
