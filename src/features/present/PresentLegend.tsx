// The room's legend: a small box in the corner (L hides it) that says, in a few short rows, only
// what is in view: the kinds, the colours (phases by code, or the ratings of the chosen aspect),
// waiting / stopped / realised, the workshop notes, groups and the selection. What is in view is
// the editor map's own count (map/in-view.ts, as the editor's legend reads it); the rows are
// shorter than the editor's because they are read from the back of the room: 20 px text at
// 1280 x 720, and the callout says the rest in words.
import { usePlatsen, useT } from '../../app/store-context';
import { NOTE_CATEGORIES, RATINGS, type NoteCategory } from '../../domain/model';
import { hitLayers } from '../../map/layers';
import type { ColourMode } from '../../map/colour-mode';
import { PHASE_RAMP, RATING_COLOURS, SELECTED_COLOUR, phaseRamp } from '../../map/encoding';
import { summariseInView } from '../../map/in-view';
import { getMap } from '../../map/map-registry';
import { useMapMoves } from '../../map/use-map-moves';
import { notesInView } from '../../map/notes-layer';
import { shownSymbols } from '../../map/point-layers';
import { gatesOf } from '../../store/selectors';
import { ringColours } from '../legend/legend-model';
import { Swatch, type SwatchProps } from '../legend/Swatch';
import { useInView } from '../legend/use-in-view';
import '../../i18n/strings/map';
import '../../i18n/strings/present';

interface Entry { label: string; swatches: SwatchProps[] }
interface Row { title?: string; entries: Entry[] }

const NEUTRAL = PHASE_RAMP[3];
const symbol = (shape: 'square' | 'circle', status: 'active' | 'waiting' | 'stopped' | 'realised', colour: string = NEUTRAL): SwatchProps =>
  ({ kind: 'symbol', shape, status, colour });
/** The method's four kinds of note; the four obstacles share one entry, each with its numbered pin. */
const NOTE_GROUPS: Array<{ key: string; categories: readonly NoteCategory[] }> = [
  { key: 'proud', categories: ['proud'] },
  { key: 'obstacle', categories: NOTE_CATEGORIES.filter((c) => c.startsWith('obstacle-')) },
  { key: 'hope', categories: ['hope'] },
  { key: 'action', categories: ['action'] },
];

export function PresentLegend() {
  const t = useT();
  const lang = usePlatsen((s) => s.session.lang);
  const colourBy = usePlatsen((s) => s.session.colourBy);
  const selected = usePlatsen((s) => (s.session.selection?.ids.length ?? 0) > 0);
  const doc = usePlatsen((s) => s.doc);
  const inView = useInView();
  // The notes and the groups drawn are read off the map after it settles.
  useMapMoves();
  const map = getMap();
  if (!map) return null;
  const gates = gatesOf(doc);
  const mode: ColourMode = { by: colourBy, gateCount: gates.length };
  const summary = inView ? summariseInView(inView, mode) : null;
  const ramp = phaseRamp(gates.length);
  const clusters = hitLayers(shownSymbols(map)).clusters.filter((id) => map.getLayer(id));
  const grouped = clusters.length > 0 && map.queryRenderedFeatures({ layers: clusters }).length > 0;
  const notes = notesInView(map, doc);

  const rows: Row[] = [
    {
      entries: summary ? [
        ...(summary.kinds.physical ? [{ label: t('room.physical'), swatches: [symbol('square', 'active')] }] : []),
        ...(summary.kinds.social ? [{ label: t('room.social'), swatches: [symbol('circle', 'active')] }] : []),
        ...(['waiting', 'stopped', 'realised'] as const).filter((s) => summary.statuses[s] > 0)
          .map((s) => ({ label: t(`room.${s}`), swatches: [symbol('circle', s, s === 'realised' ? ramp.at(-1) : NEUTRAL)] })),
      ] : [],
    },
    colourBy.type === 'phase'
      ? { title: t('room.phase'), entries: gates.flatMap((g, i) => (summary?.gates[i] ? [{ label: g.code, swatches: [symbol('square', 'active', ramp[i])] }] : [])) }
      : {
        title: t(`map.aspect.${colourBy.aspect}`),
        // By an aspect the classes are the ratings in RATINGS' order, then stopped.
        entries: RATINGS.flatMap((r, i) => (summary?.classes[i] ? [{ label: t(`map.rating.${r}`), swatches: [symbol('square', 'active', RATING_COLOURS[r])] }] : [])),
      },
    {
      entries: NOTE_GROUPS.flatMap(({ key, categories }) => {
        const present = categories.filter((c) => notes.includes(c));
        return present.length ? [{ label: t(`room.note.${key}`), swatches: present.map((category): SwatchProps => ({ kind: 'note', category })) }] : [];
      }),
    },
    {
      entries: [
        ...(grouped ? [{ label: t('room.cluster'), swatches: [{ kind: 'ring', colours: ringColours(mode, summary) } as SwatchProps] }] : []),
        ...(selected ? [{ label: t('room.selected'), swatches: [{ kind: 'area', colour: SELECTED_COLOUR } as SwatchProps] }] : []),
      ],
    },
  ].filter((row) => row.entries.length > 0);

  return (
    <section className="present-legend" aria-labelledby="present-legend-title" lang={lang} data-map-overlay="">
      <h2 id="present-legend-title" className="visually-hidden">{t('map.legend.title')}</h2>
      {rows.length === 0 ? <p>{t('room.nothing')}</p> : rows.map((row, i) => (
        <ul key={i} aria-label={row.title}>
          {row.title && <li className="present-legend-title" aria-hidden="true">{row.title}</li>}
          {row.entries.map((entry) => (
            <li key={entry.label}>
              <span className="present-legend-swatches">{entry.swatches.map((s, k) => <Swatch key={k} {...s} />)}</span>
              {entry.label}
            </li>
          ))}
        </ul>
      ))}
    </section>
  );
}
