// Importing SCB statistics for a reference division (Data → Importera statistik).
import { registerStrings } from '../translate';

export const statsImportStrings = {
  'statsImport.open': { sv: 'Importera statistik (SCB) …', en: 'Import statistics (SCB) …' },
  'statsImport.title': { sv: 'Importera statistik från SCB', en: 'Import statistics from SCB' },
  'statsImport.noDivision': {
    sv: 'Statistik kopplas till en referensindelning. Importera först SCB:s DeSO eller RegSO för kommunen (GeoPackage) och spara den som referensindelning.',
    en: 'Statistics are attached to a reference division. First import SCB\'s DeSO or RegSO for the municipality (GeoPackage) and save it as a reference division.',
  },
  'statsImport.division': { sv: 'Referensindelning', en: 'Reference division' },
  'statsImport.file': { sv: 'Fil från Statistikdatabasen (CSV eller JSON-stat 2)', en: 'File from Statistikdatabasen (CSV or JSON-stat 2)' },
  'statsImport.hint': {
    sv: 'Välj region (DeSO eller RegSO) i tabellen i SCB:s Statistikdatabas och ladda ner som CSV, eller hämta JSON-stat 2 från API:t. Värden som SCB inte redovisar (..) blir saknade, aldrig 0.',
    en: 'Choose the regions (DeSO or RegSO) in the table in SCB\'s Statistikdatabasen and download it as CSV, or fetch JSON-stat 2 from the API. Values SCB does not publish (..) become missing, never 0.',
  },
  'statsImport.table': { sv: 'Tabell: {title}', en: 'Table: {title}' },
  'statsImport.matched': {
    sv: '{matched} av indelningens {parts, plural, one {# del} other {# delar}} finns i filen.',
    en: '{matched} of the division\'s {parts, plural, one {# part} other {# parts}} are in the file.',
  },
  'statsImport.year': { sv: 'År', en: 'Year' },
  'statsImport.statistic': { sv: 'Statistik i Platsen', en: 'Statistic in Platsen' },
  'statsImport.series': { sv: 'Serie i filen', en: 'Series in the file' },
  'statsImport.per': { sv: 'Delat med (för andel i %)', en: 'Divided by (for a share in %)' },
  'statsImport.perNone': { sv: '(inget: värdet som det är)', en: '(nothing: the value as it is)' },
  'statsImport.add': { sv: 'Lägg till statistik', en: 'Add a statistic' },
  'statsImport.remove': { sv: 'Ta bort raden', en: 'Remove the row' },
  'statsImport.submit': {
    sv: 'Importera {n, plural, one {# statistikmått} other {# statistikmått}}',
    en: 'Import {n, plural, one {# statistic} other {# statistics}}',
  },
  'statsImport.done': {
    sv: 'Statistiken importerades. Den visas under Mätning för områden och i "Färglägg efter statistik".',
    en: 'The statistics were imported. They show under Measure for areas and in "Colour by statistic".',
  },
  'statsImport.countNoPer': {
    sv: '{statistic} är ett antal och kan inte delas med en annan serie: välj "inget".',
    en: '{statistic} is a count and cannot be divided by another series: choose "nothing".',
  },
  'statsImport.readError': { sv: 'Filen kunde inte läsas. Inget importerades.', en: 'The file could not be read. Nothing was imported.' },
};

registerStrings(statsImportStrings);
