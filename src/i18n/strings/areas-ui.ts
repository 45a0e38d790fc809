// The area tools in the panel: drawing, adopting reference boundaries, editing and deleting an
// area, and the searchable, sortable list of areas.
import { registerStrings } from '../translate';

export const areasUiStrings = {
  'areas.tools': { sv: 'Nytt område', en: 'New area' },
  'areas.draw': { sv: 'Rita område', en: 'Draw area' },
  'areas.adopt': { sv: 'Från referensindelning', en: 'From reference boundaries' },
  'areas.cancel': { sv: 'Avbryt', en: 'Cancel' },
  'areas.close': { sv: 'Stäng', en: 'Close' },
  'areas.save': { sv: 'Spara', en: 'Save' },
  'areas.name': { sv: 'Namn', en: 'Name' },
  'areas.description': { sv: 'Beskrivning', en: 'Description' },
  'areas.required': { sv: '(måste fyllas i)', en: '(required)' },
  'areas.mapMissing': { sv: 'Kartan är inte redo än. Vänta ett ögonblick och försök igen.', en: 'The map is not ready yet. Wait a moment and try again.' },

  'areas.draw.title': { sv: 'Rita ett område', en: 'Draw an area' },
  'areas.draw.hint.first': { sv: 'Klicka i kartan för att sätta första hörnet.', en: 'Click on the map to place the first corner.' },
  'areas.draw.hint.more': {
    sv: '{n} av minst tre hörn satta. Klicka för att sätta nästa hörn.',
    en: '{n} of at least three corners placed. Click to place the next corner.',
  },
  'areas.draw.hint.close': {
    sv: '{n, plural, one {# hörn satt.} other {# hörn satta.}} Klicka på första hörnet eller tryck Enter för att avsluta.',
    en: '{n, plural, one {# corner placed.} other {# corners placed.}} Click the first corner or press Enter to finish.',
  },
  'areas.draw.hint.keys': { sv: 'Esc avbryter, Backspace tar bort senaste hörnet.', en: 'Esc cancels, Backspace removes the last corner.' },
  'areas.draw.nameTitle': { sv: 'Namnge området', en: 'Name the area' },
  'areas.draw.create': { sv: 'Skapa område', en: 'Create area' },
  'areas.draw.redraw': { sv: 'Rita om', en: 'Redraw' },
  'areas.draw.refused': { sv: 'Området kunde inte skapas. Det är markerat i kartan.', en: 'The area could not be created. The spot is marked on the map.' },
  'areas.created': { sv: 'Området {name} skapades.', en: 'The area {name} was created.' },

  'areas.adopt.title': { sv: 'Skapa område från referensindelning', en: 'Create an area from reference boundaries' },
  'areas.adopt.layer': { sv: 'Indelning', en: 'Boundaries' },
  'areas.adopt.chooseLayer': { sv: 'Välj indelning …', en: 'Choose boundaries …' },
  'areas.adopt.layer.malmo-delomraden': { sv: 'Malmö delområden', en: 'Malmö sub-districts' },
  'areas.adopt.layer.malmo-deso': { sv: 'Malmö DeSO 2025', en: 'Malmö DeSO 2025' },
  'areas.adopt.layer.malmo-regso': { sv: 'Malmö RegSO 2025', en: 'Malmö RegSO 2025' },
  'areas.adopt.layer.boras-deso': { sv: 'Borås DeSO 2025', en: 'Borås DeSO 2025' },
  'areas.adopt.layer.boras-regso': { sv: 'Borås RegSO 2025', en: 'Borås RegSO 2025' },
  'areas.adopt.loading': { sv: 'Hämtar indelningen …', en: 'Loading the boundaries …' },
  'areas.adopt.loadFailed': {
    sv: 'Indelningen kunde inte läsas in. Inget har ändrats; försök igen.',
    en: 'The boundaries could not be loaded. Nothing was changed; try again.',
  },
  'areas.adopt.howTo': {
    sv: 'Klicka på delar i kartan eller sök i listan för att välja dem.',
    en: 'Click parts on the map or search the list to choose them.',
  },
  'areas.adopt.search': { sv: 'Sök på kod eller namn', en: 'Search by code or name' },
  'areas.adopt.matches': {
    sv: '{n, plural, one {# träff} other {# träffar}}',
    en: '{n, plural, one {# match} other {# matches}}',
  },
  'areas.adopt.moreMatches': { sv: 'Visar de första {shown} av {n}. Skriv mer för att smalna av.', en: 'Showing the first {shown} of {n}. Type more to narrow down.' },
  'areas.adopt.selected': { sv: 'Valda ({n})', en: 'Selected ({n})' },
  'areas.adopt.noneSelected': { sv: 'Inget valt än.', en: 'Nothing chosen yet.' },
  'areas.adopt.remove': { sv: 'Ta bort {name} ur urvalet', en: 'Remove {name} from the selection' },
  'areas.adopt.one': { sv: 'Adoptera som område', en: 'Adopt as area' },
  'areas.adopt.merge': { sv: 'Slå ihop till ett område', en: 'Merge into one area' },
  'areas.adopt.notAdjacent': {
    sv: 'De valda delarna hänger inte ihop ({n, plural, one {# separat grupp} other {# separata grupper}}). Området blir flera skilda ytor.',
    en: 'The chosen parts do not all touch ({n, plural, one {# separate group} other {# separate groups}}). The area will consist of separate pieces.',
  },

  'areas.edit.title': { sv: 'Redigera området', en: 'Edit the area' },
  'areas.edit.details': { sv: 'Ändra namn och beskrivning', en: 'Edit name and description' },
  'areas.edit.shape': { sv: 'Redigera form', en: 'Edit shape' },
  'areas.edit.shapeMulti': {
    sv: 'Formen består av flera delar och kan inte redigeras här. Rita om den eller skapa den på nytt från referensindelningen.',
    en: 'The shape has several parts and cannot be edited here. Redraw it or create it again from the reference boundaries.',
  },
  'areas.edit.shapeHint': {
    sv: 'Dra i hörnen för att flytta dem, dra i en mittpunkt för att lägga till ett hörn, högerklicka på ett hörn för att ta bort det. Esc avbryter.',
    en: 'Drag corners to move them, drag a midpoint to add a corner, right-click a corner to delete it. Esc cancels.',
  },
  'areas.edit.done': { sv: 'Klar', en: 'Done' },
  'areas.edit.saved': { sv: 'Ändringen sparades. Ångra med Ctrl+Z.', en: 'The change was saved. Undo with Ctrl+Z.' },
  'areas.delete': { sv: 'Ta bort område', en: 'Delete area' },
  'areas.delete.title': { sv: 'Ta bort {name}?', en: 'Delete {name}?' },
  'areas.delete.none': {
    sv: 'Området och dess program tas bort. Inga investeringar hör till området.',
    en: 'The area and its programme will be deleted. No investments belong to the area.',
  },
  'areas.delete.some': {
    sv: 'Området och dess program tas bort. {n, plural, one {# investering hör till området: den finns kvar, utan område (eller i ett annat område som täcker den).} other {# investeringar hör till området: de finns kvar, utan område (eller i ett annat område som täcker dem).}}',
    en: 'The area and its programme will be deleted. {n, plural, one {# investment belongs to the area: it stays, without an area (or in another area covering it).} other {# investments belong to the area: they stay, without an area (or in another area covering them).}}',
  },
  'areas.delete.wholeArea': {
    sv: '{n} av dem gäller hela området; de behåller områdets form men gäller inte längre ett helt område.',
    en: '{n} of them cover the whole area; they keep its shape but no longer cover a whole area.',
  },
  'areas.delete.undo': { sv: 'Du kan ångra borttagningen med Ctrl+Z.', en: 'You can undo the deletion with Ctrl+Z.' },
  'areas.delete.confirm': { sv: 'Ta bort', en: 'Delete' },
  'areas.deleted': { sv: 'Området {name} togs bort.', en: 'The area {name} was deleted.' },

  'areas.overlaps.none': { sv: 'Området överlappar inga andra områden.', en: 'The area overlaps no other areas.' },
  'areas.overlaps.title': { sv: 'Området överlappar:', en: 'The area overlaps:' },
  'areas.overlaps.item': { sv: '{name}: {size} ({share} % av detta område)', en: '{name}: {size} ({share}% of this area)' },

  'areas.list.search': { sv: 'Sök område', en: 'Search areas' },
  'areas.list.sort': { sv: 'Sortera efter', en: 'Sort by' },
  'areas.list.sort.name': { sv: 'Namn', en: 'Name' },
  'areas.list.sort.size': { sv: 'Yta', en: 'Size' },
  'areas.list.sort.investments': { sv: 'Antal investeringar', en: 'Number of investments' },
  'areas.list.sort.budget': { sv: 'Budget', en: 'Budget' },
  'areas.list.direction': { sv: 'Ordning', en: 'Order' },
  'areas.list.ascending': { sv: 'Stigande', en: 'Ascending' },
  'areas.list.descending': { sv: 'Fallande', en: 'Descending' },
  'areas.list.count': {
    sv: '{shown} av {n, plural, one {# område} other {# områden}}',
    en: '{shown} of {n, plural, one {# area} other {# areas}}',
  },
  'areas.list.empty': { sv: 'Inga områden än. Rita ett eller skapa ett från en referensindelning.', en: 'No areas yet. Draw one or create one from reference boundaries.' },
  'areas.list.noMatch': { sv: 'Inget område matchar sökningen.', en: 'No area matches the search.' },
  'areas.list.meta': {
    sv: '{size} · {n, plural, one {# investering} other {# investeringar}} · {budget}',
    en: '{size} · {n, plural, one {# investment} other {# investments}} · {budget}',
  },
} as const;

registerStrings(areasUiStrings);
