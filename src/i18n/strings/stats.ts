// Statistics, indicators and benefit realisation: names of the SCB statistics, how an area's
// figure was worked out, and the rules of the indicator and realisation commands.
import { registerStrings, type Strings } from '../translate';

export const statsStrings: Strings = {
  'stat.pop': { sv: 'Befolkning', en: 'Population' },
  'stat.growth': { sv: 'Befolkningsförändring senaste året', en: 'Population change over the last year' },
  'stat.young': { sv: 'Andel 20–34 år', en: 'Share aged 20–34' },
  'stat.single': { sv: 'Andel ensamhushåll utan barn', en: 'Share of single households without children' },
  'stat.foreign': { sv: 'Andel med utländsk bakgrund', en: 'Share with foreign background' },
  'stat.income': { sv: 'Medelinkomst (tkr)', en: 'Mean income (kSEK)' },
  'stat.income_med': { sv: 'Medianinkomst (tkr)', en: 'Median income (kSEK)' },
  'stat.capital_inc': { sv: 'Andel med kapitalinkomst', en: 'Share with capital income' },
  'stat.low_econ': { sv: 'Andel med låg ekonomisk standard', en: 'Share with low economic standard' },
  'stat.unemp': { sv: 'Arbetslöshet', en: 'Unemployment' },
  'stat.employment': { sv: 'Förvärvsfrekvens', en: 'Employment rate' },
  'stat.higher_ed': { sv: 'Eftergymnasial utbildning', en: 'Post-secondary education' },
  'stat.renters': { sv: 'Andel hyresrätter', en: 'Share in rented housing' },
  'stat.flats': { sv: 'Andel boende i flerbostadshus', en: 'Share living in blocks of flats' },

  'stat.unit.persons': { sv: 'personer', en: 'persons' },
  'stat.unit.percent': { sv: '%', en: '%' },
  'stat.unit.kSEK': { sv: 'tkr', en: 'kSEK' },

  'stat.method.exact': { sv: 'Exakt (DeSO)', en: 'Exact (DeSO)' },
  'stat.method.population-weighted': { sv: 'Befolkningsviktat', en: 'Population-weighted' },
  'stat.method.area-weighted': { sv: 'Ytviktat', en: 'Area-weighted' },
  'stat.methodNote.exact': {
    sv: 'Området består av hela DeSO-områden: siffran är summerad eller befolkningsvägd ur SCB:s värden.',
    en: 'The area is made of whole DeSO areas: the figure is summed or population-weighted from SCB\'s values.',
  },
  'stat.methodNote.estimate': {
    sv: 'Uppskattning: varje DeSO räknas med den del av dess yta som ligger i området, med antagandet att befolkningen är jämnt fördelad inom varje DeSO.',
    en: 'Estimate: each DeSO counts with the part of its surface inside the area, assuming people are spread evenly within each DeSO.',
  },
  'stat.coverage': { sv: 'DeSO täcker {percent} % av området', en: 'DeSO areas cover {percent}% of the area' },
  'stat.coveragePartial': {
    sv: 'En del av området saknar statistik: siffrorna gäller bara den täckta delen.',
    en: 'Part of the area has no statistics: the figures cover only the covered part.',
  },
  'stat.missing': { sv: 'Uppgift saknas', en: 'Not available' },
  'stat.missingShare': { sv: 'Uppgift saknas för {percent} % av underlaget', en: 'Not available for {percent}% of the basis' },
  'stat.source': { sv: 'Källa: SCB (CC0)', en: 'Source: SCB (CC0)' },
  'stat.years': { sv: 'Befolkning 2025, inkomst och arbete 2024', en: 'Population 2025, income and work 2024' },
  'stat.sourceImported': { sv: 'Källa: SCB (CC0), importerat: {tables}', en: 'Source: SCB (CC0), imported: {tables}' },

  'stat.classes.quantile': { sv: 'Kvantiler (lika många områden per klass)', en: 'Quantiles (equal numbers of areas per class)' },
  'stat.classes.natural': { sv: 'Naturliga brytpunkter', en: 'Natural breaks' },
  'stat.classes.missing': { sv: 'Uppgift saknas ({n})', en: 'Not available ({n})' },

  'command.addIndicator': { sv: 'Lägg till indikator', en: 'Add indicator' },
  'command.updateIndicator': { sv: 'Ändra indikator', en: 'Edit indicator' },
  'command.deleteIndicator': { sv: 'Ta bort indikator', en: 'Delete indicator' },
  'command.addMeasurement': { sv: 'Lägg till mätvärde', en: 'Add measurement' },
  'command.recordRealisation': { sv: 'Registrera nyttorealisering', en: 'Record benefits realisation' },

  'indicator.error.notFound': { sv: 'Indikatorn finns inte ({id}).', en: 'The indicator does not exist ({id}).' },
  'indicator.error.nameRequired': { sv: 'Ge indikatorn ett namn.', en: 'Give the indicator a name.' },
  'indicator.error.nameTooLong': { sv: 'Namnet får vara högst {max} tecken.', en: 'The name can be at most {max} characters.' },
  'indicator.error.textTooLong': { sv: 'Enhet och källa får vara högst {max} tecken.', en: 'Unit and source can be at most {max} characters.' },
  'indicator.error.unknownStatistic': { sv: 'Okänd statistik: {value}.', en: 'Unknown statistic: {value}.' },
  'indicator.error.value': { sv: 'Värdet ({field}) måste vara ett tal.', en: 'The value ({field}) must be a number.' },
  'indicator.error.year': {
    sv: 'Året ({field}) måste vara ett helt år mellan {min} och {max}.',
    en: 'The year ({field}) must be a whole year between {min} and {max}.',
  },
  'indicator.error.yearOrder': { sv: 'Målåret kan inte ligga före utgångsläget.', en: 'The target year cannot be before the baseline year.' },
  'indicator.error.date': { sv: 'Ogiltigt datum: {value} (skriv ÅÅÅÅ-MM-DD).', en: 'Invalid date: {value} (write YYYY-MM-DD).' },
  'indicator.error.benefitDimension': { sv: 'Okänd nyttodimension: {value}.', en: 'Unknown benefit dimension: {value}.' },
  'indicator.error.sdg': { sv: 'Agenda 2030-mål är numrerade 1–17.', en: 'Agenda 2030 goals are numbered 1–17.' },

  'realisation.error.notAtLastGate': {
    sv: 'Nyttorealisering registreras först när investeringen har nått sista grinden ({gate}).',
    en: 'Benefits realisation is recorded only once the investment has reached the last gate ({gate}).',
  },
  'realisation.error.date': { sv: 'Ogiltigt datum: {value} (skriv ÅÅÅÅ-MM-DD).', en: 'Invalid date: {value} (write YYYY-MM-DD).' },
  'realisation.error.degree': {
    sv: 'Realiseringsgraden ({dimension}) ska vara mellan 0 och 100 %.',
    en: 'The degree of realisation ({dimension}) must be between 0 and 100%.',
  },
  'realisation.error.textTooLong': { sv: 'Texten får vara högst {max} tecken.', en: 'The text can be at most {max} characters.' },
};

registerStrings(statsStrings);
