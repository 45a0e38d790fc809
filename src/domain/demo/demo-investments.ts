// The demo's investments: invented but plausible, in the voice of a Malmö programme group. The
// builder prefixes every description with "Fiktivt exempel." and places the geometry inside the
// real area; the tables per part of the city keep each file readable.
import type { InvestmentKind, IsoDate } from '../model';
import type { DemoAreaSlug } from './demo-areas';
import type { Placement } from './demo-geometry';
import type { DemoDepartmentSlug, DemoGoalSlug } from './demo-organisation';
import { EAST_INVESTMENTS } from './demo-investments-east';
import { WEST_INVESTMENTS } from './demo-investments-west';

export interface DemoInvestment {
  /** Becomes the id inv_<slug>; also keys the review history in demo-reviews.ts. */
  slug: string;
  area: DemoAreaSlug;
  kind: InvestmentKind;
  category: string;
  dept: DemoDepartmentSlug;
  title: string;
  description: string;
  place: Placement | 'wholeArea';
  partners: readonly string[];
  /** SEK: one-off investment, yearly operating cost, external funding. */
  budget: readonly [number, number, number];
  dates: readonly [IsoDate, IsoDate];
  /** Expected benefits: environmental, social, economic. */
  benefits: readonly [string, string, string];
  sdgs: readonly number[];
  goals: readonly DemoGoalSlug[];
  internal?: boolean;
  notes?: string;
}

const LINDANGEN: readonly DemoInvestment[] = [
  {
    slug: 'lindangen_01', area: 'lindangen', kind: 'physical', category: 'street', dept: 'fgk',
    title: 'Nytt gång- och cykelstråk genom Lindängen',
    description: 'Stråket genom området byggs om till ett upplyst och tillgängligt gång- och cykelstråk med '
      + 'planteringar, sittplatser och säkra passager vid skolan och centrum.',
    place: { line: [0.42, 0.62], bearing: 0, lengthM: 900 },
    partners: ['MKB Fastighets AB', 'Skånetrafiken', 'Hyresgästföreningen'],
    budget: [24_000_000, 380_000, 3_500_000], dates: ['2026-03-01', '2027-10-31'],
    benefits: ['Fler cyklar i stället för att ta bilen; nya träd ger skugga och tar hand om regnvatten.',
      'Tryggare väg till skola och centrum, även kvällstid.',
      'Lägre drift för belysning med LED; attraktivare område för handel.'],
    sdgs: [3, 11, 13], goals: ['trygg', 'gron'],
  },
  {
    slug: 'lindangen_02', area: 'lindangen', kind: 'physical', category: 'lighting', dept: 'fgk',
    title: 'Trygghetsbelysning vid centrumtorget',
    description: 'Ny belysning på och omkring centrumtorget, framtagen tillsammans med boende under '
      + 'trygghetsvandringar. Mörka passager och entréer prioriterades.',
    place: { point: [0.38, 0.47] },
    partners: ['MKB Fastighets AB', 'Polismyndigheten'],
    budget: [2_800_000, 60_000, 0], dates: ['2024-08-15', '2025-03-31'],
    benefits: ['LED-armaturer minskar energianvändningen jämfört med den gamla belysningen.',
      'Fler boende, särskilt kvinnor, rör sig på torget kvällstid.',
      'Färre skadegörelseärenden för fastighetsägare och staden.'],
    sdgs: [5, 7, 11, 16], goals: ['trygg'],
  },
  {
    slug: 'lindangen_03', area: 'lindangen', kind: 'physical', category: 'park', dept: 'fgk',
    title: 'Aktivitetspark i Lindängens grönområde',
    description: 'En del av den stora gräsytan blir aktivitetspark med lek, parkour, odlingslotter och en '
      + 'skyfallsyta som kan ta emot regnvatten. Utformningen har gjorts med barn från skolan.',
    place: { rect: [0.36, 0.8], widthM: 220, heightM: 160 },
    partners: ['Lokala idrottsföreningar', 'Studieförbund', 'Boverket (stadsmiljöbidrag)'],
    budget: [9_500_000, 420_000, 2_000_000], dates: ['2025-04-01', '2026-06-30'],
    benefits: ['Skyfallsytan minskar risken för översvämning i intilliggande hus.',
      'Fler barn och unga rör på sig; en ny mötesplats för familjer.',
      'Undvikna kostnader för skador vid skyfall.'],
    sdgs: [3, 11, 13, 15], goals: ['barn', 'gron'],
  },
  {
    slug: 'lindangen_04', area: 'lindangen', kind: 'social', category: 'youth', dept: 'fri',
    title: 'Fältassistenter och kvällsöppen fritid',
    description: 'Fältassistenter rör sig i området kvällar och helger, och fritidsgården håller öppet till '
      + 'klockan 22 fyra kvällar i veckan. Unga är med och planerar verksamheten.',
    place: 'wholeArea',
    partners: ['Polismyndigheten', 'Lokala idrottsföreningar', 'Grundskolan i området'],
    budget: [400_000, 2_600_000, 900_000], dates: ['2026-08-15', '2028-06-30'],
    benefits: ['Aktiviteter nära hemmet minskar resor med bil.',
      'Fler unga med en meningsfull fritid och vuxna att vända sig till.',
      'Färre ärenden till socialtjänsten på sikt.'],
    sdgs: [3, 4, 16], goals: ['barn', 'trygg'],
    notes: 'Medfinansiering från Allmänna arvsfonden söks i höst; svar väntas i december.',
  },
  {
    slug: 'lindangen_05', area: 'lindangen', kind: 'social', category: 'employment', dept: 'amf',
    title: 'Lokalt jobbcenter i Lindängens centrum',
    description: 'Ett jobbcenter med drop-in i centrum där boende får stöd att söka arbete, praktik och '
      + 'utbildning. Arbetsförmedlingen finns på plats två dagar i veckan.',
    place: { point: [0.43, 0.41] },
    partners: ['Arbetsförmedlingen', 'MKB Fastighets AB', 'Lokala företagare'],
    budget: [1_200_000, 3_400_000, 1_500_000], dates: ['2025-01-15', '2027-12-31'],
    benefits: ['Kortare resor till stöd och service.',
      'Fler boende i arbete eller studier; ökad framtidstro.',
      'Minskat försörjningsstöd och fler skattebetalare.'],
    sdgs: [1, 4, 8, 10], goals: ['arbete'],
  },
  {
    slug: 'lindangen_06', area: 'lindangen', kind: 'physical', category: 'housing', dept: 'sbk',
    title: 'Energirenovering med boendeinflytande',
    description: 'MKB renoverar ett kvarter med hyresrätter. Staden bidrar med upprustade gårdar och '
      + 'dialogstöd så att hyrorna hålls nere och de boende kan bo kvar.',
    place: { point: [0.3, 0.2] },
    partners: ['MKB Fastighets AB', 'Hyresgästföreningen'],
    budget: [6_500_000, 90_000, 0], dates: ['2026-01-15', '2028-06-30'],
    benefits: ['Halverad energianvändning i de renoverade husen.',
      'Boende kan bo kvar; gårdarna blir platser att mötas på.',
      'Ingen direkt kommunal besparing; värdet ligger i minskad omflyttning.'],
    sdgs: [7, 10, 11, 13], goals: ['gron', 'trygg'],
    notes: 'Renoveringstakten styrs av MKB:s investeringsplan; gårdarna måste vara klara före inflyttning.',
  },
  {
    slug: 'lindangen_07', area: 'lindangen', kind: 'social', category: 'health', dept: 'hvof',
    title: 'Hälsotorg i samverkan med Region Skåne',
    description: 'Ett hälsotorg i centrum med hälsosamtal, föräldrastöd och rådgivning, bemannat av staden '
      + 'och Region Skåne tillsammans.',
    place: { point: [0.46, 0.35] },
    partners: ['Region Skåne', 'Vårdcentralen i området', 'Studieförbund'],
    budget: [800_000, 1_900_000, 700_000], dates: ['2027-01-15', '2028-12-31'],
    benefits: ['Förebyggande vård nära hemmet minskar resor.',
      'Bättre hälsa och ökad kunskap om vården bland äldre och nyanlända.',
      'Färre akuta vårdbesök på sikt.'],
    sdgs: [3, 10], goals: ['barn'],
  },
  {
    slug: 'lindangen_08', area: 'lindangen', kind: 'social', category: 'safety', dept: 'sk',
    title: 'Trygghetsvandringar och grannsamverkan',
    description: 'Återkommande trygghetsvandringar med boende, fastighetsägare och polis, och stöd till '
      + 'grannsamverkan i trapphusen. Det som kommer fram går direkt till programgruppen.',
    place: 'wholeArea',
    partners: ['Polismyndigheten', 'MKB Fastighets AB', 'Hyresgästföreningen'],
    budget: [150_000, 450_000, 0], dates: ['2027-01-15', '2028-12-31'],
    benefits: ['Nedskräpade platser upptäcks och åtgärdas tidigare.',
      'Ökad tillit mellan boende och mellan boende och staden.',
      'Billigare åtgärder när problem fångas tidigt.'],
    sdgs: [11, 16, 17], goals: ['trygg'],
  },
  {
    slug: 'lindangen_09', area: 'lindangen', kind: 'physical', category: 'meeting-place', dept: 'fri',
    title: 'Mötesplats i tomma butikslokaler',
    description: 'Idé från dialogmötet: tomma lokaler i den södra delen blir en öppen mötesplats för '
      + 'föreningar, läxhjälp och fester.',
    place: { point: [0.72, 0.18] },
    partners: ['Lokala föreningar', 'Fastighetsägaren'],
    budget: [1_800_000, 650_000, 0], dates: ['2027-03-01', '2027-12-31'],
    benefits: ['Befintliga lokaler används i stället för att bygga nytt.',
      'Fler platser där grannar möts över generationer.',
      'Hyran kan delas mellan flera verksamheter.'],
    sdgs: [11, 17], goals: ['trygg', 'barn'],
    internal: true, notes: 'Fastighetsägaren har inte svarat ännu; tas upp på nästa programgruppsmöte.',
  },
];

export const DEMO_INVESTMENTS: readonly DemoInvestment[] = [...LINDANGEN, ...WEST_INVESTMENTS, ...EAST_INVESTMENTS];
