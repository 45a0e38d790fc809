// Labels of the area edits in undo/redo, and the messages of the area and geometry rules
// (src/domain/areas.ts, src/domain/spatial/area-geometry.ts, the area commands). Geometry
// messages say what is wrong, where ({lat}, {lon} as decimal degrees) and what to do; the map
// also marks the spot (geometryIssueLocation).
import { registerStrings } from '../translate';

export const areasDomainStrings = {
  'command.addArea': { sv: 'Lägg till område', en: 'Add area' },
  'command.updateArea': { sv: 'Ändra område', en: 'Edit area' },
  'command.deleteArea': { sv: 'Ta bort område', en: 'Delete area' },
  'command.adoptAreas': { sv: 'Skapa område från referensindelning', en: 'Create area from reference boundaries' },

  'area.error.nameRequired': { sv: 'Ge området ett namn.', en: 'Give the area a name.' },
  'area.error.nameTooLong': {
    sv: 'Namnet är för långt. Korta det till högst {max} tecken.',
    en: 'The name is too long. Shorten it to at most {max} characters.',
  },
  'area.error.descriptionTooLong': {
    sv: 'Beskrivningen är för lång. Korta den till högst {max} tecken.',
    en: 'The description is too long. Shorten it to at most {max} characters.',
  },
  'area.error.notFound': {
    sv: 'Området finns inte längre. Det kan ha tagits bort i en annan flik; ladda om sidan.',
    en: 'The area no longer exists. It may have been deleted in another tab; reload the page.',
  },
  'area.error.noFeatures': {
    sv: 'Välj minst ett område i referensindelningen att skapa området från.',
    en: 'Choose at least one area of the reference boundaries to create the area from.',
  },

  'geometry.error.notAnArea': {
    sv: 'Formen är inte en yta ({type}). Ett område måste vara en polygon eller multipolygon; rita det som en yta.',
    en: 'The shape is not a surface ({type}). An area must be a polygon or multipolygon; draw it as a surface.',
  },
  'geometry.error.structure': {
    sv: 'Formen är felaktigt uppbyggd: koordinaterna saknas eller är inte tal. Rita om området eller kontrollera filen.',
    en: 'The shape is malformed: its coordinates are missing or not numbers. Redraw the area or check the file.',
  },
  'geometry.error.empty': {
    sv: 'Formen är tom. Rita området eller välj en fil som innehåller en yta.',
    en: 'The shape is empty. Draw the area or choose a file that contains a surface.',
  },
  'geometry.error.notFinite': {
    sv: 'En koordinat saknar värde eller är oändlig. Rita om formen eller rätta filen.',
    en: 'A coordinate has no value or is infinite. Redraw the shape or correct the file.',
  },
  'geometry.error.outOfRange': {
    sv: 'En punkt ligger utanför jordklotet ({lat}, {lon}). Kontrollera att filen är i WGS 84 (longitud, latitud) och inte i SWEREF 99.',
    en: 'A point lies off the globe ({lat}, {lon}). Check that the file is in WGS 84 (longitude, latitude), not SWEREF 99.',
  },
  'geometry.error.unclosedRing': {
    sv: 'Områdets kant är inte sluten: den slutar vid {lat}, {lon} i stället för där den började. Avsluta ritningen i första punkten.',
    en: 'The outline of the area is not closed: it ends at {lat}, {lon} instead of where it began. Finish the drawing at the first point.',
  },
  'geometry.error.tooFewPositions': {
    sv: 'En kant vid {lat}, {lon} har för få hörn för att omsluta en yta. Ett område behöver minst tre olika hörnpunkter.',
    en: 'An outline at {lat}, {lon} has too few corners to enclose a surface. An area needs at least three different corners.',
  },
  'geometry.error.selfIntersection': {
    sv: 'Området korsar sig självt vid {lat}, {lon}. Flytta en hörnpunkt så att kanterna inte korsar eller går tillbaka längs varandra.',
    en: 'The area crosses itself at {lat}, {lon}. Move a corner so that the edges do not cross or run back along each other.',
  },
  'geometry.error.holeOutside': {
    sv: 'Ett hål i området ligger utanför dess kant, vid {lat}, {lon}. Ta bort hålet eller flytta det in i området.',
    en: 'A hole in the area lies outside its outline, at {lat}, {lon}. Remove the hole or move it inside the area.',
  },
  'geometry.error.sliver': {
    sv: 'En del av området vid {lat}, {lon} är så liten eller smal att den troligen är ett misstag (minst {minM2} m² och inte en hårfin remsa). Ta bort delen eller rita om den.',
    en: 'A part of the area at {lat}, {lon} is so small or thin that it is probably a mistake (at least {minM2} m² and not a hairline strip). Remove the part or redraw it.',
  },
};

registerStrings(areasDomainStrings);
