// The legend in presentation mode: always open and large, from the same model as the editor's.
import { usePlatsen, useT } from '../../app/store-context';
import { gatesOf } from '../../store/selectors';
import { legendSections } from '../legend/legend-model';
import { Swatch } from '../legend/Swatch';

export function PresentLegend() {
  const t = useT();
  const lang = usePlatsen((s) => s.session.lang);
  const colourBy = usePlatsen((s) => s.session.colourBy);
  const areaShading = usePlatsen((s) => s.session.areaShading);
  const gates = usePlatsen((s) => gatesOf(s.doc));
  const sections = legendSections(gates, colourBy, lang, t, { areaShading });
  return (
    // tabIndex: on a small screen the legend scrolls, and a scrolling region must be reachable by keyboard.
    <section className="present-legend" aria-labelledby="present-legend-title" tabIndex={0}>
      <h2 id="present-legend-title" className="visually-hidden">{t('map.legend.title')}</h2>
      {sections.map((section, i) => (
        <div key={i} className="present-legend-section">
          {section.title && <h3>{section.title}</h3>}
          <ul>
            {section.entries.map((entry) => (
              <li key={entry.label}>
                <span className="present-legend-swatches">{entry.swatches.map((s, k) => <Swatch key={k} {...s} />)}</span>
                <span>{entry.label}</span>
              </li>
            ))}
          </ul>
        </div>
      ))}
    </section>
  );
}
