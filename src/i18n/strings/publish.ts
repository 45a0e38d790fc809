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
    sv: 'Säkerhetskopian har en för lång text: fältet "{field}" i posten "{id}" ({table}) är {length, plural, one {# tecken} other {# tecken}} långt, men högst {max} tecken får plats. Inget har ändrats.',
    en: 'The backup holds a text that is too long: the field "{field}" of the record "{id}" ({table}) is {length, plural, one {# character} other {# characters}} long, but at most {max} fit. Nothing was changed.',
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
    sv: 'Investeringar: {published, plural, one {# publicerad} other {# publicerade}}, {internal, plural, one {# intern utelämnad} other {# interna utelämnade}}.',
    en: 'Investments: {published, plural, one {# published} other {# published}}, {internal, plural, one {# internal} other {# internal}} left out.',
  },
  'publish.report.reviews': {
    sv: 'Grindbeslut: {published, plural, one {# publicerat} other {# publicerade}}; utelämnade: {notPublic, plural, one {# ej markerat som offentligt} other {# ej markerade som offentliga}} (med kommentarer, motiveringar och beslutsfattare), {superseded, plural, one {# ersatt av en rättelse} other {# ersatta av rättelser}}, {unpublished} för interna investeringar.',
    en: 'Gate reviews: {published, plural, one {# published} other {# published}}; left out: {notPublic, plural, one {# not} other {# not}} marked public (with their comments, reasons and decision-makers), {superseded, plural, one {# replaced by a correction} other {# replaced by corrections}}, {unpublished} of internal investments.',
  },
  'publish.report.areas': {
    sv: 'Områden: {published, plural, one {# publicerat} other {# publicerade}} med namn, gräns, beskrivning och programmets vision och gemensamma mål; {without, plural, one {# av} other {# av}} dem saknar offentliga investeringar.',
    en: 'Areas: {published, plural, one {# published} other {# published}} with name, boundary, description and the programme\'s vision and common goals; {without, plural, one {# of them has no public investments.} other {# of them have no public investments.}}',
  },
  'publish.report.internalNotes': {
    sv: 'Interna anteckningar utelämnade för {count, plural, one {# publicerad investering} other {# publicerade investeringar}}. Programgruppens sammansättning, samordning och värdebedömningar publiceras aldrig.',
    en: 'Internal notes left out for {count, plural, one {# published investment} other {# published investments}}. A programme\'s group, coordination and value scores are never published.',
  },
  'publish.report.notPublished': {
    sv: 'Ingår inte i ögonblicksbilden: {list}.',
    en: 'Not part of the snapshot: {list}.',
  },
  'publish.report.indicators': {
    sv: 'Indikatorer: {published, plural, one {# publicerad} other {# publicerade}} med utgångsläge, mål och mätvärden; utelämnade: {notPublic, plural, one {# ej markerad som offentlig} other {# ej markerade som offentliga}}, {unpublished} i program vars område saknas.',
    en: 'Indicators: {published, plural, one {# published} other {# published}} with baseline, target and measurements; left out: {notPublic, plural, one {# not} other {# not}} marked public, {unpublished} in programmes whose area is missing.',
  },
  'publish.report.realisations': {
    sv: 'Nyttouppföljningar: {published, plural, one {# publicerad} other {# publicerade}} (den senaste offentliga per investering); utelämnade: {notPublic, plural, one {# ej markerad som offentlig} other {# ej markerade som offentliga}}, {earlier, plural, one {# äldre offentlig} other {# äldre offentliga}}, {unpublished} för interna investeringar.',
    en: 'Benefit follow-ups: {published, plural, one {# published} other {# published}} (the latest public one per investment); left out: {notPublic, plural, one {# not} other {# not}} marked public, {earlier, plural, one {# earlier public one} other {# earlier public ones}}, {unpublished} of internal investments.',
  },
  'publish.dialog.in.indicators': {
    sv: '{n, plural, one {# offentlig indikator} other {# offentliga indikatorer}} med utgångsläge, mål och mätvärden',
    en: '{n, plural, one {# public indicator} other {# public indicators}} with baseline, target and measurements',
  },
  'publish.dialog.in.realisations': {
    sv: '{n, plural, one {# offentlig nyttouppföljning} other {# offentliga nyttouppföljningar}} (den senaste per investering)',
    en: '{n, plural, one {# public benefit follow-up} other {# public benefit follow-ups}} (the latest per investment)',
  },
  'publish.dialog.out.indicators': {
    sv: '{n, plural, one {# indikator som inte är markerad som offentlig} other {# indikatorer som inte är markerade som offentliga}}',
    en: '{n, plural, one {# indicator not marked public} other {# indicators not marked public}}',
  },
  'publish.dialog.out.indicatorsWithoutArea': {
    sv: '{n, plural, one {# indikator i ett program vars område saknas} other {# indikatorer i program vars område saknas}}',
    en: '{n, plural, one {# indicator in a programme whose area is missing} other {# indicators in programmes whose area is missing}}',
  },
  'publish.dialog.out.realisations': {
    sv: '{n, plural, one {# nyttouppföljning som inte är markerad som offentlig} other {# nyttouppföljningar som inte är markerade som offentliga}}',
    en: '{n, plural, one {# benefit follow-up not marked public} other {# benefit follow-ups not marked public}}',
  },
  'publish.dialog.out.realisationsEarlier': {
    sv: '{n, plural, one {# äldre offentlig nyttouppföljning} other {# äldre offentliga nyttouppföljningar}} (bara den senaste visas)',
    en: '{n, plural, one {# earlier public benefit follow-up} other {# earlier public benefit follow-ups}} (only the latest is shown)',
  },
  'publish.dialog.out.realisationsUnpublished': {
    sv: '{n, plural, one {# nyttouppföljning för interna investeringar} other {# nyttouppföljningar för interna investeringar}}',
    en: '{n, plural, one {# benefit follow-up of internal investments} other {# benefit follow-ups of internal investments}}',
  },
  'publish.report.noPublicInvestments': {
    sv: 'Obs: ingen investering är markerad som offentlig, så kartan visar bara områdena.',
    en: 'Note: no investment is marked public, so the map shows only the areas.',
  },
  'publish.table.notes': {
    sv: '{n, plural, one {# workshopanteckning} other {# workshopanteckningar}}',
    en: '{n, plural, one {# workshop note} other {# workshop notes}}',
  },
  'publish.table.tours': { sv: '{n, plural, one {# visning} other {# visningar}}', en: '{n, plural, one {# tour} other {# tours}}' },
  'publish.table.divisions': {
    sv: '{n, plural, one {# referensindelning från fil} other {# referensindelningar från fil}}',
    en: '{n, plural, one {# reference division from a file} other {# reference divisions from files}}',
  },
  'publish.table.divisionStats': {
    sv: '{n, plural, one {# importerad statistiktabell} other {# importerade statistiktabeller}}',
    en: '{n, plural, one {# imported statistics table} other {# imported statistics tables}}',
  },
};

registerStrings(publishStrings);
