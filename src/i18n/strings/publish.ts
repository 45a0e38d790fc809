// Backup files, the public snapshot and the publish report: used by the editor, the public viewer
// and the command line alike.
import { registerStrings } from '../translate';

export const publishStrings = {
  'backup.error.notJson': {
    sv: 'Filen är ingen JSON-fil och kan inte vara en säkerhetskopia av Platsen. Inget har ändrats.',
    en: 'The file is not JSON, so it cannot be a Platsen backup. Nothing was changed.',
  },
  'backup.error.format': {
    sv: 'Filen är ingen säkerhetskopia av en arbetsyta i Platsen (.platsen.json). Inget har ändrats. Välj en fil som Platsen har exporterat.',
    en: 'The file is not a Platsen workspace backup (.platsen.json). Nothing was changed. Choose a file that Platsen exported.',
  },
  'backup.error.version': {
    sv: 'Säkerhetskopian har ett ogiltigt versionsnummer ({found}). Inget har ändrats.',
    en: 'The backup has an invalid version number ({found}). Nothing was changed.',
  },
  'backup.error.newerVersion': {
    sv: 'Säkerhetskopian kommer från en nyare version av Platsen (schema {found}; den här versionen läser till och med {supported}). Inget har ändrats. Uppdatera Platsen och försök igen.',
    en: 'The backup comes from a newer version of Platsen (schema {found}; this version reads up to {supported}). Nothing was changed. Update Platsen and try again.',
  },
  'backup.error.table': {
    sv: 'Säkerhetskopian är skadad: tabellen "{table}" saknas eller har fel form. Inget har ändrats.',
    en: 'The backup is damaged: the table "{table}" is missing or malformed. Nothing was changed.',
  },
  'backup.error.record': {
    sv: 'Säkerhetskopian är skadad: posten "{id}" i tabellen "{table}" är ingen post eller har ett annat id. Inget har ändrats.',
    en: 'The backup is damaged: the record "{id}" in the table "{table}" is not a record or has a different id. Nothing was changed.',
  },
  'backup.error.field': {
    sv: 'Säkerhetskopian är skadad: posten "{id}" i tabellen "{table}" saknar fältet "{field}" eller har ett ogiltigt värde där. Inget har ändrats.',
    en: 'The backup is damaged: the record "{id}" in the table "{table}" lacks the field "{field}" or holds an invalid value there. Nothing was changed.',
  },
  'backup.error.geometry': {
    sv: 'Säkerhetskopian är skadad: geometrin för "{id}" i tabellen "{table}" har koordinater som inte är giltiga longituder och latituder. Inget har ändrats.',
    en: 'The backup is damaged: the geometry of "{id}" in the table "{table}" has coordinates that are not valid longitudes and latitudes. Nothing was changed.',
  },
  'backup.error.id': {
    sv: 'Säkerhetskopian har en post i tabellen "{table}" vars id "{id}" inte är ett giltigt id (ett id är en text på 1–200 tecken och inte ett reserverat namn som __proto__ eller constructor). Inget har ändrats.',
    en: 'The backup has a record in the table "{table}" whose id "{id}" is not a valid id (an id is a text of 1–200 characters and not a reserved name such as __proto__ or constructor). Nothing was changed.',
  },
  'backup.error.duplicateId': {
    sv: 'Säkerhetskopian har två poster med id "{id}" i tabellen "{table}", och det går inte att veta vilken som gäller. Inget har ändrats.',
    en: 'The backup has two records with the id "{id}" in the table "{table}", and there is no telling which one holds. Nothing was changed.',
  },
  'backup.error.textTooLong': {
    sv: 'Säkerhetskopian har en för lång text: fältet "{field}" i posten "{id}" ({table}) är {length} tecken långt, men högst {max} tecken får plats. Inget har ändrats.',
    en: 'The backup holds a text that is too long: the field "{field}" of the record "{id}" ({table}) is {length} characters long, but at most {max} fit. Nothing was changed.',
  },
  'backup.error.fileTooLarge': {
    sv: 'Filen är {size} MB; en säkerhetskopia får vara högst {max} MB. Inget har ändrats.',
    en: 'The file is {size} MB; a backup may be at most {max} MB. Nothing was changed.',
  },
  'backup.error.workspace': {
    sv: 'Säkerhetskopian ska innehålla exakt en arbetsyta men innehåller {count}. Inget har ändrats.',
    en: 'The backup must hold exactly one workspace but holds {count}. Nothing was changed.',
  },
  'snapshot.error.notJson': {
    sv: 'Den publicerade kartan kunde inte läsas: filen är ingen JSON-fil.',
    en: 'The published map could not be read: the file is not JSON.',
  },
  'snapshot.error.format': {
    sv: 'Den publicerade kartan kunde inte läsas: filen är ingen offentlig ögonblicksbild från Platsen.',
    en: 'The published map could not be read: the file is not a Platsen public snapshot.',
  },
  'snapshot.error.version': {
    sv: 'Den publicerade kartan har version {found}, men den här visningen läser version {supported}. Ladda om sidan; hjälper det inte, publicera kartan igen.',
    en: 'The published map has version {found}, but this viewer reads version {supported}. Reload the page; if that does not help, publish the map again.',
  },
  'snapshot.error.structure': {
    sv: 'Den publicerade kartan är skadad (fältet "{path}" saknas eller är ogiltigt). Publicera den igen.',
    en: 'The published map is damaged (the field "{path}" is missing or invalid). Publish it again.',
  },
  'publish.error.noWorkspace': {
    sv: 'Det finns ingen arbetsyta att publicera.',
    en: 'There is no workspace to publish.',
  },
  'publish.report.written': { sv: 'Offentlig ögonblicksbild sparad: {file}', en: 'Public snapshot written: {file}' },
  'publish.report.investments': {
    sv: 'Investeringar: {published} publicerade, {internal} interna utelämnade.',
    en: 'Investments: {published} published, {internal} internal left out.',
  },
  'publish.report.reviews': {
    sv: 'Grindbeslut: {published} publicerade; utelämnade: {notPublic} ej markerade som offentliga (med kommentarer, motiveringar och beslutsfattare), {superseded} ersatta av rättelser, {unpublished} för interna investeringar.',
    en: 'Gate reviews: {published} published; left out: {notPublic} not marked public (with their comments, reasons and decision-makers), {superseded} replaced by corrections, {unpublished} of internal investments.',
  },
  'publish.report.areas': {
    sv: 'Områden: {published} publicerade med namn, gräns, beskrivning och programmets vision och gemensamma mål; {without} av dem saknar offentliga investeringar.',
    en: 'Areas: {published} published with name, boundary, description and the programme\'s vision and common goals; {without} of them have no public investments.',
  },
  'publish.report.internalNotes': {
    sv: 'Interna anteckningar utelämnade för {count} publicerade investeringar. Programgruppens sammansättning, samordning och värdebedömningar publiceras aldrig.',
    en: 'Internal notes left out for {count} published investments. A programme\'s group, coordination and value scores are never published.',
  },
  'publish.report.notPublished': {
    sv: 'Ingår inte i ögonblicksbilden: {list}.',
    en: 'Not part of the snapshot: {list}.',
  },
  'publish.report.indicators': {
    sv: 'Indikatorer: {published} publicerade med utgångsläge, mål och mätvärden; utelämnade: {notPublic} ej markerade som offentliga, {unpublished} i program vars område saknas.',
    en: 'Indicators: {published} published with baseline, target and measurements; left out: {notPublic} not marked public, {unpublished} in programmes whose area is missing.',
  },
  'publish.report.realisations': {
    sv: 'Nyttouppföljningar: {published} publicerade (den senaste offentliga per investering); utelämnade: {notPublic} ej markerade som offentliga, {earlier} äldre offentliga, {unpublished} för interna investeringar.',
    en: 'Benefit follow-ups: {published} published (the latest public one per investment); left out: {notPublic} not marked public, {earlier} earlier public ones, {unpublished} of internal investments.',
  },
  'publish.dialog.in.indicators': {
    sv: '{n} offentliga indikatorer med utgångsläge, mål och mätvärden',
    en: '{n} public indicators with baseline, target and measurements',
  },
  'publish.dialog.in.realisations': {
    sv: '{n} offentliga nyttouppföljningar (den senaste per investering)',
    en: '{n} public benefit follow-ups (the latest per investment)',
  },
  'publish.dialog.out.indicators': { sv: '{n} indikatorer som inte är markerade som offentliga', en: '{n} indicators not marked public' },
  'publish.dialog.out.indicatorsWithoutArea': { sv: '{n} indikatorer i program vars område saknas', en: '{n} indicators in programmes whose area is missing' },
  'publish.dialog.out.realisations': {
    sv: '{n} nyttouppföljningar som inte är markerade som offentliga', en: '{n} benefit follow-ups not marked public',
  },
  'publish.dialog.out.realisationsEarlier': {
    sv: '{n} äldre offentliga nyttouppföljningar (bara den senaste visas)', en: '{n} earlier public benefit follow-ups (only the latest is shown)',
  },
  'publish.dialog.out.realisationsUnpublished': {
    sv: '{n} nyttouppföljningar för interna investeringar', en: '{n} benefit follow-ups of internal investments',
  },
  'publish.report.noPublicInvestments': {
    sv: 'Obs: ingen investering är markerad som offentlig, så kartan visar bara områdena.',
    en: 'Note: no investment is marked public, so the map shows only the areas.',
  },
  'publish.table.notes': { sv: 'workshopanteckningar', en: 'workshop notes' },
  'publish.table.tours': { sv: 'visningar', en: 'tours' },
  'publish.table.divisions': { sv: 'referensindelningar från fil', en: 'reference divisions from files' },
  'publish.table.divisionStats': { sv: 'importerade statistiktabeller', en: 'imported statistics tables' },
};

registerStrings(publishStrings);
