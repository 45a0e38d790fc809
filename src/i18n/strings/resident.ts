// The residents' words for the gate model (src/domain/resident-phases.ts): a few plain phases,
// decisions as sentences, and the five-step analysis explained one sentence an aspect. Shown on the
// public map, and in the editor's settings where planners choose which gate is which phase.
import { registerStrings, type Strings } from '../translate';

export const residentStrings = {
  'resident.phase.idea': { sv: 'Idé', en: 'Idea' },
  'resident.phase.planned': { sv: 'Planeras', en: 'Being planned' },
  'resident.phase.decided': { sv: 'Beslutat', en: 'Decided' },
  'resident.phase.ongoing': { sv: 'Pågår', en: 'Under way' },
  'resident.phase.done': { sv: 'Klart', en: 'Done' },
  'resident.phase.idea.about': { sv: 'Ett förslag. Inget är bestämt ännu.', en: 'A proposal. Nothing is decided yet.' },
  'resident.phase.planned.about': {
    sv: 'Kommunen utreder om och hur det ska göras.', en: 'The municipality is looking into whether and how to do it.',
  },
  'resident.phase.decided.about': {
    sv: 'Kommunen har bestämt att det ska göras och förbereder arbetet.', en: 'The municipality has decided to do it and is preparing the work.',
  },
  'resident.phase.ongoing.about': { sv: 'Arbetet är i gång.', en: 'The work is under way.' },
  'resident.phase.done.about': {
    sv: 'Arbetet är klart. Kommunen följer upp vad det ger.', en: 'The work is done. The municipality follows up what it brings.',
  },

  'resident.waiting': { sv: 'Pausat', en: 'Paused' },
  'resident.waiting.about': { sv: 'Arbetet står still och väntar på ett nytt beslut.', en: 'The work has stopped and waits for a new decision.' },
  'resident.stopped': { sv: 'Stoppat', en: 'Stopped' },
  'resident.stopped.about': { sv: 'Kommunen har bestämt att det inte blir av.', en: 'The municipality has decided it will not go ahead.' },
  /** "Planeras – pausat, väntar på ett nytt beslut". */
  'resident.status.waiting': { sv: '{phase} – pausat, väntar på ett nytt beslut', en: '{phase} – paused, waiting for a new decision' },
  'resident.status.stopped': { sv: 'Stoppat – blir inte av', en: 'Stopped – will not go ahead' },

  'resident.decision.pass.planned': { sv: 'Arbetet går vidare till planering.', en: 'The work moves on to planning.' },
  'resident.decision.pass.decided': { sv: 'Kommunen beslutade att genomföra det.', en: 'The municipality decided to go ahead with it.' },
  'resident.decision.pass.ongoing': { sv: 'Arbetet kan börja.', en: 'The work can begin.' },
  'resident.decision.pass.done': { sv: 'Arbetet är klart.', en: 'The work is done.' },
  'resident.decision.pass.same': { sv: 'Arbetet går vidare till nästa steg.', en: 'The work moves on to its next step.' },
  'resident.decision.pass.last': {
    sv: 'Kommunen har följt upp vad arbetet gav.', en: 'The municipality has followed up what the work achieved.',
  },
  'resident.decision.wait': { sv: 'Arbetet pausas i väntan på ett nytt beslut.', en: 'The work is paused until a new decision.' },
  'resident.decision.stop': { sv: 'Kommunen beslutade att avbryta arbetet.', en: 'The municipality decided to stop the work.' },
  'resident.decision.line': { sv: '{date}: {sentence}', en: '{date}: {sentence}' },

  'resident.judged': { sv: 'Hur bedömdes det?', en: 'How was it judged?' },
  'resident.judged.intro': {
    sv: 'Vid varje beslut bedömer kommunen fem saker. Alla behöver inte vara bra för att arbetet ska gå vidare, men då ska beslutet säga varför.',
    en: 'At every decision the municipality judges five things. Not all must be good for the work to go on, but then the decision must say why.',
  },
  'resident.judged.gate': {
    sv: 'Beslutet togs vid grind {code}, {name}, i kommunens arbetssätt.', en: 'The decision was taken at gate {code}, {name}, in the municipality\'s way of working.',
  },
  'resident.judged.benefits': { sv: 'Nyttan, del för del', en: 'The benefits, one by one' },
  'resident.judged.rating': { sv: 'Bedömning: {rating}.', en: 'Judged: {rating}.' },
  'resident.aspect.strategy.about': {
    sv: 'Stämmer det med kommunens övergripande mål?', en: 'Does it fit the municipality\'s overall goals?',
  },
  'resident.aspect.benefits.about': {
    sv: 'Vad ger det invånarna, miljön och ekonomin?', en: 'What does it give residents, the environment and the economy?',
  },
  'resident.aspect.market.about': {
    sv: 'Vilka andra, till exempel fastighetsägare, föreningar och företag, vill vara med, och går det att göra?',
    en: 'Who else, such as property owners, associations and businesses, wants to take part, and can it be done?',
  },
  'resident.aspect.economy.about': {
    sv: 'Vad kostar det kommunen, nu och varje år, och vad sparar det?', en: 'What does it cost the municipality, now and every year, and what does it save?',
  },
  'resident.aspect.governance.about': {
    sv: 'Vem ansvarar för arbetet fram till nästa beslut?', en: 'Who is responsible for the work until the next decision?',
  },
  'resident.benefit.environmental': { sv: 'För miljön', en: 'For the environment' },
  'resident.benefit.social': { sv: 'För människorna', en: 'For people' },
  'resident.benefit.economic': { sv: 'För ekonomin', en: 'For the economy' },
} satisfies Strings;

registerStrings(residentStrings);
