// Invented gate histories for the demo investments, chosen so the derived phases cover every gate
// and every status, and so the seed's two examples of passing against a weak aspect appear with
// their reasons. Dates follow the programme groups' meeting calendar.
import type { Aspect, Decision, IsoDate } from '../model';

export interface DemoStep {
  /** Index into DEFAULT_GATES (0 = G0 Idé … 5 = G5 Nyttorealisering). */
  gate: number;
  date: IsoDate;
  decision: Decision;
  /**
   * Five aspect letters (strategy, benefits, market, economy, governance), a slash, three benefit
   * letters (environmental, social, economic): s strong, p positive, n neutral, w weak,
   * x negative, - not assessed.
   */
  ratings?: string;
  comments?: Partial<Record<Aspect, string>>;
  reason?: string;
  /** Defaults to the date of the next step, or the next gate meeting for open histories. */
  next?: IsoDate | null;
  /** Index of the earlier step in this history that this one corrects. */
  corrects?: number;
  /** When the step was recorded, if later than the decision (corrections are). */
  recordedOn?: IsoDate;
  decidedBy?: string;
  internal?: boolean;
}

export const DEFAULT_RATINGS = 'spnpp/npn';
/** The programme groups' first gate meeting after the demo's "today". */
export const NEXT_GATE_MEETING: IsoDate = '2027-02-11';

/** Plain passes of G0, G1, … on the given dates. */
function passes(...dates: IsoDate[]): DemoStep[] {
  return dates.map((date, gate) => ({ gate, date, decision: 'pass' }));
}

const NYTTAN_VARD = 'Nyttan för de boende bedöms så stor att det är värt att satsa trots att marknaden inte är intresserad.';

export const DEMO_REVIEWS: Readonly<Record<string, readonly DemoStep[]>> = {
  lindangen_01: [
    { gate: 0, date: '2024-09-19', decision: 'pass', ratings: 'spnnp/psn' },
    { gate: 1, date: '2025-02-13', decision: 'pass', ratings: 'sppnp/psn',
      comments: { economy: 'Kalkylen bygger på en schablon från tidigare stråk: cirka 18 mnkr.' } },
    { gate: 1, date: '2025-02-13', recordedOn: '2025-03-03', corrects: 1, decision: 'pass', ratings: 'sppwp/psn',
      comments: { economy: 'Ny kostnadsbedömning från FGK: 24 mnkr, varav 3,5 mnkr söks i stadsmiljöavtal.' },
      reason: 'Rättelse: ekonomin skulle ha bedömts som svag efter den nya kalkylen. Beslutet står fast: stråket '
        + 'binder ihop skola, centrum och park och är ryggraden i programmet.' },
    { gate: 2, date: '2025-11-20', decision: 'pass', ratings: 'spppp/psn', decidedBy: 'Kommunstyrelsens arbetsutskott',
      comments: { governance: 'FGK är beställare; programgruppen följer upp varje kvartal.' } },
  ],
  lindangen_02: [
    ...passes('2024-02-15', '2024-04-18', '2024-06-13'),
    { gate: 3, date: '2025-04-10', decision: 'pass', ratings: 'sppnp/psn',
      comments: { benefits: 'Belysningen är på plats; boende har gått en uppföljande trygghetsvandring.' } },
    { gate: 4, date: '2025-06-12', decision: 'pass' },
    { gate: 5, date: '2026-04-16', decision: 'pass', ratings: 'sspnp/psp',
      comments: { benefits: 'Trygghetsmätningen: andelen som undviker torget kvällstid har minskat från 41 till 27 procent.' } },
  ],
  lindangen_03: [
    ...passes('2024-02-15', '2024-06-13'),
    { gate: 2, date: '2024-11-21', decision: 'pass', ratings: 'sswnp/ssn',
      comments: { market: 'Fastighetsägarna vill inte medfinansiera och ingen förening kan ta driftansvar ännu.' },
      reason: NYTTAN_VARD },
    { gate: 3, date: '2026-06-11', decision: 'pass', ratings: 'sspnp/ssn',
      comments: { benefits: 'Parken invigdes i juni; skyfallsytan har klarat två kraftiga regn.' } },
  ],
  lindangen_04: passes('2025-04-10', '2026-02-12'),
  lindangen_05: passes('2024-04-18', '2024-09-19', '2025-02-13', '2025-09-18', '2026-04-16'),
  lindangen_06: [
    { gate: 0, date: '2024-11-21', decision: 'pass' },
    { gate: 1, date: '2025-04-10', decision: 'pass', ratings: 'ppswp/spn',
      comments: { market: 'MKB är redo att börja renoveringen nästa år och tar huvuddelen av kostnaden.',
        economy: 'Stadens del ger ingen kommunalekonomisk besparing.' },
      reason: 'Marknaden är mogen och beredd att satsa nu. Väntar vi missar vi MKB:s renoveringsfönster, även om '
        + 'den kommunalekonomiska situationen inte förbättras.' },
    { gate: 2, date: '2026-02-12', decision: 'pass', ratings: 'ppswp/spn',
      reason: 'Samma bedömning som vid förra grinden: MKB har beslutat om renoveringen och startar i januari.' },
  ],
  lindangen_07: [
    { gate: 0, date: '2025-02-13', decision: 'pass' },
    { gate: 1, date: '2026-09-17', decision: 'wait', ratings: 'spwnw/nsn', internal: true,
      comments: { market: 'Region Skåne har ännu inte beslutat om bemanning.',
        governance: 'Oklart vem som blir huvudman för lokalen.' },
      reason: 'Vi väntar på Region Skånes beslut om bemanning; ny avstämning i februari.' },
  ],
  lindangen_08: passes('2026-06-11'),
  holma_01: passes('2024-02-15', '2024-06-13', '2024-11-21', '2025-09-18', '2026-02-12'),
  holma_02: passes('2026-04-16'),
  holma_03: [
    ...passes('2024-11-21', '2025-06-12'),
    { gate: 2, date: '2026-06-11', decision: 'wait', ratings: 'pswnw/nsp',
      comments: { governance: 'Markfrågan är inte löst: ytan ägs delvis av en privat fastighetsägare.',
        market: 'Hyresvärdarna vill inte bidra till driften av arenan.',
        benefits: 'Konstgräs utan gummigranulat är ett krav.' },
      reason: 'Väntar på markavtal med fastighetsägaren.' },
  ],
  holma_04: [
    { gate: 0, date: '2025-06-12', decision: 'pass' },
    { gate: 1, date: '2026-04-16', decision: 'pass', ratings: 'spwpp/npp',
      comments: { market: 'Få entreprenörer har anmält intresse av att ta emot praktikanter.' },
      reason: 'Kraven skrivs in i upphandlingarna ändå; nyttan för unga vuxna i Holma väger tyngre än det svaga intresset.' },
  ],
  holma_05: passes('2025-02-13', '2025-06-12', '2026-04-16'),
  kroksback_01: passes('2024-04-18', '2024-09-19', '2025-02-13', '2026-09-17'),
  kroksback_02: [
    { gate: 0, date: '2026-09-17', decision: 'wait', ratings: 'pswnn/psn',
      comments: { market: 'Lokal saknas: MKB har inte bestämt om bottenvåningen kan hyras ut.' },
      reason: 'Väntar på MKB:s besked om lokalen i januari.' },
  ],
  kroksback_03: passes('2024-02-15', '2024-06-13', '2024-09-19', '2025-06-12', '2025-09-18', '2026-06-11'),
  kroksback_04: [
    { gate: 0, date: '2025-09-18', decision: 'pass' },
    { gate: 1, date: '2026-06-11', decision: 'pass', ratings: 'sswnp/psn',
      comments: { market: 'Myndigheterna vill inte dela på kostnaden för en gemensam lokal.' },
      reason: NYTTAN_VARD },
  ],
  kroksback_05: [
    { gate: 0, date: '2024-09-19', decision: 'pass' },
    { gate: 1, date: '2025-04-10', decision: 'stop', ratings: 'pnwxn/nnx',
      comments: { market: 'MKB genomför åtgärderna ändå inom sitt underhåll.',
        economy: 'Staden skulle bekosta åtgärder som är fastighetsägarens ansvar.' },
      reason: 'Stoppas: MKB genomför åtgärderna i sitt eget underhåll, så nyttan uppnås utan kommunal investering.' },
  ],
  rosengard_centrum_01: [
    ...passes('2024-04-18', '2024-09-19'),
    { gate: 2, date: '2025-02-13', decision: 'pass', ratings: 'ppswp/psp',
      comments: { market: 'Fastighetsägaren bär en tredjedel av kostnaden om arbetet startar i vår.',
        economy: 'Stadens driftkostnad ökar och intäkterna är osäkra.' },
      reason: 'Marknaden är mogen nu: fastighetsägaren är beredd att satsa i år, och ett sådant läge kommer inte '
        + 'tillbaka, även om den kommunalekonomiska kalkylen inte förbättras.' },
    { gate: 3, date: '2026-06-11', decision: 'pass' },
    { gate: 4, date: '2026-10-22', decision: 'pass' },
  ],
  rosengard_centrum_02: [
    ...passes('2024-06-13', '2024-11-21'),
    { gate: 2, date: '2025-06-12', decision: 'stop', ratings: 'nnxwp/npn',
      comments: { market: 'Fastighetsägaren inför egna värdar i centrum från hösten.' },
      reason: 'Stoppas: två parallella värdverksamheter vore dubbelarbete. Programgruppen följer i stället upp '
        + 'fastighetsägarens värdar i trygghetsmätningen.' },
  ],
  rosengard_centrum_03: [
    { gate: 0, date: '2024-11-21', decision: 'pass' },
    { gate: 1, date: '2025-06-12', decision: 'wait', ratings: 'psnnw/pps',
      comments: { governance: 'Hyresavtalet för lokalen är inte klart.' },
      reason: 'Väntar tills hyresavtalet för lokalen är klart.' },
    { gate: 1, date: '2025-11-20', decision: 'pass', ratings: 'pspnp/pps' },
    { gate: 2, date: '2026-06-11', decision: 'pass' },
  ],
  rosengard_centrum_05: passes('2026-10-22'),
  herrgarden_01: passes('2024-06-13', '2024-11-21', '2025-04-10', '2026-09-17'),
  herrgarden_02: [
    { gate: 0, date: '2025-06-12', decision: 'pass' },
    { gate: 1, date: '2026-02-12', decision: 'wait', ratings: 'spnpp/nsp',
      reason: 'Inväntar Region Skånes besked om medfinansiering.' },
    { gate: 1, date: '2026-02-12', recordedOn: '2026-02-19', corrects: 1, decision: 'pass', ratings: 'spppp/nsp',
      reason: 'Rättelse: protokollet visar att programgruppen beslutade att gå vidare, eftersom Region Skåne '
        + 'bekräftade sin medfinansiering på mötet. Vänta-beslutet kom från ett utkast.' },
  ],
  herrgarden_03: [
    ...passes('2025-02-13', '2025-06-12', '2025-11-20'),
    { gate: 3, date: '2026-09-17', decision: 'wait', ratings: 'ppnnw/ppp', next: '2027-04-15',
      comments: { governance: 'Belysningen längs slingan saknas; leveransen kan inte godkännas.' },
      reason: 'Väntar på att entreprenören levererar belysningen.' },
  ],
  herrgarden_04: passes('2025-04-10', '2025-11-20'),
  herrgarden_05: passes('2026-09-17'),
};
