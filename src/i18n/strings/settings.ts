import { registerStrings } from '../translate';
import './basemap';

export const settingsStrings = {
  'settings.open': { sv: 'Inställningar', en: 'Settings' },
  'settings.title': { sv: 'Inställningar för arbetsytan', en: 'Workspace settings' },
  'settings.workspaceName': { sv: 'Arbetsytans namn', en: 'Workspace name' },
  'settings.municipality': { sv: 'Kommun eller region', en: 'Municipality or region' },
  'settings.categories': { sv: 'Kategorier', en: 'Categories' },
  'settings.categoriesHelp': {
    sv: 'En kategori per rad. En kategori som används av en investering kan inte tas bort.',
    en: 'One category per line. A category used by an investment cannot be removed.',
  },
  'settings.categoriesPhysical': { sv: 'Fysiska investeringar', en: 'Physical investments' },
  'settings.categoriesSocial': { sv: 'Sociala investeringar', en: 'Social investments' },
  'settings.gates': { sv: 'Grindar', en: 'Gates' },
  'settings.residentPhases': { sv: 'Lägen på den offentliga kartan', en: 'Stages on the public map' },
  'settings.residentPhasesHelp': {
    sv: 'Invånarna ser inte grindarna. Välj vilket av fem enkla lägen varje grind visas som när kartan publiceras.',
    en: 'Residents do not see the gates. Choose which of five plain stages each gate is shown as when the map is published.',
  },
  'settings.residentPhaseOf': { sv: '{code} {name} visas som', en: '{code} {name} is shown as' },
  'settings.basemap': { sv: 'Bakgrundskarta', en: 'Basemap' },
  'settings.basemapOnline': {
    sv: 'Kräver internet. Kartdata © OpenStreetMaps bidragsgivare (ODbL), via OpenFreeMap.',
    en: 'Needs the internet. Map data © OpenStreetMap contributors (ODbL), via OpenFreeMap.',
  },
  'settings.saved': { sv: 'Sparat', en: 'Saved' },
  'command.updateWorkspace': { sv: 'Ändra arbetsytan', en: 'Edit the workspace' },
  'workspace.error.nameRequired': { sv: 'Namnet får inte vara tomt.', en: 'The name must not be empty.' },
  'workspace.error.nameTooLong': { sv: 'Namnet får vara högst {max} tecken.', en: 'The name may be at most {max} characters.' },
  'workspace.error.residentPhase': {
    sv: 'Det läget eller den grinden finns inte. Inget ändrades.', en: 'That stage or gate does not exist. Nothing was changed.',
  },
  'workspace.error.residentPhaseOrder': {
    sv: 'Lägena måste följa grindarnas ordning: en senare grind kan inte visas som ett tidigare läge. Inget ändrades.',
    en: 'The stages must follow the order of the gates: a later gate cannot be shown as an earlier stage. Nothing was changed.',
  },
  'workspace.error.categoryInUse': {
    sv: 'Kategorin ”{category}” används av ”{title}” och kan inte tas bort. Inget ändrades.',
    en: 'The category "{category}" is used by "{title}" and cannot be removed. Nothing was changed.',
  },
} as const;

registerStrings(settingsStrings);
