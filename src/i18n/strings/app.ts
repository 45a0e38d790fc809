import { registerStrings } from '../translate';

export const appStrings = {
  'app.name': { sv: 'Platsen', en: 'Platsen' },
  'app.loading': { sv: 'Öppnar arbetsytan …', en: 'Opening the workspace …' },
  'app.demoBanner': {
    sv: 'Demo: områdena är verkliga (Malmö stad), investeringarna är påhittade exempel.',
    en: 'Demo: the areas are real (City of Malmö); the investments are invented examples.',
  },
  'app.skipToPanel': { sv: 'Hoppa till panelen', en: 'Skip to the panel' },
  'app.map': { sv: 'Karta', en: 'Map' },
  'app.panel': { sv: 'Panel', en: 'Panel' },
  'app.collapsePanel': { sv: 'Dölj panelen', en: 'Hide the panel' },
  'app.expandPanel': { sv: 'Visa panelen', en: 'Show the panel' },
  'mode.label': { sv: 'Läge', en: 'Mode' },
  'mode.explore': { sv: 'Utforska', en: 'Explore' },
  'mode.edit': { sv: 'Redigera', en: 'Edit' },
  'mode.present': { sv: 'Presentera', en: 'Present' },
  'history.undo': { sv: 'Ångra', en: 'Undo' },
  'history.redo': { sv: 'Gör om', en: 'Redo' },
  'history.undoLabel': { sv: 'Ångra: {label}', en: 'Undo: {label}' },
  'history.redoLabel': { sv: 'Gör om: {label}', en: 'Redo: {label}' },
  'history.nothing': { sv: 'Inget att ångra', en: 'Nothing to undo' },
  'history.nothingRedo': { sv: 'Inget att göra om', en: 'Nothing to redo' },
  'lang.label': { sv: 'Språk', en: 'Language' },
  'lang.sv': { sv: 'Svenska', en: 'Svenska' },
  'lang.en': { sv: 'English', en: 'English' },
  'storage.saved': { sv: 'Sparat i webbläsaren', en: 'Saved in this browser' },
  'storage.saving': { sv: 'Sparar …', en: 'Saving …' },
  'storage.persistent': { sv: 'Beständig lagring', en: 'Persistent storage' },
  'storage.notPersistent': {
    sv: 'Lagringen är inte beständig: webbläsaren kan radera data när utrymmet tar slut. Gör säkerhetskopior.',
    en: 'Storage is not persistent: the browser may delete data when space runs low. Make backups.',
  },
  'storage.unsupported': { sv: 'Webbläsaren kan inte lova beständig lagring', en: 'This browser cannot promise persistent storage' },
  'storage.usage': { sv: '{used} av {quota} MB används', en: '{used} of {quota} MB used' },
  'notice.dismiss': { sv: 'Stäng meddelandet', en: 'Dismiss the message' },
  'persistence.error.quota': {
    sv: 'Ändringen kunde inte sparas: webbläsarens lagringsutrymme är fullt. Inget ändrades. Frigör utrymme eller exportera en säkerhetskopia.',
    en: 'The change could not be saved: the browser\'s storage is full. Nothing was changed. Free some space or export a backup.',
  },
  'persistence.error.aborted': {
    sv: 'Sparandet avbröts. Inget ändrades. Försök igen.',
    en: 'Saving was interrupted. Nothing was changed. Try again.',
  },
  'persistence.error.blocked': {
    sv: 'Platsen väntar: en annan flik har Platsen öppet i en äldre version och håller databasen. Stäng den fliken, eller ladda om den. Sedan öppnas Platsen här av sig själv.',
    en: 'Platsen is waiting: another tab has Platsen open in an older version and holds the database. Close that tab, or reload it. Platsen then opens here by itself.',
  },
  'persistence.error.newer': {
    sv: 'En nyare version av Platsen har öppnat databasen i en annan flik. Ladda om den här sidan för att använda den nya versionen; det som är sparat finns kvar.',
    en: 'A newer version of Platsen has opened the database in another tab. Reload this page to use the new version; what is saved is kept.',
  },
  'persistence.error.stale': {
    sv: 'Ändringen sparades inte: fälten hade ändrats i en annan flik. Inget ändrades.',
    en: 'The change was not saved: the fields had been changed in another tab. Nothing was changed.',
  },
  'persistence.error.unknown': {
    sv: 'Ändringen kunde inte sparas. Inget ändrades. Ladda om sidan och försök igen.',
    en: 'The change could not be saved. Nothing was changed. Reload the page and try again.',
  },
  'persistence.versionchange': {
    sv: 'En nyare version av Platsen öppnades i en annan flik. Ladda om sidan för att fortsätta.',
    en: 'A newer version of Platsen was opened in another tab. Reload the page to continue.',
  },
  'workspace.resetDemo': { sv: 'Återställ demon', en: 'Reset the demo' },
  'workspace.resetDemoConfirm': {
    sv: 'Återställ demo-arbetsytan? Alla ändringar i arbetsytan ersätts (du kan ångra direkt efteråt).',
    en: 'Reset the demo workspace? All changes in the workspace are replaced (you can undo right after).',
  },
  'workspace.startEmpty': { sv: 'Börja med en tom arbetsyta', en: 'Start an empty workspace' },
  'workspace.menu': { sv: 'Arbetsyta', en: 'Workspace' },
  'common.close': { sv: 'Stäng', en: 'Close' },
  'common.cancel': { sv: 'Avbryt', en: 'Cancel' },
  'common.save': { sv: 'Spara', en: 'Save' },
  'common.delete': { sv: 'Ta bort', en: 'Delete' },
  'common.none': { sv: 'Inget', en: 'None' },
  'common.yes': { sv: 'Ja', en: 'Yes' },
  'common.no': { sv: 'Nej', en: 'No' },
} as const;

registerStrings(appStrings);
