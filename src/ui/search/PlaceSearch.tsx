// One search box for places: the map's own areas and investments (offline, as you type) and, where
// the deployment has a geocoder, addresses (after a short pause, the previous request cancelled).
// The ARIA 1.2 combobox pattern: arrows move through the suggestions, Enter picks, Escape closes,
// and a live region says how many were found or that the address search is not answering.
import { useEffect, useId, useMemo, useRef, useState } from 'react';
import type { Place } from '../../search/places';
import { GEOCODER_MIN_CHARS } from '../../search/geocoder';
import '../../i18n/strings/search';
import './place-search.css';

type T = (key: string, params?: Record<string, string | number>) => string;

export interface PlaceSearchProps {
  label: string;
  /** Hide the label visually (it stays the input's name). */
  labelHidden?: boolean;
  placeholder: string;
  local(text: string): Place[];
  /** Addresses; absent when the deployment has no geocoder. */
  remote?: (text: string, signal: AbortSignal) => Promise<Place[]>;
  onPick(place: Place): void;
  t: T;
  className?: string;
}

const PAUSE_MS = 350;
type Remote = { status: 'idle' | 'searching' | 'failed' } | { status: 'done'; query: string; places: Place[] };

export function PlaceSearch({ label, labelHidden, placeholder, local, remote, onPick, t, className }: PlaceSearchProps) {
  const id = useId();
  const [text, setText] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const [addresses, setAddresses] = useState<Remote>({ status: 'idle' });
  const input = useRef<HTMLInputElement>(null);
  const query = text.trim();

  const own = useMemo(() => local(query), [local, query]);
  const wantsRemote = remote !== undefined && query.length >= GEOCODER_MIN_CHARS;
  const options = useMemo(
    () => [...own, ...(addresses.status === 'done' && addresses.query === query ? addresses.places : [])], [own, addresses, query]);

  useEffect(() => {
    if (!wantsRemote || !remote) return;
    const controller = new AbortController();
    const timer = setTimeout(() => {
      setAddresses({ status: 'searching' });
      remote(query, controller.signal).then(
        (places) => setAddresses({ status: 'done', query, places }),
        (error: unknown) => {
          if (!controller.signal.aborted) setAddresses({ status: 'failed' });
          return error;
        },
      );
    }, PAUSE_MS);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [wantsRemote, remote, query]);

  function pick(place: Place) {
    setOpen(false);
    setActive(-1);
    setText(place.label);
    onPick(place);
  }

  function onKeyDown(e: React.KeyboardEvent<HTMLInputElement>) {
    const last = options.length - 1;
    const move = (to: number) => {
      e.preventDefault();
      setOpen(true);
      setActive(options.length === 0 ? -1 : to);
    };
    if (e.key === 'ArrowDown') move(active >= last ? 0 : active + 1);
    else if (e.key === 'ArrowUp') move(active <= 0 ? last : active - 1);
    else if (e.key === 'Enter' && open && options.length > 0) {
      e.preventDefault();
      pick(options[Math.max(active, 0)]!);
    } else if (e.key === 'Escape') {
      e.preventDefault();
      if (open) setOpen(false);
      else setText('');
      setActive(-1);
    }
  }

  let status = '';
  const failed = open && wantsRemote && addresses.status === 'failed';
  if (failed) status = t(own.length ? 'search.failed' : 'search.failedNone', { n: own.length });
  else if (open && query) {
    if (wantsRemote && addresses.status === 'searching') status = t('search.searching');
    else status = options.length ? t('search.count', { n: options.length }) : t('search.none');
  }
  const expanded = open && options.length > 0;

  return (
    <div className={`place-search ${className ?? ''}`} role="search" aria-label={label}>
      <label htmlFor={`${id}-input`} className={labelHidden ? 'visually-hidden' : 'place-search-label'}>{label}</label>
      <input
        ref={input} id={`${id}-input`} type="text" role="combobox" value={text} placeholder={placeholder} autoComplete="off"
        aria-autocomplete="list" aria-expanded={expanded} aria-controls={`${id}-list`}
        aria-activedescendant={expanded && active >= 0 ? `${id}-opt-${active}` : undefined}
        onChange={(e) => {
          setText(e.target.value);
          setOpen(true);
          setActive(-1);
        }}
        onFocus={() => query && setOpen(true)}
        onBlur={() => setOpen(false)}
        onKeyDown={onKeyDown}
      />
      <div className="place-search-pop" hidden={!expanded && !failed}>
        <ul id={`${id}-list`} role="listbox" aria-label={label} className="place-search-list" hidden={!expanded}>
          {expanded && options.map((place, i) => (
            <li key={`${place.kind}:${place.id}`} id={`${id}-opt-${i}`} role="option" aria-selected={i === active}
              className="place-search-option" onMouseDown={(e) => e.preventDefault()} onClick={() => pick(place)}>
              <span className="place-search-name">{place.label}</span>
              <span className="place-search-detail">{[t(`search.kind.${place.kind}`), place.detail].filter(Boolean).join(' · ')}</span>
            </li>
          ))}
        </ul>
        {/* Shown for sighted readers; the status below announces the same to screen readers. */}
        {failed && <p className="place-search-note" aria-hidden="true">{status}</p>}
      </div>
      <p className="visually-hidden" role="status" aria-live="polite">{status}</p>
    </div>
  );
}
