import { useId, useState, type KeyboardEvent, type ReactNode } from 'react';
import { useT } from '../../app/store-context';

type Tab = 'areas' | 'investments';
const TABS: Tab[] = ['areas', 'investments'];

// The panel shows an investment's details while one is selected; coming back, the user expects
// the tab they left, so the choice outlives the component (session-long, never saved).
let remembered: Tab = 'areas';

/** The panel when nothing is selected: "Områden" and "Investeringar" as tabs (arrow keys move between them). */
export function OverviewTabs({ areas, investments }: { areas: ReactNode; investments: ReactNode }) {
  const t = useT();
  const id = useId();
  const [tab, setTabState] = useState<Tab>(remembered);
  const setTab = (next: Tab) => {
    remembered = next;
    setTabState(next);
  };
  const onKey = (e: KeyboardEvent) => {
    if (e.key !== 'ArrowLeft' && e.key !== 'ArrowRight') return;
    const next = TABS[(TABS.indexOf(tab) + 1) % TABS.length]!;
    setTab(next);
    document.getElementById(`${id}-${next}`)?.focus();
  };

  return (
    <div className="overview-tabs">
      <div role="tablist" aria-label={t('investments.tabs')} className="tablist" onKeyDown={onKey}>
        {TABS.map((k) => (
          <button key={k} id={`${id}-${k}`} type="button" role="tab" aria-selected={tab === k} aria-controls={tab === k ? `${id}-${k}-panel` : undefined}
            tabIndex={tab === k ? 0 : -1} onClick={() => setTab(k)}>
            {t(`panel.${k}`)}
          </button>
        ))}
      </div>
      <div role="tabpanel" id={`${id}-${tab}-panel`} aria-labelledby={`${id}-${tab}`}>
        {tab === 'areas' ? areas : investments}
      </div>
    </div>
  );
}
