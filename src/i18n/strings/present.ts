// Strings of the room: the presentation bar and menu, the callout, the corner legend and the
// full-screen matrix.
import { registerStrings, type Strings } from '../translate';

export const presentStrings = {
  'present.menu': { sv: 'Meny', en: 'Menu' },
  'present.menuTitle': { sv: 'Presentationens meny', en: 'Presentation menu' },
  'present.labels': { sv: 'Etiketter (N)', en: 'Labels (N)' },
  'present.legend': { sv: 'Teckenförklaring (L)', en: 'Legend (L)' },
  'present.matrix': { sv: 'Matris: insats och effekt (M)', en: 'Matrix: effort and impact (M)' },
  'present.key.labels': { sv: 'Namn på kartan av/på', en: 'Names on the map on/off' },
  'present.key.legend': { sv: 'Teckenförklaring av/på', en: 'Legend on/off' },
  'present.key.matrix': { sv: 'Matrisen insats och effekt av/på', en: 'Effort and impact matrix on/off' },
  'present.key.explain': { sv: 'Förklara scenens område eller investering', en: 'Explain the scene’s area or investment' },
  'present.helpClick': { sv: 'Klicka på en lapp, en investering eller ett område för att få det förklarat.', en: 'Click a note, an investment or an area to have it explained.' },

  'matrix.close': { sv: 'Stäng ({key})', en: 'Close ({key})' },
  'matrix.open': { sv: 'Visa matrisen stor', en: 'Show the matrix full size' },

  'room.physical': { sv: 'Fysisk', en: 'Physical' },
  'room.social': { sv: 'Social', en: 'Social' },
  'room.waiting': { sv: 'Avvaktar', en: 'Waiting' },
  'room.stopped': { sv: 'Avbruten', en: 'Stopped' },
  'room.realised': { sv: 'Realiserad', en: 'Realised' },
  'room.phase': { sv: 'Fas', en: 'Phase' },
  'room.note.proud': { sv: 'Stolt', en: 'Proud' },
  'room.note.obstacle': { sv: 'Hinder', en: 'Obstacle' },
  'room.note.hope': { sv: 'Hopp', en: 'Hope' },
  'room.note.action': { sv: 'Handling', en: 'Action' },
  'room.cluster': { sv: 'Flera (antal)', en: 'Several (count)' },
  'room.selected': { sv: 'Vald', en: 'Selected' },
  'room.nothing': { sv: 'Inget i bild', en: 'Nothing in view' },

  'callout.close': { sv: 'Stäng (Esc)', en: 'Close (Esc)' },
  'callout.area': { sv: 'Område', en: 'Area' },
  'callout.noArea': { sv: 'Inget område', en: 'No area' },
  'callout.phase': { sv: 'Fas', en: 'Phase' },
  'callout.phaseValue': { sv: '{code} {name}', en: '{code} {name}' },
  'callout.department': { sv: 'Förvaltning', en: 'Department' },
  'callout.areaKicker': { sv: 'Område', en: 'Area' },
  'callout.investments': { sv: 'Investeringar', en: 'Investments' },
  'callout.notes': { sv: 'Workshoplappar', en: 'Workshop notes' },
} satisfies Strings;

registerStrings(presentStrings);
