import { useId, useMemo, useState } from 'react';
import { usePlatsen, usePlatsenStore, useT } from '../../app/store-context';
import { updateInvestments, type UpdateInvestmentsArgs } from '../../domain/commands/update-investments';
import type { Id } from '../../domain/model';

const AUTOMATIC = 'auto';
const NO_AREA = 'none';

/**
 * Which area the investment belongs to, and the choice to override it: "automatic" follows the
 * geometry (the area it lies in), a chosen area sticks even when the investment is moved.
 */
export function AreaAttachment({ id }: { id: Id }) {
  const t = useT();
  const htmlId = useId();
  const store = usePlatsenStore();
  const inv = usePlatsen((s) => s.doc.investments[id]);
  const areas = usePlatsen((s) => s.doc.areas);
  const lang = usePlatsen((s) => s.session.lang);
  const [error, setError] = useState<string | null>(null);
  const areaList = useMemo(() => Object.values(areas).sort((a, b) => a.name.localeCompare(b.name, lang)), [areas, lang]);
  if (!inv) return null;

  const area = inv.areaId ? areas[inv.areaId] : undefined;
  const value = inv.areaOverride ? inv.areaId ?? NO_AREA : AUTOMATIC;
  const choose = async (choice: string) => {
    const changes: UpdateInvestmentsArgs['changes'] = choice === AUTOMATIC ? { areaOverride: false }
      : { areaId: choice === NO_AREA ? null : choice, areaOverride: true };
    const result = await store.dispatch(updateInvestments, { ids: [id], changes });
    setError(result.ok ? null : t(result.error.code, result.error.params));
  };

  return (
    <div className="area-attachment">
      <p className="attached" aria-live="polite">
        {area ? t('investments.attachedTo', { name: area.name }) : t('investments.attachedNone')}
        {' · '}{t(inv.areaOverride ? 'investments.attach.chosen' : 'investments.attach.byLocation')}
      </p>
      <label htmlFor={htmlId}>{t('investments.attach.label')}</label>
      <select id={htmlId} value={value} onChange={(e) => void choose(e.target.value)}>
        <option value={AUTOMATIC}>{t('investments.attach.automatic')}</option>
        {areaList.map((a) => <option key={a.id} value={a.id}>{a.name}</option>)}
        {!inv.wholeArea && <option value={NO_AREA}>{t('investment.noArea')}</option>}
      </select>
      {error && <p role="alert" className="form-error">{error}</p>}
    </div>
  );
}
