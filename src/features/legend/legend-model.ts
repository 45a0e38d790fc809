// What the legend says right now, as data: the on-screen legend and the exported map image both
// draw from this, so a picture of the map explains itself exactly as the screen does.
import type { GateDef } from '../../domain/model';
import { RATINGS } from '../../domain/model';
import type { Lang, ColourBy } from '../../store/session';
import { IMPLEMENTATION_GATE_CODE } from '../../domain/rollups';
import '../../i18n/strings/colour-by';
import { PROGRESS_CLASSES, PROGRESS_OPACITY } from '../../map/area-progress';
import { AREA_COLOUR, PHASE_RAMP, RATING_COLOURS, SELECTED_COLOUR, phaseRamp } from '../../map/encoding';
import type { SwatchProps } from './Swatch';

export interface LegendEntry { label: string; swatches: SwatchProps[] }
export interface LegendSection { title: string | null; entries: LegendEntry[] }

/** A mid-ramp colour for entries about shape or fill, where the colour itself means nothing. */
const NEUTRAL = PHASE_RAMP[3];

type Translate = (key: string, params?: Record<string, string | number>) => string;

/** The area shading by programme progress: five classes of the budget's share, and "no budget". */
function progressSection(gates: GateDef[], lang: Lang, t: Translate): LegendSection {
  const gate = gates.find((g) => g.code === IMPLEMENTATION_GATE_CODE);
  return {
    title: t('map.legend.progress', { code: gate ? `${gate.code} ${gate.name[lang]}` : IMPLEMENTATION_GATE_CODE }),
    entries: [
      ...PROGRESS_CLASSES.map((c) => ({
        label: t('map.legend.progressClass', { from: c.from, to: c.to }),
        swatches: [{ kind: 'area' as const, colour: c.colour, fillOpacity: PROGRESS_OPACITY }],
      })),
      { label: t('map.legend.noBudget'), swatches: [{ kind: 'hatch' as const }] },
    ],
  };
}

/** `areaProgress`: the areas are shaded by programme progress (session.areaProgress). */
export function legendSections(gates: GateDef[], colourBy: ColourBy, lang: Lang, t: Translate, areaProgress = false): LegendSection[] {
  const ramp = phaseRamp(gates.length);
  const colours: LegendSection = colourBy.type === 'phase'
    ? {
      title: t('map.legend.phases'),
      entries: gates.map((gate, i) => ({
        label: t('map.legend.gate', { code: gate.code, name: gate.name[lang] }),
        swatches: [{ kind: 'symbol', shape: 'square', status: 'active', colour: ramp[i]! }],
      })),
    }
    : {
      title: t('map.legend.rating', { aspect: t(`map.aspect.${colourBy.aspect}`) }),
      entries: RATINGS.map((rating) => ({
        label: t(`map.rating.${rating}`),
        swatches: [{ kind: 'symbol', shape: 'square', status: 'active', colour: RATING_COLOURS[rating] }],
      })),
    };
  return [
    {
      title: t('map.legend.kinds'),
      entries: [
        { label: t('map.legend.physical'), swatches: [{ kind: 'symbol', shape: 'square', status: 'active', colour: NEUTRAL }, { kind: 'line', dashed: false, colour: NEUTRAL }] },
        { label: t('map.legend.social'), swatches: [{ kind: 'symbol', shape: 'circle', status: 'active', colour: NEUTRAL }, { kind: 'line', dashed: true, colour: NEUTRAL }] },
      ],
    },
    colours,
    {
      title: t('map.legend.status'),
      entries: [
        { label: t('map.legend.waiting'), swatches: [{ kind: 'symbol', shape: 'circle', status: 'waiting', colour: NEUTRAL }] },
        { label: t('map.legend.stopped'), swatches: [{ kind: 'symbol', shape: 'circle', status: 'stopped', colour: NEUTRAL }] },
        { label: t('map.legend.realised'), swatches: [{ kind: 'symbol', shape: 'circle', status: 'realised', colour: ramp.at(-1) ?? NEUTRAL }] },
      ],
    },
    {
      title: null,
      entries: [
        { label: t('map.legend.cluster'), swatches: [{ kind: 'cluster' }] },
        { label: t('map.legend.area'), swatches: [{ kind: 'area', colour: AREA_COLOUR }] },
        { label: t('map.legend.selected'), swatches: [{ kind: 'area', colour: SELECTED_COLOUR }] },
      ],
    },
    ...(areaProgress ? [progressSection(gates, lang, t)] : []),
  ];
}
