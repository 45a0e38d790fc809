// Words of the gate review form, the review timeline, the gate board, the gate model settings and
// the "as of a date" slider. Names of aspects, ratings and decisions live in gates-domain.ts.
import { registerStrings } from '../translate';

export const gatesUiStrings = {
  'gateReview.section': { sv: 'Grindbedömningar', en: 'Gate reviews' },
  'gateReview.assessAt': { sv: 'Bedöm vid grind {code}', en: 'Assess at gate {code}' },
  'gateReview.noAssessStopped': {
    sv: 'Investeringen är avbruten: den bedöms inte vid fler grindar. Den senaste bedömningen kan rättas.',
    en: 'The investment is stopped: it is not assessed at further gates. The latest review can be corrected.',
  },
  'gateReview.noAssessRealised': {
    sv: 'Investeringen har passerat sista grinden. Den senaste bedömningen kan rättas.',
    en: 'The investment has passed the last gate. The latest review can be corrected.',
  },
  'gateReview.asOfNote': {
    sv: 'Kartan visar läget per ett datum; bedömningen gäller investeringens läge i dag.',
    en: 'The map shows the state as of a date; the review applies to the investment\'s state today.',
  },
  'gateReview.title': { sv: 'Grindbedömning vid {code} {name}', en: 'Gate review at {code} {name}' },
  'gateReview.correctTitle': { sv: 'Rätta bedömningen från {date} vid {code}', en: 'Correct the review of {date} at {code}' },
  'gateReview.correctNote': {
    sv: 'Rättelsen sparas som en ny bedömning; den gamla finns kvar överstruken i historiken.',
    en: 'The correction is saved as a new review; the old one stays in the history, struck through.',
  },
  'gateReview.aspects': { sv: 'Femstegsanalysen', en: 'The five-step analysis' },
  'gateReview.question.strategy': {
    sv: 'Stämmer investeringen med kommunens övergripande mål?', en: 'Does the investment agree with the municipality\'s overall goals?',
  },
  'gateReview.question.benefits': {
    sv: 'Vilka nyttor skapar den, först för de boende, miljömässigt, socialt och ekonomiskt?',
    en: 'What benefits does it create, first for residents, environmentally, socially and economically?',
  },
  'gateReview.question.market': {
    sv: 'Vilka samarbetspartner är intresserade eller berörda? Är det genomförbart?',
    en: 'Which partners are interested or affected? Is it feasible?',
  },
  'gateReview.question.economy': {
    sv: 'Vad blir följderna för kommunens ekonomi: investering, drift, besparingar?',
    en: 'What are the consequences for the municipal economy: investment, running costs, savings?',
  },
  'gateReview.question.governance': {
    sv: 'Hur styrs den fram till nästa grind: ägare, mandat, beslut, resurser?',
    en: 'How is it governed until the next gate: owner, mandate, decisions, resources?',
  },
  'gateReview.rating': { sv: 'Bedömning: {aspect}', en: 'Rating: {aspect}' },
  'gateReview.comment': { sv: 'Kommentar: {aspect}', en: 'Comment: {aspect}' },
  'gateReview.benefitRating': { sv: 'Nytta, {dimension}', en: 'Benefits, {dimension}' },
  'gateReview.benefitDimensions': { sv: 'Nyttan i tre dimensioner', en: 'Benefits in three dimensions' },
  'gateReview.decision': { sv: 'Beslut', en: 'Decision' },
  'gateReview.date': { sv: 'Beslutsdatum', en: 'Date of decision' },
  'gateReview.nextReviewDate': { sv: 'Nästa bedömning (valfritt)', en: 'Next review (optional)' },
  'gateReview.decidedBy': { sv: 'Beslutat av', en: 'Decided by' },
  'gateReview.decidedByDefault': { sv: 'Programgrupp {area}', en: 'Programme group {area}' },
  'gateReview.decidedByFallback': { sv: 'Programgruppen', en: 'The programme group' },
  'gateReview.public': {
    sv: 'Publik: bedömningens kommentarer och beslutande syns i den publika kartan',
    en: 'Public: the review\'s comments and who decided are shown in the public map',
  },
  'gateReview.reason': { sv: 'Motivering', en: 'Reason' },
  'gateReview.reasonRequired': { sv: 'Motivering (krävs)', en: 'Reason (required)' },
  'gateReview.reasonHint': {
    sv: 'Alla punkter behöver inte vara positiva för att passera, men skriv varför, till exempel ”marknaden är mogen nu” eller ”nyttan bedöms så stor att det är värt det”.',
    en: 'Not every point must be positive to pass, but write why, for example "the market is ripe now" or "the benefit is judged so large that it is worth it".',
  },
  'gateReview.weakPoints': {
    sv: 'Svaga eller ej bedömda punkter: {points}. Att passera trots dem kräver en motivering.',
    en: 'Weak or unassessed points: {points}. Passing despite them needs a written reason.',
  },
  'gateReview.cannotSave': {
    sv: 'Kan inte sparas ännu: skriv varför investeringen passerar trots de svaga punkterna.',
    en: 'Cannot be saved yet: write why the investment passes despite the weak points.',
  },
  'gateReview.chooseDecision': { sv: 'Välj ett beslut: Passera, Avvakta eller Avbryt.', en: 'Choose a decision: Pass, Wait or Stop.' },
  'gateReview.benefitPoints': { sv: '{aspect} ({dimensions})', en: '{aspect} ({dimensions})' },
  'gateReview.save': { sv: 'Spara bedömningen', en: 'Save the review' },
  'gateReview.saveCorrection': { sv: 'Spara rättelsen', en: 'Save the correction' },
  'gateReview.close': { sv: 'Stäng utan att spara', en: 'Close without saving' },
  'gateReview.saved': { sv: 'Grindbedömningen är sparad.', en: 'The gate review is saved.' },

  'timeline.title': { sv: 'Historik', en: 'History' },
  'timeline.empty': { sv: 'Inga grindbedömningar ännu.', en: 'No gate reviews yet.' },
  'timeline.heading': { sv: '{date} · {code} · {decision}', en: '{date} · {code} · {decision}' },
  'timeline.corrected': { sv: 'rättad', en: 'corrected' },
  'timeline.correction': { sv: 'Rättelse av bedömningen från {date}', en: 'Correction of the review of {date}' },
  'timeline.decidedBy': { sv: 'Beslutat av', en: 'Decided by' },
  'timeline.reason': { sv: 'Motivering', en: 'Reason' },
  'timeline.nextReview': { sv: 'Nästa bedömning', en: 'Next review' },
  'timeline.ratings': { sv: 'Bedömningar', en: 'Ratings' },
  'timeline.badge': { sv: '{aspect}: {rating}', en: '{aspect}: {rating}' },
  'timeline.comments': { sv: 'Kommentarer', en: 'Comments' },
  'timeline.public': { sv: 'Publik', en: 'Public' },
  'timeline.internal': { sv: 'Intern', en: 'Internal' },
  'timeline.correct': { sv: 'Rätta', en: 'Correct' },
  'timeline.correctLabel': { sv: 'Rätta bedömningen från {date} vid {code}', en: 'Correct the review of {date} at {code}' },

  'board.title': { sv: 'Grindtavla', en: 'Gate board' },
  'board.help': {
    sv: 'Piltangenterna flyttar mellan korten och kolumnerna; Enter väljer investeringen.',
    en: 'Arrow keys move between cards and columns; Enter selects the investment.',
  },
  'board.column': { sv: '{code} {name}', en: '{code} {name}' },
  'board.count': { sv: '{n} st', en: '{n}' },
  'board.emptyColumn': { sv: 'Inga investeringar', en: 'No investments' },
  'board.empty': { sv: 'Programmet har inga investeringar ännu.', en: 'The programme has no investments yet.' },
  'board.latest': { sv: 'Senaste beslut: {decision} ({date})', en: 'Latest decision: {decision} ({date})' },
  'board.noDecision': { sv: 'Ännu ingen bedömning', en: 'Not yet reviewed' },
  'board.asOf': { sv: 'Läget per {date}', en: 'As of {date}' },

  'gateSettings.title': { sv: 'Grindmodell', en: 'Gate model' },
  'gateSettings.intro': {
    sv: 'Anpassa grindarna efter hur kommunen redan arbetar. En grind som tidigare bedömningar gjorts vid kan bytas namn på men inte tas bort.',
    en: 'Adapt the gates to how the municipality already works. A gate that past reviews were made at can be renamed but not removed.',
  },
  'gateSettings.code': { sv: 'Kod', en: 'Code' },
  'gateSettings.nameSv': { sv: 'Namn på svenska', en: 'Name in Swedish' },
  'gateSettings.nameEn': { sv: 'Namn på engelska', en: 'Name in English' },
  'gateSettings.codeOf': { sv: 'Kod för grind {n}', en: 'Code of gate {n}' },
  'gateSettings.nameSvOf': { sv: 'Svenskt namn för grind {n}', en: 'Swedish name of gate {n}' },
  'gateSettings.nameEnOf': { sv: 'Engelskt namn för grind {n}', en: 'English name of gate {n}' },
  'gateSettings.up': { sv: 'Flytta upp {code}', en: 'Move {code} up' },
  'gateSettings.down': { sv: 'Flytta ned {code}', en: 'Move {code} down' },
  'gateSettings.remove': { sv: 'Ta bort {code}', en: 'Remove {code}' },
  'gateSettings.add': { sv: 'Lägg till grind', en: 'Add gate' },
  'gateSettings.newGate': { sv: 'Ny grind', en: 'New gate' },

  'asOf.toggle': { sv: 'Visa läget per datum', en: 'Show as of a date' },
  'asOf.date': { sv: 'Datum', en: 'Date' },
  'asOf.label': { sv: 'Läget per {date}', en: 'As of {date}' },
} as const;

registerStrings(gatesUiStrings);
