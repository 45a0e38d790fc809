// The indicators of an area's programme: what it measures, how far it has come, and the form to
// add or edit one (one form open at a time).
import { useMemo, useState } from 'react';
import { usePlatsen, useT } from '../../app/store-context';
import type { Id } from '../../domain/model';
import { IndicatorCard } from './IndicatorCard';
import { IndicatorForm } from './IndicatorForm';
import './indicators.css';

type Editing = { id: Id | null } | null;

export function IndicatorList({ areaId }: { areaId: Id }) {
  const t = useT();
  const programme = usePlatsen((s) => Object.values(s.doc.programmes).find((p) => p.areaId === areaId));
  const all = usePlatsen((s) => s.doc.indicators);
  const [editing, setEditing] = useState<Editing>(null);
  const indicators = useMemo(() => Object.values(all).filter((i) => i.programmeId === programme?.id)
    .sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id)), [all, programme?.id]);

  return (
    <section className="indicators" aria-labelledby={`indicators-${areaId}`}>
      <h3 id={`indicators-${areaId}`}>{t('indicators.title')}</h3>
      {!programme ? <p className="gate-hint">{t('indicators.noProgramme')}</p> : (
        <>
          <p className="gate-hint">{t('indicators.intro')}</p>
          {indicators.length === 0 && <p>{t('indicators.none')}</p>}
          <ul className="indicator-list">
            {indicators.map((ind) => (editing?.id === ind.id
              ? <li key={ind.id}><IndicatorForm programmeId={programme.id} areaId={areaId} indicator={ind} onDone={() => setEditing(null)} /></li>
              : <IndicatorCard key={ind.id} indicator={ind} onEdit={() => setEditing({ id: ind.id })} />))}
          </ul>
          {editing?.id === null
            ? <IndicatorForm programmeId={programme.id} areaId={areaId} onDone={() => setEditing(null)} />
            : <button type="button" className="primary" onClick={() => setEditing({ id: null })}>{t('indicators.add')}</button>}
        </>
      )}
    </section>
  );
}
