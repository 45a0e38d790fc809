// *Reparera* in the import preview: polygons refused for their shape, mended with the user's consent.
import { registerStrings } from '../translate';

export const repairStrings = {
  'repair.note.repaired': {
    sv: 'reparerades: ytan ändrades med {change} m² (från {before} till {after} m²)',
    en: 'was repaired: its area changed by {change} m² (from {before} to {after} m²)',
  },
  'repair.nothingLeft': { sv: 'inget återstod efter reparationen', en: 'nothing was left after the repair' },
  'repair.offer': {
    sv: '{n, plural, one {# yta} other {# ytor}} kan inte importeras som de är: de korsar sig själva, har spetsar eller små fragment. Platsen kan försöka reparera dem; du ser före och efter och väljer vilka som används.',
    en: '{n, plural, one {# polygon} other {# polygons}} cannot be imported as they are: they cross themselves, have spikes or tiny fragments. Platsen can try to repair them; you see before and after and choose which to use.',
  },
  'repair.start': { sv: 'Reparera', en: 'Repair' },
  'repair.working': { sv: 'Reparerar {n, plural, one {# yta} other {# ytor}} …', en: 'Repairing {n, plural, one {# polygon} other {# polygons}} …' },
  'repair.title': { sv: 'Reparera ytor', en: 'Repair polygons' },
  'repair.summary': {
    sv: 'Reparerade: {ok} av {n}; sammanlagd ytändring {change} m². Röd streckad linje: före; grön: efter.',
    en: 'Repaired: {ok} of {n}; total change of area {change} m². Red dashed line: before; green: after.',
  },
  'repair.row': { sv: 'Rad', en: 'Row' },
  'repair.name': { sv: 'Namn', en: 'Name' },
  'repair.change': { sv: 'Ytändring', en: 'Change of area' },
  'repair.use': { sv: 'Använd', en: 'Use' },
  'repair.show': { sv: 'Visa rad {row} på kartan', en: 'Show row {row} on the map' },
  'repair.changeValue': { sv: '{change} m² ({percent} %)', en: '{change} m² ({percent} %)' },
  'repair.failed': { sv: 'kunde inte repareras: {reason}', en: 'could not be repaired: {reason}' },
  'repair.apply': { sv: 'Använd valda reparationer ({n})', en: 'Use the chosen repairs ({n})' },
  'repair.cancel': { sv: 'Avbryt reparationen', en: 'Cancel the repair' },
  'repair.applied': {
    sv: '{n, plural, one {# yta} other {# ytor}} reparerades och importeras med sin nya form; ytändringen står som anmärkning per rad.',
    en: '{n, plural, one {# polygon was} other {# polygons were}} repaired and are imported with their new shape; the change of area is noted per row.',
  },
};

registerStrings(repairStrings);
