// Which plain phase (Idé, Planeras, Beslutat, Pågår, Klart) residents see for each gate on the
// public map. The choice is saved with the workspace and published with the snapshot.
import { useId, useState } from 'react';
import { usePlatsen, usePlatsenStore, useT } from '../../app/store-context';
import { updateWorkspace } from '../../domain/commands/update-workspace';
import { workspaceOf } from '../../domain/model';
import { RESIDENT_PHASES, residentPhasesOf, type ResidentPhase } from '../../domain/resident-phases';
import '../../i18n/strings/resident';

export function ResidentPhaseSettings() {
  const t = useT();
  const store = usePlatsenStore();
  const id = useId();
  const ws = usePlatsen((s) => workspaceOf(s.doc));
  const lang = usePlatsen((s) => s.session.lang);
  const [error, setError] = useState<string | null>(null);
  if (!ws) return null;
  const gates = ws.settings.gates;
  const phases = residentPhasesOf(gates, ws.settings.residentPhases);

  async function choose(gateId: string, phase: ResidentPhase) {
    const result = await store.dispatch(updateWorkspace, { residentPhases: { [gateId]: phase } });
    setError(result.ok ? null : t(result.error.code, result.error.params));
  }

  return (
    <fieldset className="resident-phases">
      <legend>{t('settings.residentPhases')}</legend>
      <p className="hint">{t('settings.residentPhasesHelp')}</p>
      {error && <p role="alert" className="form-error">{error}</p>}
      {gates.map((g, i) => (
        <label key={g.id} className="field" htmlFor={`${id}-${g.id}`}>
          {t('settings.residentPhaseOf', { code: g.code, name: g.name[lang] })}
          <select id={`${id}-${g.id}`} value={phases[i]} onChange={(e) => void choose(g.id, e.target.value as ResidentPhase)}>
            {RESIDENT_PHASES.map((p) => <option key={p} value={p}>{t(`resident.phase.${p}`)}</option>)}
          </select>
        </label>
      ))}
    </fieldset>
  );
}
