// The callout: a large box pointing at what the room asked about (a click on a note, an investment
// or an area, or I for the scene's focus). MapLibre's popup keeps it beside its place while the
// map moves; React renders its content into the popup, as text (never HTML).
import { Popup } from 'maplibre-gl';
import { useEffect, useState } from 'react';
import { createPortal } from 'react-dom';
import { usePlatsen, useT } from '../../app/store-context';
import { getMap } from '../../map/map-registry';
import { gatesOf, selectPhases } from '../../store/selectors';
import { NoteIcon } from '../notes/NoteIcon';
import { explain } from './explain';
import { presentState, usePresentState } from './present-state';

export function PresentCallout() {
  const t = useT();
  const target = usePresentState((s) => s.callout);
  const doc = usePlatsen((s) => s.doc);
  const phases = usePlatsen(selectPhases);
  const lang = usePlatsen((s) => s.session.lang);
  const [element] = useState(() => document.createElement('div'));
  const said = target ? explain(target, { doc, phases, gates: gatesOf(doc), lang, t }) : null;
  const shown = target && said ? target : null;

  useEffect(() => {
    const map = getMap();
    if (!map || !shown) return;
    const popup = new Popup({ closeButton: false, closeOnClick: false, maxWidth: 'none', offset: 18, className: 'present-callout-popup' })
      .setDOMContent(element).setLngLat(shown.lngLat).addTo(map);
    return () => { popup.remove(); };
  }, [shown, element]);

  if (!said) return null;
  return createPortal(
    <section className="present-callout" aria-labelledby="present-callout-title" aria-live="polite">
      <p className="present-callout-kicker">
        {said.noteCategory && <NoteIcon category={said.noteCategory} size={28} />}
        <span>{said.kicker}</span>
        {said.invented && <span className="present-badge">{t('investment.fictional')}</span>}
      </p>
      <h2 id="present-callout-title">{said.title}</h2>
      {said.text && <p className="present-callout-text">{said.text}</p>}
      <dl>
        {said.facts.map((f) => <div key={f.label}><dt>{f.label}</dt><dd>{f.value}</dd></div>)}
      </dl>
      <button type="button" onClick={() => presentState.setState({ callout: null })}>{t('callout.close')}</button>
    </section>,
    element,
  );
}
