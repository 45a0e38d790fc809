// Strings of the map, its tooltip and its legend.
import { registerStrings, type Strings } from '../translate';

export const mapStrings = {
  'map.region': { sv: 'Karta över områden och investeringar', en: 'Map of areas and investments' },
  'map.tooltip.phase': { sv: 'Fas {code} {name}', en: 'Phase {code} {name}' },
  'map.tooltip.cluster': {
    sv: '{count, plural, one {# investering} other {# investeringar}} – klicka för att zooma in',
    en: '{count, plural, one {# investment} other {# investments}} – click to zoom in',
  },
  'map.nav.zoomIn': { sv: 'Zooma in', en: 'Zoom in' },
  'map.nav.zoomOut': { sv: 'Zooma ut', en: 'Zoom out' },
  'map.nav.resetBearing': { sv: 'Dra för att vrida kartan, klicka för norr uppåt', en: 'Drag to rotate the map, click to reset north' },
  'map.home': { sv: 'Visa hela arbetsytan', en: 'Show the whole workspace' },
  'map.attribution.toggle': { sv: 'Visa källor', en: 'Toggle attribution' },

  'map.legend.title': { sv: 'Teckenförklaring', en: 'Legend' },
  'map.legend.toggleHint': { sv: 'Visa eller dölj teckenförklaringen (tangent L)', en: 'Show or hide the legend (key L)' },
  'map.legend.noneInView': { sv: 'Inga investeringar i vyn', en: 'No investments in view' },
  'map.legend.kinds': {
    sv: 'Form: typ av investering (korta linjer och små ytor visas som symbol tills du zoomar in)',
    en: 'Shape: kind of investment (short lines and small areas show as a symbol until you zoom in)',
  },
  'map.legend.physical': { sv: 'Fysisk investering: fyrkant, heldragen linje eller kant', en: 'Physical investment: square, solid line or outline' },
  'map.legend.social': { sv: 'Social investering: cirkel, streckad linje eller kant', en: 'Social investment: circle, dashed line or outline' },
  'map.legend.phases': { sv: 'Färg: fas (ljus = tidig, mörk = sen)', en: 'Colour: phase (light = early, dark = late)' },
  'map.legend.gate': { sv: '{code} {name}', en: '{code} {name}' },
  'map.legend.rating': { sv: 'Färg: senaste bedömning av {aspect}', en: 'Colour: latest rating of {aspect}' },
  'map.legend.status': { sv: 'Fyllning: beslut', en: 'Fill: decision' },
  'map.legend.waiting': { sv: 'Avvaktar: ihålig, med fasens färg som ring', en: 'Waiting: hollow, ring in the phase colour' },
  'map.legend.stopped': { sv: 'Avbruten: grå med kryss', en: 'Stopped: grey with a cross' },
  'map.legend.realised': { sv: 'Nyttorealiserad: med bock', en: 'Benefits realised: with a check mark' },
  'map.legend.area': { sv: 'Område', en: 'Area' },
  'map.legend.selected': { sv: 'Vald (orange)', en: 'Selected (orange)' },
  'map.legend.cluster': { sv: 'Grupp: ringen visar färgernas fördelning, siffran antalet', en: 'Group: the ring shows the mix of colours, the number how many' },

  'map.aspect.strategy': { sv: 'Strategi', en: 'Strategy' },
  'map.aspect.benefits': { sv: 'Nytta', en: 'Benefits' },
  'map.aspect.market': { sv: 'Marknad', en: 'Market' },
  'map.aspect.economy': { sv: 'Ekonomi', en: 'Economy' },
  'map.aspect.governance': { sv: 'Styrning', en: 'Governance' },

  'map.rating.strong': { sv: 'Stark', en: 'Strong' },
  'map.rating.positive': { sv: 'Positiv', en: 'Positive' },
  'map.rating.neutral': { sv: 'Neutral', en: 'Neutral' },
  'map.rating.weak': { sv: 'Svag', en: 'Weak' },
  'map.rating.negative': { sv: 'Negativ', en: 'Negative' },
  'map.rating.notAssessed': { sv: 'Ej bedömd', en: 'Not assessed' },

  'map.status.active': { sv: 'pågår', en: 'in progress' },
  'map.status.waiting': { sv: 'avvaktar', en: 'waiting' },
  'map.status.stopped': { sv: 'avbruten', en: 'stopped' },
  'map.status.realised': { sv: 'nyttorealiserad', en: 'benefits realised' },
} satisfies Strings;

registerStrings(mapStrings);
