// The basemap choices and what the map says when one cannot be shown (editor and public viewer).
import { registerStrings, type Strings } from '../translate';

export const basemapStrings = {
  'basemap.offline': { sv: 'Offline: kommuner och områden (ingen internet)', en: 'Offline: municipalities and areas (no internet)' },
  'basemap.pmtiles': { sv: 'Gatukarta från den här webbplatsen', en: 'Street map from this website' },
  'basemap.positron': { sv: 'OpenStreetMap, ljus (online)', en: 'OpenStreetMap, light (online)' },
  'basemap.liberty': { sv: 'OpenStreetMap, färg (online)', en: 'OpenStreetMap, colour (online)' },
  'basemap.fallback': {
    sv: 'Bakgrundskartan kunde inte laddas. Kartan visar en enklare karta utan gator i stället.',
    en: 'The basemap could not be loaded. The map shows a simpler map without streets instead.',
  },
} satisfies Strings;

registerStrings(basemapStrings);
