// The demo's places: real Malmö delområden (codes are the upper-case names in Malmö stad's layer),
// each with an invented programme. Both governance modes appear, and the hard and soft values
// differ between areas so the DNA balance has something to show.
import type { GovernanceMode, HardValue, SoftValue } from '../model';
import type { DemoDepartmentSlug } from './demo-organisation';

type Score = 1 | 2 | 3 | 4 | 5;

export interface DemoArea {
  slug: string;
  /** The `delomrade` property of the feature in the delområden layer. */
  code: string;
  name: string;
  description: string;
  programme: {
    vision: string;
    commonGoals: string;
    coordinationFunction: string;
    group: readonly DemoDepartmentSlug[];
    mode: GovernanceMode;
    values: Record<HardValue | SoftValue, Score>;
  };
}

export const DEMO_AREAS = [
  {
    slug: 'lindangen',
    code: 'LINDÄNGEN',
    name: 'Lindängen',
    description: 'Bostadsområde i södra Malmö, till stor del byggt under miljonprogrammet, med flerbostadshus, '
      + 'radhus, ett lokalt centrum och stora gröna ytor. Lindängen nämns som exempel på platsbaserat '
      + 'arbete tvärs förvaltningarna (Case Lindängen).',
    programme: {
      vision: 'Lindängen är en trygg och grön stadsdel där unga väljer att stanna, där fler har arbete och '
        + 'där de boende är med och formar sin närmiljö.',
      commonGoals: 'Öka upplevd trygghet kvällstid. Fler unga med godkända betyg i årskurs 9. Fler boende i '
        + 'arbete eller studier. Fler mötesplatser som är öppna kvällar och helger.',
      coordinationFunction: 'Programledare för Lindängen på Stadskontoret, med en programekonom och en '
        + 'dialogsamordnare. Leder programgruppen och förbereder grindbesluten.',
      group: ['sk', 'sbk', 'fgk', 'fri', 'grf', 'amf', 'hvof'],
      mode: 'full',
      values: { goals: 4, budget: 4, management: 4, culture: 4, trust: 3, leadership: 4 },
    },
  },
  {
    slug: 'holma',
    code: 'HOLMA',
    name: 'Holma',
    description: 'Bostadsområde i västra Malmö mellan Kroksbäck och Hyllie, med flerbostadshus från '
      + 'miljonprogrammet, skola och närhet till Hyllies nya stadsdel och station.',
    programme: {
      vision: 'Holma knyts ihop med Hyllie: barn når skola och fritid tryggt till fots och på cykel, och '
        + 'byggandet i närområdet ger jobb till dem som bor här.',
      commonGoals: 'Säkra skolvägar. Fler unga med sommarjobb och praktik. Fler aktiva föreningar i området.',
      coordinationFunction: 'Områdeskoordinator på Stadskontoret som samordnar förvaltningarnas egna '
        + 'investeringar och håller ihop dialogen med fastighetsägarna.',
      group: ['sk', 'fgk', 'grf', 'fri', 'amf'],
      mode: 'partial',
      values: { goals: 3, budget: 2, management: 3, culture: 3, trust: 3, leadership: 2 },
    },
  },
  {
    slug: 'kroksback',
    code: 'KROKSBÄCK',
    name: 'Kroksbäck',
    description: 'Bostadsområde i västra Malmö med höga flerbostadshus kring stora gårdar och närhet till '
      + 'Kroksbäcksparken. Många unga invånare och en hög andel hyresrätter.',
    programme: {
      vision: 'Kroksbäck är ett grönt och levande område där gårdar, park och mötesplatser används av alla '
        + 'åldrar året om.',
      commonGoals: 'Minska översvämningsrisken vid skyfall. Fler kvällsöppna verksamheter för unga. Ökad '
        + 'kännedom om samhällets stöd bland nyanlända.',
      coordinationFunction: 'Programledare på Fastighets- och gatukontoret med en gemensam programbudget '
        + 'för fysiska och sociala investeringar.',
      group: ['sk', 'fgk', 'mf', 'fri', 'kf', 'amf'],
      mode: 'full',
      values: { goals: 4, budget: 4, management: 3, culture: 3, trust: 2, leadership: 3 },
    },
  },
  {
    slug: 'rosengard_centrum',
    code: 'ROSENGÅRD CENTRUM',
    name: 'Rosengård Centrum',
    description: 'Stadsdelens centrum i Rosengård med köpcentrum, torg, service och kollektivtrafik. En '
      + 'viktig målpunkt för de omgivande bostadsområdena.',
    programme: {
      vision: 'Rosengård Centrum är en levande och trygg mötesplats för hela östra Malmö, med handel, kultur '
        + 'och service som är öppna även kvällstid.',
      commonGoals: 'Fler besökare kvällstid. Ökad upplevd trygghet på torget. Fler lokala företag som växer.',
      coordinationFunction: 'Centrumsamordnare på Stadsbyggnadskontoret i samverkan med fastighetsägaren; '
        + 'förvaltningarna genomför sina egna delar.',
      group: ['sk', 'sbk', 'fgk', 'kf', 'amf'],
      mode: 'partial',
      values: { goals: 3, budget: 3, management: 4, culture: 2, trust: 2, leadership: 3 },
    },
  },
  {
    slug: 'herrgarden',
    code: 'HERRGÅRDEN',
    name: 'Herrgården',
    description: 'Bostadsområde i Rosengård med tätt bebyggda flerbostadshus, flera privata fastighetsägare '
      + 'och många barnfamiljer.',
    programme: {
      vision: 'I Herrgården har varje barn en trygg gård att leka på, och familjerna har nära till hälsa, '
        + 'förskola och stöd.',
      commonGoals: 'Upprustade gårdar i samverkan med fastighetsägarna. Bättre hälsa bland barn och äldre. '
        + 'Fler föräldrar delaktiga i skola och förskola.',
      coordinationFunction: 'Områdeskoordinator på Stadskontoret som leder programgruppen; stark lokal '
        + 'förankring genom föreningar och boende, men ännu ingen gemensam budget.',
      group: ['sk', 'fgk', 'fof', 'hvof', 'fri'],
      mode: 'partial',
      values: { goals: 2, budget: 2, management: 2, culture: 4, trust: 4, leadership: 3 },
    },
  },
] as const satisfies readonly DemoArea[];

export type DemoAreaSlug = (typeof DEMO_AREAS)[number]['slug'];
