import { useState } from 'react';
import { usePlatsen, usePlatsenStore, useT } from '../../app/store-context';
import { formatDate, formatSek } from '../../i18n/translate';
import { BENEFIT_DIMENSIONS, type Id } from '../../domain/model';
import { gatesOf, selectPhases, selectCanEdit } from '../../store/selectors';
import { SdgTiles } from '../panel/SdgTiles';
import { GateSection } from '../gates/GateSection';
import { RealisationSection } from '../realisation/RealisationSection';
import { RecordHistory } from '../shared/RecordHistory';
import { AreaAttachment } from './AreaAttachment';
import { EditInvestment } from './EditInvestment';
import { InvestmentActions, type DetailsTask } from './InvestmentActions';
import { categoryLabel } from './investment-draft';
import '../../i18n/strings/investments-ui';
import './investments.css';

/**
 * Everything about one investment, with its edits (except in presentation mode): the form replaces
 * the facts while it is open. Every value from data is rendered as text.
 */
export function InvestmentDetails({ id }: { id: Id }) {
  const t = useT();
  const store = usePlatsenStore();
  const lang = usePlatsen((s) => s.session.lang);
  const inv = usePlatsen((s) => s.doc.investments[id]);
  const phase = usePlatsen((s) => selectPhases(s).get(id));
  const gate = usePlatsen((s) => (phase ? gatesOf(s.doc)[phase.gateIndex] : undefined));
  const area = usePlatsen((s) => (inv?.areaId ? s.doc.areas[inv.areaId] : undefined));
  const dept = usePlatsen((s) => (inv?.departmentId ? s.doc.departments[inv.departmentId] : undefined));
  const editable = usePlatsen(selectCanEdit);
  const goals = usePlatsen((s) => s.doc.goals);
  // A task belongs to the investment it was started on: choosing another one closes it.
  const [taskOf, setTaskOf] = useState<{ id: Id; task: DetailsTask }>({ id, task: null });
  const task = taskOf.id === id ? taskOf.task : null;
  const setTask = (next: DetailsTask) => setTaskOf({ id, task: next });
  if (!inv) return null;

  const money = (n: number) => formatSek(n, lang);
  return (
    <article className="details" aria-labelledby="investment-title">
      <button type="button" className="link" onClick={() => store.setSession({ selection: null })}>{t('panel.back')}</button>
      <h2 id="investment-title">{inv.title}</h2>
      <p className="subtitle">
        <span className={`kind-badge kind-${inv.kind}`}>{t(`kind.${inv.kind}Investment`)}</span>
        {' · '}{categoryLabel(t, inv.category)}
        {inv.invented && <span className="fictional-badge">{t('investment.fictional')}</span>}
      </p>
      {editable && <InvestmentActions key={`actions-${id}`} id={id} task={task} onTask={setTask} />}
      {editable && task === 'edit' ? <EditInvestment key={`edit-${id}`} id={id} onDone={() => setTask(null)} /> : <>
        {editable && <AreaAttachment id={id} />}
        <dl className="facts">
          {gate && phase && <><dt>{t('investment.phase')}</dt>
            <dd>{t('investment.phaseValue', { code: gate.code, name: gate.name[lang] })} · {t(`status.${phase.status}`)}</dd></>}
          <dt>{t('investment.area')}</dt>
          <dd>{area ? area.name : t('investment.noArea')}{inv.wholeArea ? ` (${t('investment.wholeArea')})` : ''}</dd>
          {dept && <><dt>{t('investment.department')}</dt><dd>{dept.name}</dd></>}
          <dt>{t('investment.budget')}</dt><dd>{money(inv.budget.investment)}</dd>
          <dt>{t('investment.operating')}</dt><dd>{money(inv.budget.operatingPerYear)}</dd>
          {inv.budget.externalFunding > 0 && <><dt>{t('investment.external')}</dt><dd>{money(inv.budget.externalFunding)}</dd></>}
          {(inv.startDate || inv.endDate) && <><dt>{t('investment.period')}</dt>
            <dd>{inv.startDate ? formatDate(inv.startDate, lang) : '…'} – {inv.endDate ? formatDate(inv.endDate, lang) : '…'}</dd></>}
          {inv.overallGoalIds.some((g) => goals[g]) && <><dt>{t('investment.overallGoals')}</dt>
            <dd>{inv.overallGoalIds.flatMap((g) => (goals[g] ? [goals[g].title] : [])).join(', ')}</dd></>}
          {inv.partners.length > 0 && <><dt>{t('investment.partners')}</dt><dd>{inv.partners.join(', ')}</dd></>}
          <dt>{t('investment.visibility')}</dt><dd>{t(`visibility.${inv.visibility}`)}</dd>
        </dl>
        {inv.description && <><h3>{t('investment.description')}</h3><p className="prose">{inv.description}</p></>}
        <h3>{t('investment.benefits')}</h3>
        <dl className="facts">
          {BENEFIT_DIMENSIONS.filter((d) => inv.expectedBenefits[d]).map((d) => (
            <div key={d}><dt>{t(`benefit.${d}`)}</dt><dd className="prose">{inv.expectedBenefits[d]}</dd></div>
          ))}
        </dl>
        <SdgTiles goals={inv.sdgs} />
        {inv.internalNotes && <><h3>{t('investment.internalNotes')}</h3><p className="prose internal">{inv.internalNotes}</p></>}
      </>}
      <GateSection id={id} />
      <RealisationSection id={id} />
      <RecordHistory table="investments" id={id} />
    </article>
  );
}
