// Strings of the legend's choices of what the colours and the area shading show, and of the
// legend's section for shaded areas.
import { registerStrings, type Strings } from '../translate';

export const colourByStrings = {
  'colourBy.label': { sv: 'Färg visar', en: 'Colour shows' },
  'colourBy.phase': { sv: 'Fas', en: 'Phase' },
  'colourBy.aspectHint': {
    sv: 'Välj en punkt i femstegsanalysen för att se var den senaste bedömningen är svag.',
    en: 'Choose a step of the five-step analysis to see where its latest rating is weak.',
  },
  'colourBy.shading': { sv: 'Skugga områden', en: 'Shade areas' },
  'colourBy.shading.none': { sv: 'Nej', en: 'No' },
  'colourBy.shading.still': { sv: 'Andel som står still (avvaktar, avbrutna)', en: 'Share standing still (waiting, stopped)' },
  'colourBy.shading.weak': { sv: 'Andel svag eller negativ på {aspect}', en: 'Share weak or negative on {aspect}' },
  'colourBy.shading.progress': { sv: 'Andel av budgeten förbi {code}', en: 'Share of the budget past {code}' },

  'map.legend.progress': {
    sv: 'Område: andel av budgeten förbi {code}', en: 'Area: share of the budget past {code}',
  },
  'map.legend.progressClass': { sv: '{from}–{to} %', en: '{from}–{to}%' },
  'map.legend.shareNone': { sv: 'Inga (0 %)', en: 'None (0%)' },
  'map.legend.noBudget': { sv: 'Ingen budget (randig)', en: 'No budget (striped)' },
  'map.legend.noInvestments': { sv: 'Inga investeringar (randig)', en: 'No investments (striped)' },
  'map.legend.shadeWeak': { sv: 'Område: andel svag eller negativ på {aspect}', en: 'Area: share weak or negative on {aspect}' },
  'map.legend.shadeStill': { sv: 'Område: andel som avvaktar eller är avbruten', en: 'Area: share waiting or stopped' },
} satisfies Strings;

registerStrings(colourByStrings);
