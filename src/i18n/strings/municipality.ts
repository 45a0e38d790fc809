// A new workspace for any of Sweden's municipalities.
import { registerStrings } from '../translate';

export const municipalityStrings = {
  'municipality.title': { sv: 'Ny arbetsyta', en: 'New workspace' },
  'municipality.choose': { sv: 'Kommun', en: 'Municipality' },
  'municipality.name': { sv: 'Arbetsytans namn', en: 'Name of the workspace' },
  'municipality.defaultName': { sv: 'Platsen {name}', en: 'Platsen {name}' },
  'municipality.replaces': {
    sv: 'Den nya arbetsytan ersätter allt i den nuvarande (du kan ångra direkt efteråt). Kartan öppnas över kommunen och dess gräns visas.',
    en: 'The new workspace replaces everything in the current one (you can undo right after). The map opens over the municipality and shows its boundary.',
  },
  'municipality.provenance': {
    sv: 'Kommungränser: Valmyndigheten via okfse/sweden-geojson (förenklade).',
    en: 'Municipal boundaries: Valmyndigheten via okfse/sweden-geojson (simplified).',
  },
  'municipality.create': { sv: 'Skapa arbetsytan', en: 'Create the workspace' },
  'municipality.loading': { sv: 'Läser in kommunerna …', en: 'Loading the municipalities …' },
  'municipality.loadFailed': { sv: 'Kommunlistan kunde inte läsas in. Försök igen.', en: 'The list of municipalities could not be loaded. Try again.' },
};

registerStrings(municipalityStrings);
