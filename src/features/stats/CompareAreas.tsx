// From one area's Measure tab into the comparison: choosing another area opens the two side by
// side in the wide panel (more can be added there, up to four).
import { useId, useMemo } from 'react';
import { usePlatsen, usePlatsenStore, useT } from '../../app/store-context';
import type { Id } from '../../domain/model';

export function CompareAreas({ areaId }: { areaId: Id }) {
  const t = useT();
  const id = useId();
  const store = usePlatsenStore();
  const lang = usePlatsen((s) => s.session.lang);
  const areasById = usePlatsen((s) => s.doc.areas);
  const others = useMemo(() => Object.values(areasById).filter((a) => a.id !== areaId)
    .sort((x, y) => x.name.localeCompare(y.name, lang)), [areasById, areaId, lang]);
  const compare = (other: Id) => store.setSession({ selection: { type: 'area', ids: [areaId, other] } });
  return (
    <section aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}><label htmlFor={`${id}-other`}>{t('compare.with')}</label></h3>
      <select id={`${id}-other`} value="" onChange={(e) => { if (e.target.value) compare(e.target.value); }}>
        <option value="">{t('compare.choose')}</option>
        {others.map((a) => <option key={a.id} value={a.id}>{a.name}</option>)}
      </select>
    </section>
  );
}
