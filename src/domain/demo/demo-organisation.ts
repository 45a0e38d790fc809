// Who takes part in the demo: real Malmö stad departments (förvaltningar) and invented overall
// goals in the municipality's voice. Slugs become ids (dept_<slug>, goal_<slug>).

export interface DemoDepartment {
  slug: string;
  name: string;
  short: string;
}

export const DEMO_DEPARTMENTS = [
  { slug: 'sk', name: 'Stadskontoret', short: 'SK' },
  { slug: 'sbk', name: 'Stadsbyggnadskontoret', short: 'SBK' },
  { slug: 'fgk', name: 'Fastighets- och gatukontoret', short: 'FGK' },
  { slug: 'fri', name: 'Fritidsförvaltningen', short: 'FRI' },
  { slug: 'grf', name: 'Grundskoleförvaltningen', short: 'GRF' },
  { slug: 'fof', name: 'Förskoleförvaltningen', short: 'FÖF' },
  { slug: 'amf', name: 'Arbetsmarknadsförvaltningen', short: 'AMF' },
  { slug: 'mf', name: 'Miljöförvaltningen', short: 'MF' },
  { slug: 'kf', name: 'Kulturförvaltningen', short: 'KF' },
  { slug: 'fsf', name: 'Funktionsstödsförvaltningen', short: 'FSF' },
  { slug: 'hvof', name: 'Hälsa-, vård- och omsorgsförvaltningen', short: 'HVOF' },
] as const satisfies readonly DemoDepartment[];

export type DemoDepartmentSlug = (typeof DEMO_DEPARTMENTS)[number]['slug'];

export interface DemoGoal {
  slug: string;
  title: string;
  description: string;
}

export const DEMO_GOALS = [
  {
    slug: 'trygg',
    title: 'Malmö ska vara en trygg stad',
    description: 'Alla malmöbor ska känna sig trygga i sitt bostadsområde, dag som kväll, och ha tillit till '
      + 'varandra och till staden. (Fiktivt mål i demoarbetsytan.)',
  },
  {
    slug: 'barn',
    title: 'Alla barn i Malmö ska få en god start i livet',
    description: 'Barn och unga ska ha jämlika förutsättningar att lyckas i skolan, röra sig tryggt i sin '
      + 'stadsdel och ha en meningsfull fritid. (Fiktivt mål i demoarbetsytan.)',
  },
  {
    slug: 'arbete',
    title: 'Fler malmöbor i arbete och egen försörjning',
    description: 'Vägen till jobb och studier ska vara kort i alla stadsdelar, och stadens egna '
      + 'investeringar ska skapa lokala arbetstillfällen. (Fiktivt mål i demoarbetsytan.)',
  },
  {
    slug: 'gron',
    title: 'Ett grönt och klimatsmart Malmö',
    description: 'Malmö ska vara klimatneutralt 2030, med gröna och tåliga stadsmiljöer som klarar skyfall '
      + 'och värme. (Fiktivt mål i demoarbetsytan.)',
  },
] as const satisfies readonly DemoGoal[];

export type DemoGoalSlug = (typeof DEMO_GOALS)[number]['slug'];
