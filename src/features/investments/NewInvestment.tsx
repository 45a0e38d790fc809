import { useEffect, useId, useMemo, useState } from 'react';
import { usePlatsen, usePlatsenStore, useT } from '../../app/store-context';
import { addInvestment } from '../../domain/commands/add-investment';
import { workspaceOf, type Id, type InvestmentGeometry } from '../../domain/model';
import { areaIndexFor } from '../../domain/spatial/area-index';
import type { DrawKind } from '../../map/draw/draw-session';
import { getMap } from '../../map/map-registry';
import { useInteraction } from '../areas/area-actions';
import { DrawInvestment } from './DrawInvestment';
import { blankDraft, type FormFields } from './investment-draft';
import { InvestmentForm } from './InvestmentForm';
import { showSketch } from './sketch-preview';

type Step =
  | { type: 'choose' }
  | { type: 'draw'; kind: DrawKind }
  | { type: 'form'; geometry: InvestmentGeometry; wholeAreaId: Id | null; redraw: DrawKind | null };

const DRAW_KINDS: DrawKind[] = ['point', 'linestring', 'polygon'];

/** "New investment": where it is (point, line, polygon or a whole area), then what it is. */
export function NewInvestment({ onDone }: { onDone(): void }) {
  const t = useT();
  const id = useId();
  const store = usePlatsenStore();
  const areas = usePlatsen((s) => s.doc.areas);
  const lang = usePlatsen((s) => s.session.lang);
  const [step, setStep] = useState<Step>({ type: 'choose' });
  const [areaChoice, setAreaChoice] = useState<Id>('');
  const [initial] = useState(() => blankDraft(workspaceOf(store.getState().doc)?.settings.categories));
  const areaList = useMemo(() => Object.values(areas).sort((a, b) => a.name.localeCompare(b.name, lang)), [areas, lang]);
  // For the whole flow, not only while drawing: the click that places a point ends the drawing
  // before the map sees it, and would then select what lies under it, closing this form.
  useInteraction('drawing');

  const sketch = step.type === 'form' && !step.wholeAreaId ? step.geometry : null;
  useEffect(() => {
    const map = getMap();
    return map && sketch ? showSketch(map, sketch) : undefined;
  }, [sketch]);

  const attachedTo = useMemo(() => {
    if (step.type !== 'form') return null;
    return step.wholeAreaId ?? areaIndexFor(areas).assign(step.geometry);
  }, [step, areas]);

  const chooseWholeArea = () => {
    const area = areas[areaChoice];
    if (area) setStep({ type: 'form', geometry: area.geometry, wholeAreaId: area.id, redraw: null });
  };

  const save = async (fields: FormFields): Promise<string | null> => {
    if (step.type !== 'form') return null;
    const before = store.getState().doc.investments;
    const result = await store.dispatch(addInvestment, {
      ...fields, geometry: step.geometry, wholeArea: step.wholeAreaId !== null, areaId: step.wholeAreaId,
    });
    if (!result.ok) return t(result.error.code, result.error.params);
    const created = Object.keys(store.getState().doc.investments).find((k) => !(k in before));
    if (created) store.setSession({ selection: { type: 'investment', ids: [created] } });
    store.notify('info', 'investments.created', { title: fields.title });
    onDone();
    return null;
  };

  return (
    <section className="investment-task" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('investments.new')}</h2>
      {step.type === 'choose' && (
        <>
          <p className="hint">{t('investments.new.where')}</p>
          <div role="group" aria-label={t('investments.new.where')} className="form-actions">
            {DRAW_KINDS.map((k) => <button key={k} type="button" onClick={() => setStep({ type: 'draw', kind: k })}>{t(`investments.new.${k}`)}</button>)}
          </div>
          <label htmlFor={`${id}-area`}>{t('investments.new.wholeArea')}</label>
          <div className="inline-row">
            <select id={`${id}-area`} value={areaChoice} onChange={(e) => setAreaChoice(e.target.value)}>
              <option value="">{t('investments.new.pickArea')}</option>
              {areaList.map((a) => <option key={a.id} value={a.id}>{a.name}</option>)}
            </select>
            <button type="button" onClick={chooseWholeArea} disabled={!areas[areaChoice]}>{t('investments.new.useArea')}</button>
          </div>
          <div className="form-actions"><button type="button" onClick={onDone}>{t('investments.cancel')}</button></div>
        </>
      )}
      {step.type === 'draw' && (
        <DrawInvestment kind={step.kind} onCancel={() => setStep({ type: 'choose' })}
          onDrawn={(geometry) => setStep({ type: 'form', geometry, wholeAreaId: null, redraw: step.kind })} />
      )}
      {step.type === 'form' && (
        <>
          <p className="attached" role="status">
            {attachedTo && areas[attachedTo] ? t('investments.attachedTo', { name: areas[attachedTo].name }) : t('investments.attachedNone')}
          </p>
          <InvestmentForm source={initial} submitLabel={t('investments.new.save')} onSubmit={save} onCancel={onDone}>
            {step.redraw && <button type="button" onClick={() => setStep({ type: 'draw', kind: step.redraw! })}>{t('investments.new.redraw')}</button>}
          </InvestmentForm>
        </>
      )}
    </section>
  );
}
