// Strings of the "what the colours show" switch beside the map legend, and of the legend's section
// for areas shaded by programme progress.
import { registerStrings, type Strings } from '../translate';

export const colourByStrings = {
  'colourBy.title': { sv: 'Kartans färger', en: 'Map colours' },
  'colourBy.label': { sv: 'Färg visar', en: 'Colour shows' },
  'colourBy.phase': { sv: 'Fas', en: 'Phase' },
  'colourBy.aspectHint': {
    sv: 'Välj en punkt i femstegsanalysen för att se var den senaste bedömningen är svag.',
    en: 'Choose a step of the five-step analysis to see where its latest rating is weak.',
  },
  'colourBy.areaProgress': { sv: 'Skugga områden efter framsteg', en: 'Shade areas by progress' },
  'colourBy.areaProgressHint': {
    sv: 'Andel av programmets investeringsbudget som har passerat grinden {code}.',
    en: 'Share of the programme\'s investment budget past gate {code}.',
  },

  'map.legend.progress': {
    sv: 'Område: andel av budgeten förbi {code}', en: 'Area: share of the budget past {code}',
  },
  'map.legend.progressClass': { sv: '{from}–{to} %', en: '{from}–{to}%' },
  'map.legend.noBudget': { sv: 'Ingen budget (randig)', en: 'No budget (striped)' },
} satisfies Strings;

registerStrings(colourByStrings);
