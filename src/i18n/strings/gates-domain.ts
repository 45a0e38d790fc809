// Words of the gate model and the five-step analysis, the labels of edits in undo/redo, and the
// messages of the rules the investment, review, programme and gate commands enforce.
import { registerStrings } from '../translate';

export const gatesDomainStrings = {
  'aspect.strategy': { sv: 'Strategi', en: 'Strategy' },
  'aspect.benefits': { sv: 'Nytta', en: 'Benefits' },
  'aspect.market': { sv: 'Marknad', en: 'Market' },
  'aspect.economy': { sv: 'Ekonomi', en: 'Economy' },
  'aspect.governance': { sv: 'Styrning', en: 'Governance' },

  'rating.strong': { sv: 'Stark', en: 'Strong' },
  'rating.positive': { sv: 'Positiv', en: 'Positive' },
  'rating.neutral': { sv: 'Neutral', en: 'Neutral' },
  'rating.weak': { sv: 'Svag', en: 'Weak' },
  'rating.negative': { sv: 'Negativ', en: 'Negative' },
  'rating.notAssessed': { sv: 'Ej bedömd', en: 'Not assessed' },

  'decision.pass': { sv: 'Passera', en: 'Pass' },
  'decision.wait': { sv: 'Avvakta', en: 'Wait' },
  'decision.stop': { sv: 'Avbryt', en: 'Stop' },

  'status.active': { sv: 'Pågår', en: 'Active' },
  'status.waiting': { sv: 'Avvaktar', en: 'Waiting' },
  'status.stopped': { sv: 'Avbruten', en: 'Stopped' },
  'status.realised': { sv: 'Realiserad', en: 'Realised' },

  'benefit.environmental': { sv: 'Miljö', en: 'Environmental' },
  'benefit.social': { sv: 'Social', en: 'Social' },
  'benefit.economic': { sv: 'Ekonomisk', en: 'Economic' },

  'command.addInvestment': { sv: 'Lägg till investering', en: 'Add investment' },
  'command.updateInvestments': { sv: 'Ändra investeringar', en: 'Edit investments' },
  'command.deleteInvestments': { sv: 'Ta bort investeringar', en: 'Delete investments' },
  'command.duplicateInvestment': { sv: 'Duplicera investering', en: 'Duplicate investment' },
  'command.recordGateReview': { sv: 'Registrera grindbedömning', en: 'Record gate review' },
  'command.updateProgramme': { sv: 'Ändra program', en: 'Edit programme' },
  'command.replaceDocument': { sv: 'Ersätt arbetsytan', en: 'Replace the workspace' },
  'command.renameGate': { sv: 'Byt namn på grind', en: 'Rename gate' },
  'command.addGate': { sv: 'Lägg till grind', en: 'Add gate' },
  'command.moveGate': { sv: 'Flytta grind', en: 'Move gate' },
  'command.removeGate': { sv: 'Ta bort grind', en: 'Remove gate' },

  'investment.error.titleRequired': { sv: 'Ge investeringen en titel.', en: 'Give the investment a title.' },
  'investment.error.titleTooLong': {
    sv: 'Titeln är för lång: högst {max} tecken.', en: 'The title is too long: at most {max} characters.',
  },
  'investment.error.textTooLong': {
    sv: 'En text är för lång: högst {max} tecken per fält.', en: 'A text is too long: at most {max} characters per field.',
  },
  'investment.error.budget': {
    sv: 'Budgeten kunde inte sparas: ange belopp i kronor som är noll eller mer.',
    en: 'The budget could not be saved: enter amounts in SEK of zero or more.',
  },
  'investment.error.sdg': {
    sv: 'Agenda 2030 har mål 1 till 17: välj bland dem.', en: 'Agenda 2030 has goals 1 to 17: choose among them.',
  },
  'investment.error.date': {
    sv: '”{value}” är inget giltigt datum: skriv det som ÅÅÅÅ-MM-DD.', en: '"{value}" is not a valid date: write it as YYYY-MM-DD.',
  },
  'investment.error.dateOrder': { sv: 'Slutdatum kan inte vara före startdatum.', en: 'The end date cannot be before the start date.' },
  'investment.error.notFound': {
    sv: 'Investeringen finns inte längre: den kan ha tagits bort i en annan flik.',
    en: 'The investment no longer exists: it may have been deleted in another tab.',
  },

  'review.error.unknownGate': {
    sv: 'Grinden finns inte i arbetsytans grindmodell. Välj en av grindarna.',
    en: 'The gate is not in the workspace\'s gate model. Choose one of the gates.',
  },
  'review.error.date': {
    sv: '”{value}” är inget giltigt datum: skriv det som ÅÅÅÅ-MM-DD.', en: '"{value}" is not a valid date: write it as YYYY-MM-DD.',
  },
  'review.error.decidedByRequired': {
    sv: 'Ange vem som fattade beslutet, till exempel programgruppen.', en: 'Say who made the decision, for example the programme group.',
  },
  'review.error.reasonRequired': {
    sv: 'Skriv varför investeringen passerar trots svaga eller ej bedömda punkter.',
    en: 'Write why the investment passes despite weak or unassessed points.',
  },
  'review.error.correctsUnknown': {
    sv: 'Rättelsen måste gälla en tidigare grindbedömning av samma investering.',
    en: 'A correction must refer to an earlier gate review of the same investment.',
  },
  'review.error.alreadyCorrected': {
    sv: 'Bedömningen är redan rättad. Rätta den senaste versionen i stället.',
    en: 'This review has already been corrected. Correct the latest version instead.',
  },

  'programme.error.notFound': {
    sv: 'Programmet finns inte längre: området kan ha tagits bort.', en: 'The programme no longer exists: its area may have been deleted.',
  },
  'programme.error.valueScore': {
    sv: 'Värdena bedöms från 1 till 5, eller lämnas tomma.', en: 'Values are rated from 1 to 5, or left empty.',
  },

  'gates.error.noWorkspace': {
    sv: 'Arbetsytan saknas, så grindarna kan inte ändras. Ladda om sidan.', en: 'The workspace is missing, so the gates cannot be changed. Reload the page.',
  },
  'gates.error.notFound': {
    sv: 'Grinden finns inte längre: den kan ha ändrats i en annan flik.', en: 'The gate no longer exists: it may have been changed in another tab.',
  },
  'gates.error.codeRequired': { sv: 'Ge grinden en kort kod, till exempel G2.', en: 'Give the gate a short code, for example G2.' },
  'gates.error.nameRequired': {
    sv: 'Ge grinden ett namn på både svenska och engelska.', en: 'Give the gate a name in both Swedish and English.',
  },
  'gates.error.codeTaken': {
    sv: 'Koden {code} används redan av en annan grind. Välj en annan kod.', en: 'The code {code} is already used by another gate. Choose another code.',
  },
  'gates.error.inUse': {
    sv: 'Grinden kan inte tas bort: tidigare grindbedömningar gjordes vid den ({count}). Byt namn på den i stället.',
    en: 'The gate cannot be removed: past gate reviews were made at it ({count}). Rename it instead.',
  },
  'gates.error.lastGate': {
    sv: 'Grindmodellen behöver minst en grind.', en: 'The gate model needs at least one gate.',
  },
} as const;

registerStrings(gatesDomainStrings);
