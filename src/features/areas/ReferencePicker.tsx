import { useDeferredValue, useId, useMemo, useState } from 'react';
import { useT } from '../../app/store-context';
import type { ReferenceFeature } from '../../map/reference/reference-data';
import { referenceLabel, searchReference } from './adopt-model';

/** Long lists are cut here: a search narrows 209 DeSO down faster than scrolling through them. */
const SHOWN = 40;

export interface ReferencePickerProps {
  features: readonly ReferenceFeature[];
  chosenIds: readonly string[];
  onToggle(feature: ReferenceFeature): void;
}

/** The keyboard way to pick reference polygons: search by code or name, tick the ones wanted. */
export function ReferencePicker({ features, chosenIds, onToggle }: ReferencePickerProps) {
  const t = useT();
  const id = useId();
  const [query, setQuery] = useState('');
  const deferred = useDeferredValue(query);
  const sorted = useMemo(() => [...features].sort((a, b) => a.name.localeCompare(b.name, 'sv', { numeric: true })), [features]);
  const matches = useMemo(() => searchReference(sorted, deferred), [sorted, deferred]);
  const shown = matches.slice(0, SHOWN);
  return (
    <div className="reference-picker">
      <label htmlFor={`${id}-search`}>{t('areas.adopt.search')}</label>
      <input id={`${id}-search`} type="search" value={query} onChange={(e) => setQuery(e.target.value)} autoComplete="off"
        aria-describedby={`${id}-count`} />
      <p id={`${id}-count`} className="hint" aria-live="polite">
        {matches.length > SHOWN ? t('areas.adopt.moreMatches', { shown: SHOWN, n: matches.length }) : t('areas.adopt.matches', { n: matches.length })}
      </p>
      <ul className="reference-options">
        {shown.map((f) => (
          <li key={f.id}>
            <label>
              <input type="checkbox" checked={chosenIds.includes(f.id)} onChange={() => onToggle(f)} />
              {referenceLabel(f)}
            </label>
          </li>
        ))}
      </ul>
    </div>
  );
}
