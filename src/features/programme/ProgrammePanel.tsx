// An area's programme: what it wants (vision, common goals), who runs it (coordination function,
// programme group), how (partial or full governance) and the balance of hard and soft values.
// Every edit is one updateProgramme command, made when a field is left or a choice changes.
import { useId, useState } from 'react';
import { usePlatsen, usePlatsenStore, useT } from '../../app/store-context';
import { updateProgramme, type ProgrammeChanges } from '../../domain/commands/update-programme';
import type { GovernanceMode, Id } from '../../domain/model';
import '../../i18n/strings/programme';
import type { DispatchResult } from '../../store/store';
import { CommitField } from './CommitField';
import { ValuesEditor } from './ValuesEditor';
import '../gates/gates.css';
import './programme.css';

type Failure = Extract<DispatchResult, { ok: false }>['error'];
const MODES: GovernanceMode[] = ['partial', 'full'];

export function ProgrammePanel({ areaId }: { areaId: Id }) {
  const t = useT();
  const store = usePlatsenStore();
  const programme = usePlatsen((s) => Object.values(s.doc.programmes).find((p) => p.areaId === areaId));
  const departments = usePlatsen((s) => s.doc.departments);
  const [failure, setFailure] = useState<Failure | null>(null);
  const id = useId();
  if (!programme) return <p>{t('programmePanel.missing')}</p>;

  const update = async (changes: ProgrammeChanges) => {
    const result = await store.dispatch(updateProgramme, { id: programme.id, changes });
    setFailure(result.ok ? null : result.error);
  };
  const toggleDepartment = (dept: Id, on: boolean) => update({
    programmeGroup: on ? [...programme.programmeGroup, dept] : programme.programmeGroup.filter((d) => d !== dept),
  });
  const sortedDepartments = Object.values(departments).sort((a, b) => a.name.localeCompare(b.name, 'sv'));

  return (
    <section className="programme-panel" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>{t('programmePanel.title')}</h3>
      <p className="gate-hint">{t('programmePanel.commitHint')}</p>
      <div className="programme-field">
        <label htmlFor={`${id}-vision`}>{t('programmePanel.vision')}</label>
        <CommitField multiline id={`${id}-vision`} rows={3} value={programme.vision} onCommit={(vision) => update({ vision })} />
      </div>
      <div className="programme-field">
        <label htmlFor={`${id}-goals`}>{t('programmePanel.commonGoals')}</label>
        <CommitField multiline id={`${id}-goals`} rows={3} value={programme.commonGoals} onCommit={(commonGoals) => update({ commonGoals })} />
      </div>
      <div className="programme-field">
        <label htmlFor={`${id}-coord`}>{t('programmePanel.coordination')}</label>
        <CommitField id={`${id}-coord`} value={programme.coordinationFunction}
          onCommit={(coordinationFunction) => update({ coordinationFunction })} />
      </div>
      <fieldset className="programme-fieldset">
        <legend>{t('programmePanel.group')}</legend>
        {sortedDepartments.length === 0 && <p className="gate-hint">{t('programmePanel.noDepartments')}</p>}
        {sortedDepartments.map((d) => (
          <label key={d.id} className="programme-check">
            <input type="checkbox" checked={programme.programmeGroup.includes(d.id)} onChange={(e) => toggleDepartment(d.id, e.target.checked)} />
            {d.name}
          </label>
        ))}
      </fieldset>
      <fieldset className="programme-fieldset">
        <legend>{t('programmePanel.governance')}</legend>
        {MODES.map((mode) => (
          <label key={mode} className="programme-check">
            <input type="radio" name={`${id}-mode`} checked={programme.governanceMode === mode}
              onChange={() => update({ governanceMode: mode })} />
            <span>
              {t(`programmePanel.governance.${mode}`)}
              <span className="gate-hint programme-mode-hint">{t(`programmePanel.governance.${mode}Hint`)}</span>
            </span>
          </label>
        ))}
      </fieldset>
      <ValuesEditor values={programme.values} onChange={(key, score) => update({ values: { ...programme.values, [key]: score } })} />
      <div role="alert" className="gate-error">{failure && t(failure.code, failure.params)}</div>
    </section>
  );
}
