// Demo investments in Rosengård Centrum and Herrgården (eastern Malmö). Invented examples: see
// demo-investments.ts.
import type { DemoInvestment } from './demo-investments';

const ROSENGARD_CENTRUM: readonly DemoInvestment[] = [
  {
    slug: 'rosengard_centrum_01', area: 'rosengard_centrum', kind: 'physical', category: 'meeting-place', dept: 'sbk',
    title: 'Upprustning av torget',
    description: 'Torget får ny markbeläggning, träd, sittplatser, scenyta och belysning, så att det kan '
      + 'användas för marknader och evenemang året om.',
    place: { rect: [0.5, 0.55], widthM: 70, heightM: 50 },
    partners: ['Fastighetsägaren till köpcentrumet', 'Centrumföreningen', 'Skånetrafiken'],
    budget: [16_000_000, 300_000, 6_000_000], dates: ['2025-04-01', '2026-05-31'],
    benefits: ['Fler träd och genomsläpplig mark minskar värmeöar och dagvatten.',
      'En mötesplats för hela östra Malmö; fler besökare kvällstid.',
      'Ökad handel i centrum; fastighetsägaren bär en tredjedel av kostnaden.'],
    sdgs: [8, 11, 13], goals: ['trygg', 'gron'],
  },
  {
    slug: 'rosengard_centrum_02', area: 'rosengard_centrum', kind: 'social', category: 'safety', dept: 'sk',
    title: 'Trygghetsvärdar i centrum',
    description: 'Förslag om trygghetsvärdar som rör sig i centrum och vid hållplatserna kvällstid.',
    place: { point: [0.4, 0.4] },
    partners: ['Fastighetsägaren till köpcentrumet', 'Polismyndigheten'],
    budget: [0, 2_400_000, 0], dates: ['2025-09-01', '2027-08-31'],
    benefits: ['Ingen särskild miljönytta.',
      'Ökad upplevd trygghet kvällstid.',
      'Minskade kostnader för skadegörelse.'],
    sdgs: [16], goals: ['trygg'],
  },
  {
    slug: 'rosengard_centrum_03', area: 'rosengard_centrum', kind: 'physical', category: 'culture-venue', dept: 'kf',
    title: 'Black box-scen i centrumhuset',
    description: 'En flexibel scen för teater, musik och dans i en ombyggd lokal i centrum, med repetitionsrum '
      + 'som föreningar kan boka.',
    place: { point: [0.6, 0.65] },
    partners: ['Fastighetsägaren till köpcentrumet', 'Lokala kulturföreningar', 'Statens kulturråd'],
    budget: [8_200_000, 1_100_000, 2_500_000], dates: ['2026-08-01', '2027-09-30'],
    benefits: ['Ombyggnad av befintlig lokal i stället för nybyggnad.',
      'Unga kulturutövare får en egen scen; fler besökare kvällstid.',
      'Intäkter från uthyrning täcker en del av driften.'],
    sdgs: [4, 10, 11], goals: ['barn', 'trygg'],
  },
  {
    slug: 'rosengard_centrum_04', area: 'rosengard_centrum', kind: 'social', category: 'employment', dept: 'amf',
    title: 'Företagslots för lokala handlare',
    description: 'Idé: en företagslots som hjälper småföretag i centrum med tillstånd, finansiering och '
      + 'rekrytering av boende.',
    place: { point: [0.3, 0.32] },
    partners: ['Centrumföreningen', 'Almi Företagspartner', 'Arbetsförmedlingen'],
    budget: [0, 700_000, 0], dates: ['2027-03-01', '2028-02-29'],
    benefits: ['Ingen särskild miljönytta.',
      'Fler lokala jobb och ett levande centrum.',
      'Fler företag som växer och betalar skatt.'],
    sdgs: [8], goals: ['arbete'],
    internal: true,
  },
  {
    slug: 'rosengard_centrum_05', area: 'rosengard_centrum', kind: 'physical', category: 'street', dept: 'fgk',
    title: 'Cykelstråk genom centrum',
    description: 'Ett tydligt och upplyst cykelstråk genom centrumområdet, med cykelparkering vid '
      + 'entréerna.',
    place: { line: [0.5, 0.5], bearing: 45, lengthM: 350 },
    partners: ['Fastighetsägaren till köpcentrumet', 'Skånetrafiken'],
    budget: [5_600_000, 90_000, 1_400_000], dates: ['2027-04-01', '2027-11-30'],
    benefits: ['Fler cyklar till centrum i stället för att ta bilen.',
      'Säkrare för barn som cyklar till aktiviteter.',
      'Mindre behov av bilparkering.'],
    sdgs: [3, 11, 13], goals: ['gron'],
  },
];

const HERRGARDEN: readonly DemoInvestment[] = [
  {
    slug: 'herrgarden_01', area: 'herrgarden', kind: 'physical', category: 'housing', dept: 'fgk',
    title: 'Upprustade gårdar i samverkan med fastighetsägarna',
    description: 'Staden och fastighetsägarna rustar tillsammans upp fyra gårdar med lek, grönska och '
      + 'belysning. Barnen har ritat förslagen.',
    place: { point: [0.4, 0.62] },
    partners: ['Fastighetsägarna i Herrgården', 'Hyresgästföreningen', 'Boverket (stadsmiljöbidrag)'],
    budget: [6_800_000, 150_000, 3_400_000], dates: ['2025-08-01', '2026-08-31'],
    benefits: ['Mer grönska och mindre hårdgjord yta.',
      'Barn leker ute nära hemmet; grannar möts på gården.',
      'Fastighetsägarna bär halva kostnaden.'],
    sdgs: [3, 11, 15], goals: ['barn', 'gron'],
  },
  {
    slug: 'herrgarden_02', area: 'herrgarden', kind: 'social', category: 'health', dept: 'hvof',
    title: 'Hälsokommunikatörer',
    description: 'Hälsokommunikatörer som talar områdets språk ger information om vård, vaccinationer, kost '
      + 'och rörelse på mötesplatser och i föreningar.',
    place: 'wholeArea',
    partners: ['Region Skåne', 'Lokala föreningar', 'Trossamfund'],
    budget: [0, 1_400_000, 600_000], dates: ['2026-09-01', '2028-08-31'],
    benefits: ['Ingen särskild miljönytta.',
      'Bättre hälsa och högre vaccinationstäckning bland barn.',
      'Färre akuta vårdbesök.'],
    sdgs: [3, 10], goals: ['barn'],
  },
  {
    slug: 'herrgarden_03', area: 'herrgarden', kind: 'physical', category: 'sports', dept: 'fri',
    title: 'Motionsslinga med utegym',
    description: 'En belyst motionsslinga genom området med utegym och stationer för alla åldrar.',
    place: { line: [0.5, 0.52], bearing: 100, lengthM: 500, bend: 40 },
    partners: ['Lokala idrottsföreningar', 'Fastighetsägarna i Herrgården'],
    budget: [2_300_000, 80_000, 500_000], dates: ['2025-10-01', '2026-08-31'],
    benefits: ['Gröna kanter längs slingan planteras med ängsväxter.',
      'Fler vuxna, särskilt kvinnor, motionerar nära hemmet.',
      'Billigare än en ny idrottshall för samma nytta.'],
    sdgs: [3, 5], goals: ['trygg'],
    internal: true, notes: 'Entreprenören har lovat belysningen till mars.',
  },
  {
    slug: 'herrgarden_04', area: 'herrgarden', kind: 'social', category: 'education', dept: 'fof',
    title: 'Öppen förskola och föräldrastöd',
    description: 'En öppen förskola med föräldragrupper och språkstöd för föräldrar med barn som ännu inte '
      + 'går i förskolan.',
    place: { point: [0.62, 0.45] },
    partners: ['Region Skåne (barnavårdscentralen)', 'Biblioteket', 'Studieförbund'],
    budget: [600_000, 1_800_000, 0], dates: ['2026-08-15', '2028-06-30'],
    benefits: ['Ingen särskild miljönytta.',
      'Fler barn börjar i förskolan; föräldrar får stöd och nätverk.',
      'Tidiga insatser minskar behovet av särskilt stöd senare.'],
    sdgs: [4, 5, 10], goals: ['barn'],
  },
  {
    slug: 'herrgarden_05', area: 'herrgarden', kind: 'social', category: 'youth', dept: 'amf',
    title: 'Sommarjobb för unga',
    description: 'Sommarjobb för unga 16–19 år i stadens verksamheter och hos fastighetsägare, med handledare '
      + 'från området.',
    place: 'wholeArea',
    partners: ['Fastighetsägarna i Herrgården', 'Arbetsförmedlingen'],
    budget: [0, 1_500_000, 400_000], dates: ['2027-06-15', '2027-08-15'],
    benefits: ['Många jobb rör skötsel av gårdar och grönytor.',
      'Unga får sin första arbetslivserfarenhet och referenser.',
      'Bättre framtida etablering på arbetsmarknaden.'],
    sdgs: [4, 8], goals: ['arbete', 'barn'],
  },
  {
    slug: 'herrgarden_06', area: 'herrgarden', kind: 'physical', category: 'park', dept: 'fgk',
    title: 'Fickpark vid förskolan',
    description: 'Idé från boende: en liten park med träd, bänkar och lek på en obebyggd yta intill förskolan.',
    place: { rect: [0.3, 0.5], widthM: 90, heightM: 70 },
    partners: ['Fastighetsägarna i Herrgården', 'Förskolan'],
    budget: [2_100_000, 70_000, 0], dates: ['2027-09-01', '2028-05-31'],
    benefits: ['Mer grönska och svalka sommartid.',
      'En lugn plats för småbarnsfamiljer och äldre.',
      'Lägre skötselkostnad än gräsmatta som klipps ofta.'],
    sdgs: [3, 11, 15], goals: ['barn', 'gron'],
  },
];

export const EAST_INVESTMENTS: readonly DemoInvestment[] = [...ROSENGARD_CENTRUM, ...HERRGARDEN];
