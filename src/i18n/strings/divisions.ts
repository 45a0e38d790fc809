// Reference divisions imported from files (SCB's DeSO/RegSO, the municipality's own districts).
import { registerStrings } from '../translate';

export const divisionStrings = {
  'importExport.import.target.division': { sv: 'Referensindelning', en: 'Reference division' },
  'importExport.import.submit.division': {
    sv: 'Spara som referensindelning ({n, plural, one {# del} other {# delar}})',
    en: 'Save as a reference division ({n, plural, one {# part} other {# parts}})',
  },
  'division.fields': { sv: 'Referensindelning', en: 'Reference division' },
  'division.hint': {
    sv: 'Delarna kan sedan väljas som områden under Områden → Från referensindelning, precis som DeSO och RegSO, och statistik kan kopplas till dem.',
    en: 'Its parts can then be chosen as areas under Areas → From a reference division, just like DeSO and RegSO, and statistics can be attached to them.',
  },
  'division.name': { sv: 'Indelningens namn', en: 'Name of the division' },
  'division.codeField': { sv: 'Kod (unik per del)', en: 'Code (unique per part)' },
  'division.nameField': { sv: 'Namn på delarna', en: 'Name of the parts' },
  'division.kommun': { sv: 'Bara kommun (kommunkod)', en: 'Only municipality (kommunkod)' },
  'division.kommunAll': { sv: 'Alla kommuner i filen', en: 'Every municipality in the file' },
  'division.recognised': {
    sv: 'SCB:s fältnamn känns igen: {fields}.',
    en: 'SCB\'s field names are recognised: {fields}.',
  },
  'division.problem.notPolygon': { sv: 'är ingen yta ({type}) och kan inte bli en del av en indelning', en: 'is not a polygon ({type}) and cannot be part of a division' },
  'division.problem.noCode': { sv: 'saknar kod i fältet "{field}"', en: 'has no code in the field "{field}"' },
  'division.problem.duplicateCode': { sv: 'har koden "{code}", som en tidigare del redan har', en: 'has the code "{code}", which an earlier part already has' },
  'division.note.otherMunicipalities': {
    sv: '{n, plural, one {# del} other {# delar}} i andra kommuner än {municipality} lämnas utanför',
    en: '{n, plural, one {# part} other {# parts}} in municipalities other than {municipality} {n, plural, one {is} other {are}} left out',
  },
  'division.error.nameRequired': { sv: 'Ge indelningen ett namn. Inget sparades.', en: 'Give the division a name. Nothing was saved.' },
  'division.error.nameTooLong': { sv: 'Indelningens namn får vara högst {max} tecken. Inget sparades.', en: 'The division\'s name may have at most {max} characters. Nothing was saved.' },
  'division.error.noCodeField': {
    sv: 'Välj fältet med delarnas koder (till exempel desokod). Inget sparades.',
    en: 'Choose the field with the parts\' codes (desokod, for example). Nothing was saved.',
  },
  'division.error.notFound': { sv: 'Referensindelningen finns inte längre. Inget ändrades.', en: 'The reference division no longer exists. Nothing was changed.' },
  'command.deleteDivision': { sv: 'Ta bort referensindelning', en: 'Delete reference division' },
  'division.delete': { sv: 'Ta bort indelningen', en: 'Delete the division' },
  'division.deleteConfirm': {
    sv: 'Ta bort referensindelningen "{name}" och dess statistik? Områden som redan skapats ur den finns kvar. Det går att ångra.',
    en: 'Delete the reference division "{name}" and its statistics? Areas already made from it stay. This can be undone.',
  },
  'command.importStatistics': { sv: 'Importera statistik', en: 'Import statistics' },
  'stats.error.notScb': {
    sv: 'Filen är varken JSON-stat 2 eller en CSV-export från SCB:s Statistikdatabas. Inget importerades.',
    en: 'The file is neither JSON-stat 2 nor a CSV export from SCB\'s Statistikdatabasen. Nothing was imported.',
  },
  'stats.error.noRegions': {
    sv: 'Filen har ingen kolumn med DeSO- eller RegSO-koder (till exempel 1280C1070_DeSO2025). Välj region i tabellen och exportera igen. Inget importerades.',
    en: 'The file has no column of DeSO or RegSO codes (1280C1070_DeSO2025, for example). Choose the regions in the table and export again. Nothing was imported.',
  },
  'stats.error.noValues': { sv: 'Filen har inga kolumner med värden. Inget importerades.', en: 'The file has no columns of values. Nothing was imported.' },
  'stats.error.nothingMapped': { sv: 'Välj minst en statistik att importera. Inget importerades.', en: 'Choose at least one statistic to import. Nothing was imported.' },
  'stats.error.unknownStatistic': { sv: 'Okänd statistik "{key}". Inget importerades.', en: 'Unknown statistic "{key}". Nothing was imported.' },
  'stats.error.noMatch': {
    sv: 'Ingen region i filen finns i indelningen {division}. Kontrollera att filen gäller samma kommun och samma år för indelningen (DeSO 2025). Inget importerades.',
    en: 'No region of the file is in the division {division}. Check that the file is for the same municipality and vintage (DeSO 2025). Nothing was imported.',
  },
  'division.fromFile': { sv: '{name} (från {file})', en: '{name} (from {file})' },
  'division.group': { sv: 'Från dina filer', en: 'From your files' },
  'division.bundled': { sv: 'Medföljer Platsen', en: 'Bundled with Platsen' },
};

registerStrings(divisionStrings);
