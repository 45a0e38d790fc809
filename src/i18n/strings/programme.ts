// Words of the area panel: the programme (vision, goals, group, governance, hard and soft values)
// and the roll-ups of its investments.
import { registerStrings } from '../translate';

export const programmeStrings = {
  'areaPanel.adopted': {
    sv: 'Från {layer}, {n, plural, one {del} other {delar}}: {codes}',
    en: 'From {layer}, {n, plural, one {part} other {parts}}: {codes}',
  },
  'areaPanel.drawn': { sv: 'Ritat för hand', en: 'Drawn by hand' },
  'areaPanel.imported': { sv: 'Importerat från {file} den {date}', en: 'Imported from {file} on {date}' },
  'areaPanel.importedLayer': { sv: 'Importerat från lagret {layer} i {file} den {date}', en: 'Imported from layer {layer} of {file} on {date}' },
  'areaPanel.removedDivision': { sv: 'en referensindelning som har tagits bort', en: 'a reference division since removed' },
  'areaPanel.tabs': { sv: 'Områdets vyer', en: 'Views of the area' },
  'areaPanel.programme': { sv: 'Program', en: 'Programme' },
  'areaPanel.board': { sv: 'Grindtavla', en: 'Gate board' },
  'areaPanel.rollups': { sv: 'Sammanställning', en: 'Roll-ups' },

  'programmePanel.title': { sv: 'Programmet', en: 'The programme' },
  'programmePanel.missing': { sv: 'Området har inget program.', en: 'The area has no programme.' },
  'programmePanel.commitHint': {
    sv: 'Ändringar sparas när du lämnar ett fält och kan ångras.', en: 'Changes are saved when you leave a field and can be undone.',
  },
  'programmePanel.vision': { sv: 'Vision', en: 'Vision' },
  'programmePanel.commonGoals': { sv: 'Gemensamma mål', en: 'Common goals' },
  'programmePanel.coordination': { sv: 'Samordningsfunktion', en: 'Coordination function' },
  'programmePanel.group': { sv: 'Programgrupp', en: 'Programme group' },
  'programmePanel.noDepartments': {
    sv: 'Arbetsytan har inga förvaltningar ännu.', en: 'The workspace has no departments yet.',
  },
  'programmePanel.governance': { sv: 'Programstyrning', en: 'Programme governance' },
  'programmePanel.governance.partial': { sv: 'Partiell programstyrning', en: 'Partial programme governance' },
  'programmePanel.governance.partialHint': {
    sv: 'Varje förvaltning genomför sina investeringar; programmet samordnar.',
    en: 'Each department implements its own investments; the programme coordinates.',
  },
  'programmePanel.governance.full': { sv: 'Fullständig programstyrning', en: 'Full programme governance' },
  'programmePanel.governance.fullHint': {
    sv: 'Programmet genomför investeringarna, med en gemensam ekonomi.',
    en: 'The programme implements the investments, with one shared economy.',
  },

  'values.title': { sv: 'Hårda och mjuka värden', en: 'Hard and soft values' },
  'values.intro': {
    sv: 'Ett program behöver balans mellan de hårda och de mjuka värdena. Bedöm varje värde från 1 (svagt) till 5 (starkt).',
    en: 'A programme needs balance between the hard and the soft values. Rate each from 1 (weak) to 5 (strong).',
  },
  'values.hard': { sv: 'Hårda värden', en: 'Hard values' },
  'values.soft': { sv: 'Mjuka värden', en: 'Soft values' },
  'values.goals': { sv: 'Mål', en: 'Goals' },
  'values.budget': { sv: 'Budget', en: 'Budget' },
  'values.management': { sv: 'Chefskap', en: 'Management' },
  'values.culture': { sv: 'Kultur', en: 'Culture' },
  'values.trust': { sv: 'Tillit', en: 'Trust' },
  'values.leadership': { sv: 'Ledarskap', en: 'Leadership' },
  'values.unrated': { sv: 'Ej bedömt', en: 'Not rated' },
  'values.score': { sv: '{n} av 5', en: '{n} of 5' },

  'rollups.title': { sv: 'Sammanställning', en: 'Roll-ups' },
  'rollups.asOf': { sv: 'Läget per {date}', en: 'As of {date}' },
  'rollups.total': {
    sv: '{n, plural, one {# investering} other {# investeringar}} · {investment} i investeringar · {operating} i drift per år',
    en: '{n, plural, one {# investment} other {# investments}} · {investment} invested · {operating} operating per year',
  },
  'rollups.byKind': { sv: 'Budget per slag', en: 'Budget by kind' },
  'rollups.byDepartment': { sv: 'Budget per förvaltning', en: 'Budget by department' },
  'rollups.byPhase': { sv: 'Budget per fas', en: 'Budget by phase' },
  'rollups.group': { sv: 'Grupp', en: 'Group' },
  'rollups.count': { sv: 'Antal', en: 'Count' },
  'rollups.investment': { sv: 'Investering', en: 'Investment' },
  'rollups.operating': { sv: 'Drift per år', en: 'Operating per year' },
  'rollups.noDepartment': { sv: 'Ingen förvaltning', en: 'No department' },
  'rollups.status': { sv: 'Läge', en: 'Status' },
  'rollups.statusCount': { sv: '{status}: {n}', en: '{status}: {n}' },
  'rollups.benefits': { sv: 'Nyttobalans', en: 'Benefit balance' },
  'rollups.benefitLine': {
    sv: '{described, plural, one {# beskriven} other {# beskrivna}}, {rated, plural, one {# bedömd} other {# bedömda}}, i snitt {mean}',
    en: '{described, plural, one {# described} other {# described}}, {rated, plural, one {# rated} other {# rated}}, on average {mean}',
  },
  'rollups.benefitUnrated': {
    sv: '{described, plural, one {# beskriven} other {# beskrivna}}, ingen bedömd',
    en: '{described, plural, one {# described} other {# described}}, none rated',
  },
  'rollups.mean': { sv: '{rating} ({score})', en: '{rating} ({score})' },
  'rollups.sdgs': { sv: 'Agenda 2030: berörda mål', en: 'Agenda 2030: goals touched' },
  'rollups.sdgTouched': {
    sv: 'Mål {n}: {name}, {count, plural, one {# investering} other {# investeringar}}',
    en: 'Goal {n}: {name}, {count, plural, one {# investment} other {# investments}}',
  },
  'rollups.sdgUntouched': { sv: 'Mål {n}: {name}, inte berört', en: 'Goal {n}: {name}, not touched' },
  'rollups.sdgSummary': { sv: '{n} av 17 mål berörs.', en: '{n} of 17 goals are touched.' },
  'rollups.progress': { sv: 'Framdrift', en: 'Progress' },
  'rollups.progressValue': {
    sv: '{share} av investeringsbudgeten har passerat genomförandet.',
    en: '{share} of the investment budget is past implementation.',
  },
  'rollups.progressNone': {
    sv: 'Ingen investeringsbudget att mäta framdrift mot ännu.', en: 'No investment budget to measure progress against yet.',
  },
} as const;

registerStrings(programmeStrings);
