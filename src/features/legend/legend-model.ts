// What the legend says right now, as data: the on-screen legend, the presentation legend and the
// exported map image all draw from this, so a picture of the map explains itself exactly as the
// screen does. Given what is in view (map/in-view.ts), it lists only the classes present there,
// each with its count; without it, every class.
import type { GateDef } from '../../domain/model';
import { RATINGS } from '../../domain/model';
import { IMPLEMENTATION_GATE_CODE } from '../../domain/rollups';
import '../../i18n/strings/colour-by';
import { SHADE_CLASSES, SHADE_OPACITY, shadingMeasure, type ShadingMeasure } from '../../map/area-shading';
import { colourClasses, type ColourMode } from '../../map/colour-mode';
import { AREA_COLOUR, PHASE_RAMP, RATING_COLOURS, SELECTED_COLOUR, phaseRamp } from '../../map/encoding';
import { summariseInView, type CodeCounts, type InViewSummary } from '../../map/in-view';
import type { AreaShading, ColourBy, Lang } from '../../store/session';
import type { SwatchProps } from './Swatch';

export interface LegendEntry {
  label: string;
  swatches: SwatchProps[];
  /** How many of these are in view, when the legend knows. */
  count?: number;
}
export interface LegendSection { title: string | null; entries: LegendEntry[] }

export interface LegendOptions {
  areaShading?: AreaShading;
  /** What is in view; null or absent lists every class. */
  inView?: CodeCounts | null;
}

/** A mid-ramp colour for entries about shape or fill, where the colour itself means nothing. */
const NEUTRAL = PHASE_RAMP[3];

type Translate = (key: string, params?: Record<string, string | number>) => string;

/** The area shading: five classes of a share, and "nothing to measure". */
function shadingSection(measure: ShadingMeasure, gates: GateDef[], lang: Lang, t: Translate): LegendSection {
  const gate = gates.find((g) => g.code === IMPLEMENTATION_GATE_CODE);
  const title = measure.type === 'progress'
    ? t('map.legend.progress', { code: gate ? `${gate.code} ${gate.name[lang]}` : IMPLEMENTATION_GATE_CODE })
    : measure.type === 'weak' ? t('map.legend.shadeWeak', { aspect: t(`map.aspect.${measure.aspect}`) }) : t('map.legend.shadeStill');
  return {
    title,
    entries: [
      ...SHADE_CLASSES.map((c) => ({
        label: c.to === 0 ? t('map.legend.shareNone') : t('map.legend.progressClass', { from: c.from, to: c.to }),
        swatches: [{ kind: 'area' as const, colour: c.colour, fillOpacity: SHADE_OPACITY }],
      })),
      { label: t(measure.type === 'progress' ? 'map.legend.noBudget' : 'map.legend.noInvestments'), swatches: [{ kind: 'hatch' as const }] },
    ],
  };
}

const symbol = (colour: string, status: 'active' | 'waiting' | 'stopped' | 'realised' = 'active', shape: 'square' | 'circle' = 'square'): SwatchProps =>
  ({ kind: 'symbol', shape, status, colour });

/** Entries with a count: kept when present in view (or when nothing is known), each with its count. */
function present(entries: Array<LegendEntry & { count: number }>, summary: InViewSummary | null): LegendEntry[] {
  return summary ? entries.filter((e) => e.count > 0) : entries.map(({ count: _, ...e }) => e);
}

function colourSection(gates: GateDef[], colourBy: ColourBy, lang: Lang, t: Translate, summary: InViewSummary | null): LegendSection {
  if (colourBy.type === 'phase') {
    const ramp = phaseRamp(gates.length);
    return {
      title: t('map.legend.phases'),
      entries: present(gates.map((gate, i) => ({
        label: t('map.legend.gate', { code: gate.code, name: gate.name[lang] }), swatches: [symbol(ramp[i]!)], count: summary?.gates[i] ?? 0,
      })), summary),
    };
  }
  return {
    title: t('map.legend.rating', { aspect: t(`map.aspect.${colourBy.aspect}`) }),
    entries: present(RATINGS.map((rating, i) => ({
      label: t(`map.rating.${rating}`), swatches: [symbol(RATING_COLOURS[rating])], count: summary?.classes[i] ?? 0,
    })), summary),
  };
}

/** The ring swatch: the classes present, in the order the map's rings draw them (null: hollow). */
export function ringColours(mode: ColourMode, summary: InViewSummary | null): Array<string | null> {
  return colourClasses(mode).filter((_, i) => !summary || summary.classes[i]! > 0).map((c) => (c.hollow ? null : c.colour));
}

export function legendSections(gates: GateDef[], colourBy: ColourBy, lang: Lang, t: Translate, options: LegendOptions = {}): LegendSection[] {
  const mode: ColourMode = { by: colourBy, gateCount: gates.length };
  const summary = options.inView ? summariseInView(options.inView, mode) : null;
  const measure = shadingMeasure(options.areaShading ?? 'none', colourBy);
  const kinds = present([
    { label: t('map.legend.physical'), swatches: [symbol(NEUTRAL), { kind: 'line', dashed: false, colour: NEUTRAL }], count: summary?.kinds.physical ?? 0 },
    { label: t('map.legend.social'), swatches: [symbol(NEUTRAL, 'active', 'circle'), { kind: 'line', dashed: true, colour: NEUTRAL }], count: summary?.kinds.social ?? 0 },
  ], summary);
  const statuses = present([
    { label: t('map.legend.waiting'), swatches: [symbol(NEUTRAL, 'waiting', 'circle')], count: summary?.statuses.waiting ?? 0 },
    { label: t('map.legend.stopped'), swatches: [symbol(NEUTRAL, 'stopped', 'circle')], count: summary?.statuses.stopped ?? 0 },
    { label: t('map.legend.realised'), swatches: [symbol(phaseRamp(gates.length).at(-1) ?? NEUTRAL, 'realised', 'circle')], count: summary?.statuses.realised ?? 0 },
  ], summary);
  const ring = ringColours(mode, summary);
  return [
    ...(summary && summary.total === 0 ? [{ title: null, entries: [{ label: t('map.legend.noneInView'), swatches: [] }] }] : []),
    ...(kinds.length ? [{ title: t('map.legend.kinds'), entries: kinds }] : []),
    ...(summary?.total !== 0 ? [colourSection(gates, colourBy, lang, t, summary)] : []),
    ...(statuses.length ? [{ title: t('map.legend.status'), entries: statuses }] : []),
    {
      title: null,
      entries: [
        { label: t('map.legend.cluster'), swatches: [{ kind: 'ring', colours: ring }] },
        { label: t('map.legend.area'), swatches: [{ kind: 'area', colour: AREA_COLOUR }] },
        { label: t('map.legend.selected'), swatches: [{ kind: 'area', colour: SELECTED_COLOUR }] },
      ],
    },
    ...(measure ? [shadingSection(measure, gates, lang, t)] : []),
  ];
}
