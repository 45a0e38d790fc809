// The demo's workshop: an invented meeting about Lindängen that follows the method of the seed text
// (Inledning, Nuläge, Framtid, Handling). Notes in every category, actions sorted by effort and
// impact, and a tour of four scenes, so Presentera has something to show from the first start.
// Every record is marked `invented`; none is public.
import { bbox } from '@turf/turf';
import type { AreaGeometry, NoteCategory, Tour, TourScene, WorkshopNote } from '../model';
import { anchorIn, fitZoom, type BoxFraction } from './demo-geometry';

interface DemoNote {
  slug: string;
  category: NoteCategory;
  text: string;
  at: BoxFraction;
  matrix?: { effort: number; impact: number };
}

// Where the meeting's centre lies: the obstacles were all said about the square, and are pinned on
// one spot on purpose (the map spreads them so each can be read).
const TORGET: BoxFraction = [0.4, 0.47];

export const DEMO_NOTES: readonly DemoNote[] = [
  { slug: 'stolt_1', category: 'proud', text: 'Läxhjälpen i centrum drivs av boende och är full varje tisdag.', at: [0.46, 0.4] },
  { slug: 'stolt_2', category: 'proud', text: 'Den stora gröna ytan: här grillar, spelar och odlar hela området.', at: [0.36, 0.8] },
  { slug: 'hinder_1', category: 'obstacle-organisational', text: 'Tre förvaltningar har var sin budget för samma torg.', at: TORGET },
  { slug: 'hinder_2', category: 'obstacle-economic', text: 'Kvällsöppet på fritidsgården är bara finansierat till 2027.', at: TORGET },
  { slug: 'hinder_3', category: 'obstacle-cultural', text: 'Vi pratar om de boende i stället för med dem.', at: TORGET },
  { slug: 'hinder_4', category: 'obstacle-courage', text: 'Ingen vågar pröva något nytt utan ett nämndbeslut först.', at: TORGET },
  { slug: 'hopp_1', category: 'hope', text: 'Unga som växer upp här vill bo kvar som vuxna.', at: [0.3, 0.25] },
  // Longer than a card holds: the card ends it with an ellipsis, the callout says it all.
  {
    slug: 'hopp_2', category: 'hope', at: [0.55, 0.55],
    text: 'Torget är fullt av liv även en vinterkväll: caféet har öppet, biblioteket har läxhjälp och det finns något att göra för både unga och äldre.',
  },
  {
    slug: 'handling_1', category: 'action', text: 'Trygghetsvandring med boende, MKB och polis i maj',
    at: [0.5, 0.66], matrix: { effort: 0.2, impact: 0.75 },
  },
  {
    slug: 'handling_2', category: 'action', text: 'Öppna skolgården kvällar och helger',
    at: [0.52, 0.75], matrix: { effort: 0.35, impact: 0.6 },
  },
  {
    slug: 'handling_3', category: 'action', text: 'En gemensam budget för centrumtorget från 2027',
    at: [0.36, 0.4], matrix: { effort: 0.8, impact: 0.85 },
  },
  {
    slug: 'handling_4', category: 'action', text: 'Bjud in unga till programgruppens möte varje kvartal',
    at: [0.62, 0.3], matrix: { effort: 0.15, impact: 0.35 },
  },
  {
    slug: 'handling_5', category: 'action', text: 'Flytta fritidsgårdens drift till programmets gemensamma ekonomi',
    at: [0.7, 0.2], matrix: { effort: 0.85, impact: 0.3 },
  },
];

/** The (invented) evening the workshop was held; notes are stamped a minute apart in the order said. */
const WORKSHOP_DAY = '2026-10-20';
const stamp = (i: number) => `${WORKSHOP_DAY}T16:${String(i).padStart(2, '0')}:00.000Z`;

export function buildDemoNotes(areaId: string, area: AreaGeometry): WorkshopNote[] {
  return DEMO_NOTES.map((n, i) => ({
    id: `note_lindangen_${n.slug}`, createdAt: stamp(i), updatedAt: stamp(i),
    category: n.category, text: n.text, position: [...anchorIn(area, n.at)] as [number, number], areaId,
    matrix: n.matrix ? { ...n.matrix } : null, public: false, invented: true,
  }));
}

const ALL_LAYERS: TourScene['layers'] = { areas: true, investments: true, notes: true };
const NO_FILTER: TourScene['filter'] = { kinds: [], gateIndexes: [] };
const round = (v: number) => Math.round(v * 1e6) / 1e6;

/**
 * The tour of Lindängen. Scene 1 fits the whole area into the free part of a 1280 × 720 projector
 * (under the caption bar, beside the corner legend), without the notes; each later scene comes
 * closer to the notes of its step of the method.
 */
export function buildDemoTour(areaId: string, area: AreaGeometry, now: string): Tour {
  const extent = bbox(area);
  const zoom = fitZoom(extent, 900, 480, 0.25);
  const at = (spot: BoxFraction, z: number) => {
    const [lon, lat] = anchorIn(area, spot);
    return { center: [round(lon!), round(lat!)] as [number, number], zoom: z, bearing: 0, pitch: 0 };
  };
  const scene = (n: number, caption: string, camera: TourScene['camera'], more: Partial<TourScene> = {}): TourScene => ({
    id: `scene_lindangen_${n}`, focus: null, camera, caption, asOf: null, filter: NO_FILTER, layers: ALL_LAYERS, ...more,
  });
  return {
    id: 'tour_lindangen', createdAt: now, updatedAt: now, invented: true,
    title: 'Lindängen: nuläge, framtid, handling',
    scenes: [
      scene(1, 'Inledning: Lindängen, en plats och ett program', {
        center: [round((extent[0] + extent[2]) / 2), round((extent[1] + extent[3]) / 2)], zoom, bearing: 0, pitch: 0,
      }, { focus: { type: 'area', id: areaId }, layers: { ...ALL_LAYERS, notes: false } }),
      scene(2, 'Nuläge: det vi är stolta över och det som hindrar', at(TORGET, zoom + 1)),
      // Ideas, studies and plans: what is still open to the room's hopes.
      scene(3, 'Framtid: det vi hoppas på och det som planeras', at([0.45, 0.45], zoom + 0.25), { filter: { kinds: [], gateIndexes: [0, 1, 2] } }),
      scene(4, 'Handling: det vi gör nu, efter insats och effekt', at([0.55, 0.5], zoom + 0.75)),
    ],
  };
}
