// What the legend says right now, as data: the on-screen legend and the exported map image both
// draw from this, so a picture of the map explains itself exactly as the screen does.
import type { GateDef } from '../../domain/model';
import { RATINGS } from '../../domain/model';
import type { Lang, ColourBy } from '../../store/session';
import { AREA_COLOUR, PHASE_RAMP, RATING_COLOURS, SELECTED_COLOUR, phaseRamp } from '../../map/encoding';
import type { SwatchProps } from './Swatch';

export interface LegendEntry { label: string; swatches: SwatchProps[] }
export interface LegendSection { title: string | null; entries: LegendEntry[] }

/** A mid-ramp colour for entries about shape or fill, where the colour itself means nothing. */
const NEUTRAL = PHASE_RAMP[3];

export function legendSections(gates: GateDef[], colourBy: ColourBy, lang: Lang, t: (key: string, params?: Record<string, string>) => string): LegendSection[] {
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
  ];
}
