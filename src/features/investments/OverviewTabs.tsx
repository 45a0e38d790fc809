import { useId, useState, type KeyboardEvent, type ReactNode } from 'react';
import { useT } from '../../app/store-context';
import '../../i18n/strings/workshop';

type Tab = 'areas' | 'investments' | 'workshop';
const TABS: Tab[] = ['areas', 'investments', 'workshop'];

// The panel shows an investment's details while one is selected; coming back, the user expects
// the tab they left, so the choice outlives the component (session-long, never saved).
let remembered: Tab = 'areas';

export interface OverviewTabsProps {
  areas: ReactNode;
  investments: ReactNode;
  workshop: ReactNode;
  /** The selected area or investment: shown in place of the lists (the workshop keeps its tab). */
  details: ReactNode | null;
}

/**
 * The panel's top level: "Områden", "Investeringar" and "Workshop" as tabs (arrow keys move
 * between them). A selection opens its details under the first two; the Workshop tab stays put,
 * since a facilitator selects an area to pin notes to it.
 */
export function OverviewTabs({ areas, investments, workshop, details }: OverviewTabsProps) {
  const t = useT();
  const id = useId();
  const [tab, setTabState] = useState<Tab>(remembered);
  const setTab = (next: Tab) => {
    remembered = next;
    setTabState(next);
  };
  const onKey = (e: KeyboardEvent) => {
    if (e.key !== 'ArrowLeft' && e.key !== 'ArrowRight') return;
    const next = TABS[(TABS.indexOf(tab) + (e.key === 'ArrowRight' ? 1 : TABS.length - 1)) % TABS.length]!;
    setTab(next);
    document.getElementById(`${id}-${next}`)?.focus();
  };
  const content = tab === 'workshop' ? workshop : details ?? (tab === 'areas' ? areas : investments);

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
        {content}
      </div>
    </div>
  );
}
