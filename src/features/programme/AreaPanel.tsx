// The selected area in the panel: its programme, its gate board and its roll-ups as three tabs
// (WAI-ARIA tabs pattern: arrow keys move between tabs, Tab goes into the open one).
import { useId, useRef, useState, type KeyboardEvent } from 'react';
import { usePlatsen, usePlatsenStore, useT } from '../../app/store-context';
import type { Id } from '../../domain/model';
import { areaSourceText } from './area-source';
import '../../i18n/strings/panel';
import '../../i18n/strings/programme';
import '../../i18n/strings/areas-ui';
import { BoardSummary } from '../gates/BoardSummary';
import { MeasureTab } from '../stats/MeasureTab';
import { RecordHistory } from '../shared/RecordHistory';
import { ProgrammePanel } from './ProgrammePanel';
import { Rollups } from './Rollups';
import './programme.css';

const TABS = ['programme', 'board', 'rollups', 'measure'] as const;
type Tab = (typeof TABS)[number];

export function AreaPanel({ id }: { id: Id }) {
  const t = useT();
  const store = usePlatsenStore();
  const area = usePlatsen((s) => s.doc.areas[id]);
  const divisions = usePlatsen((s) => s.doc.divisions);
  const lang = usePlatsen((s) => s.session.lang);
  const [tab, setTab] = useState<Tab>('programme');
  const tabRefs = useRef(new Map<Tab, HTMLButtonElement>());
  const base = useId();
  if (!area) return null;

  function onKeyDown(e: KeyboardEvent) {
    const i = TABS.indexOf(tab);
    const next = e.key === 'ArrowRight' ? TABS[(i + 1) % TABS.length]
      : e.key === 'ArrowLeft' ? TABS[(i + TABS.length - 1) % TABS.length]
        : e.key === 'Home' ? TABS[0] : e.key === 'End' ? TABS[TABS.length - 1] : undefined;
    if (!next) return;
    e.preventDefault();
    setTab(next);
    tabRefs.current.get(next)?.focus();
  }

  return (
    <article className="details" aria-labelledby={`${base}-title`}>
      <button type="button" className="link" onClick={() => store.setSession({ selection: null })}>{t('panel.back')}</button>
      <h2 id={`${base}-title`}>{area.name}</h2>
      <p className="subtitle area-source">{areaSourceText(t, area, divisions, lang)}</p>
      <div role="tablist" aria-label={t('areaPanel.tabs')} className="area-tabs" onKeyDown={onKeyDown}>
        {TABS.map((name) => (
          <button key={name} type="button" role="tab" id={`${base}-tab-${name}`} aria-controls={`${base}-panel-${name}`}
            aria-selected={tab === name} tabIndex={tab === name ? 0 : -1} onClick={() => setTab(name)}
            ref={(el) => { if (el) tabRefs.current.set(name, el); else tabRefs.current.delete(name); }}>
            {t(`areaPanel.${name}`)}
          </button>
        ))}
      </div>
      <div role="tabpanel" id={`${base}-panel-${tab}`} aria-labelledby={`${base}-tab-${tab}`}>
        {tab === 'programme' && <ProgrammePanel areaId={id} />}
        {tab === 'board' && <BoardSummary areaId={id} />}
        {tab === 'rollups' && <Rollups areaId={id} />}
        {tab === 'measure' && <MeasureTab areaId={id} />}
      </div>
      <RecordHistory table="areas" id={id} />
    </article>
  );
}
