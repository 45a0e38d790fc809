// The place and address search (public viewer and the editor's top bar) and "near me".
import { registerStrings, type Strings } from '../translate';

export const searchStrings = {
  'search.label': { sv: 'Sök plats eller adress', en: 'Search a place or an address' },
  'search.labelOffline': { sv: 'Sök område eller investering', en: 'Search an area or an investment' },
  'search.placeholder': { sv: 'Gata, område, investering …', en: 'Street, area, investment …' },
  'search.placeholderOffline': { sv: 'Område eller investering …', en: 'Area or investment …' },
  'search.placeholderShort': { sv: 'Sök …', en: 'Search …' },
  'search.kind.area': { sv: 'Område', en: 'Area' },
  'search.kind.investment': { sv: 'Investering', en: 'Investment' },
  'search.kind.address': { sv: 'Adress', en: 'Address' },
  'search.count': {
    sv: '{n, plural, one {# förslag} other {# förslag}}. Välj med pil upp och ned.',
    en: '{n, plural, one {# suggestion} other {# suggestions}}. Choose with the up and down arrows.',
  },
  'search.none': { sv: 'Inget hittades.', en: 'Nothing found.' },
  'search.searching': { sv: 'Söker adresser …', en: 'Searching addresses …' },
  'search.failedNone': {
    sv: 'Adressökningen svarar inte just nu. Försök igen om en stund.', en: 'The address search is not answering right now. Try again in a while.',
  },
  'search.failed': {
    sv: 'Adressökningen svarar inte just nu. {n, plural, one {# plats på kartan hittades} other {# platser på kartan hittades}} ändå.',
    en: 'The address search is not answering right now. {n, plural, one {# place on the map was found} other {# places on the map were found}} anyway.',
  },

  'near.button': { sv: 'Nära mig', en: 'Near me' },
  'near.title': { sv: 'Nära dig', en: 'Near you' },
  'near.titlePlace': { sv: 'Nära {place}', en: 'Near {place}' },
  'near.locating': { sv: 'Letar efter var du är …', en: 'Finding where you are …' },
  'near.denied': {
    sv: 'Kartan fick inte veta var du är. Du kan tillåta platsen i webbläsarens inställningar, eller söka på din adress ovanför kartan.',
    en: 'The map was not allowed to know where you are. You can allow location in the browser\'s settings, or search your address above the map.',
  },
  'near.unavailable': {
    sv: 'Din plats gick inte att hitta just nu. Sök på din adress ovanför kartan i stället.',
    en: 'Your location could not be found just now. Search your address above the map instead.',
  },
  'near.unsupported': {
    sv: 'Den här webbläsaren kan inte säga var du är. Sök på din adress ovanför kartan i stället.',
    en: 'This browser cannot tell where you are. Search your address above the map instead.',
  },
  'near.within': { sv: 'Inom', en: 'Within' },
  'near.count': {
    sv: '{n, plural, one {# investering} other {# investeringar}} inom {radius}, närmast först.',
    en: '{n, plural, one {# investment} other {# investments}} within {radius}, nearest first.',
  },
  'near.none': {
    sv: 'Inga investeringar inom {radius}. Välj ett större avstånd.', en: 'No investments within {radius}. Choose a longer distance.',
  },
  'near.here': { sv: 'Här', en: 'Here' },
  'near.away': { sv: '{distance} bort', en: '{distance} away' },
} satisfies Strings;

registerStrings(searchStrings);
