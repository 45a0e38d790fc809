// Seeded, Malmö-like benchmark data: the same seed gives the same document on every machine, so a
// figure measured here and one measured on the lead's quiet machine describe the same work.
import type { Feature, LineString, Polygon, Position } from 'geojson';
import { DEFAULT_GATES, blankAspects, blankBenefitRatings } from '../../src/domain/gates';
import { investmentDefaults } from '../../src/domain/investments';
import type { Area, Department, GateReview, Investment, PlatsenDocument, Workspace } from '../../src/domain/model';
import { emptyDocument } from '../../src/domain/model';
import { buildAreaIndex } from '../../src/domain/spatial/area-index';

/** Malmö's extent, [west, south, east, north]. */
export const MALMO_BBOX = [12.85, 55.5, 13.15, 55.65] as const;
const T0 = '2026-01-15T09:00:00.000Z';

/** mulberry32: tiny, fast and good enough to spread test data. */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Rng = () => number;
const pick = <T>(rng: Rng, items: readonly T[]): T => items[Math.floor(rng() * items.length)]!;
const between = (rng: Rng, lo: number, hi: number) => lo + rng() * (hi - lo);
const round6 = (n: number) => Math.round(n * 1e6) / 1e6;

const PHYSICAL = ['Park', 'Lekplats', 'Belysning', 'Cykelväg', 'Torg', 'Gångstråk', 'Fasadrenovering'];
const SOCIAL = ['Trygghet', 'Fritid', 'Utbildning', 'Arbete', 'Kultur', 'Hälsa'];
const WORDS = ['Rosengård', 'Sofielund', 'Lindängen', 'Holma', 'Kroksbäck', 'Segevång', 'Annelund', 'Nydala', 'Hermodsdal', 'Augustenborg'];
const NOUNS = ['parken', 'torget', 'stråket', 'skolgården', 'biblioteket', 'idrottsplatsen', 'gården', 'entrén'];
const VERBS = ['Upprustning av', 'Ny belysning vid', 'Mötesplats vid', 'Läxhjälp nära', 'Sommarjobb kring', 'Trygghetsvandring vid'];
const PARTNERS = ['MKB', 'Fastighetsägare Södra Innerstaden', 'Polisen', 'Region Skåne', 'Malmö universitet', 'Föreningen Framtid'];

/** A star-shaped ring around a centre: never self-intersecting, 20–60 vertices like real district borders. */
function blobRing(rng: Rng, cx: number, cy: number, rx: number, ry: number, vertices: number): Position[] {
  const ring: Position[] = [];
  for (let k = 0; k < vertices; k++) {
    const angle = (2 * Math.PI * k) / vertices;
    const r = between(rng, 0.75, 1);
    ring.push([round6(cx + Math.cos(angle) * rx * r), round6(cy + Math.sin(angle) * ry * r)]);
  }
  ring.push([...ring[0]!]);
  return ring;
}

/** `count` areas on a grid over Malmö, one blob per cell, with gaps between them (streets, water). */
export function generateAreas(count: number, seed = 1): Area[] {
  const rng = mulberry32(seed);
  const [w, s, e, n] = MALMO_BBOX;
  const cols = Math.ceil(Math.sqrt(count * 2));
  const rows = Math.ceil(count / cols);
  const cw = (e - w) / cols;
  const ch = (n - s) / rows;
  const areas: Area[] = [];
  for (let i = 0; i < count; i++) {
    const cx = w + (i % cols + 0.5) * cw;
    const cy = s + (Math.floor(i / cols) + 0.5) * ch;
    const geometry: Polygon = { type: 'Polygon', coordinates: [blobRing(rng, cx, cy, cw * 0.48, ch * 0.48, 20 + Math.floor(rng() * 41))] };
    areas.push({
      id: `area_${i}`, createdAt: T0, updatedAt: T0, name: `${pick(rng, WORDS)} ${i}`, description: '',
      geometry, source: { type: 'drawn' },
    });
  }
  return areas;
}

function randomPosition(rng: Rng): Position {
  const [w, s, e, n] = MALMO_BBOX;
  return [round6(between(rng, w, e)), round6(between(rng, s, n))];
}

/** Investment geometries: mostly points; `shapes` is the share of lines and polygons. */
function investmentGeometry(rng: Rng, shapes: number): Investment['geometry'] {
  const roll = rng();
  const [x, y] = randomPosition(rng);
  if (roll >= shapes) return { type: 'Point', coordinates: [x!, y!] };
  if (roll < shapes * 0.7) {
    const line: LineString = { type: 'LineString', coordinates: [[x!, y!]] };
    for (let k = 1, n = 3 + Math.floor(rng() * 6); k < n; k++) {
      const [px, py] = line.coordinates[k - 1]!;
      line.coordinates.push([round6(px! + between(rng, -0.002, 0.002)), round6(py! + between(rng, -0.001, 0.001))]);
    }
    return line;
  }
  return { type: 'Polygon', coordinates: [blobRing(rng, x!, y!, 0.0008, 0.0005, 5 + Math.floor(rng() * 4))] };
}

export const DEPARTMENTS: Department[] = ['Stadsbyggnadskontoret', 'Fritidsförvaltningen', 'Gatukontoret', 'Kulturförvaltningen',
  'Arbetsmarknadsförvaltningen', 'Grundskoleförvaltningen'].map((name, i) => ({
  id: `dept_${i}`, name, short: name.slice(0, 3).toUpperCase(), createdAt: T0, updatedAt: T0,
}));

export function generateInvestments(count: number, seed = 2, shapes = 0.1): Investment[] {
  const rng = mulberry32(seed);
  const out: Investment[] = [];
  for (let i = 0; i < count; i++) {
    const kind = rng() < 0.6 ? 'physical' : 'social';
    const start = 2024 + Math.floor(rng() * 4);
    out.push({
      ...investmentDefaults(),
      id: `inv_${String(i).padStart(6, '0')}`, createdAt: T0, updatedAt: T0,
      title: `${pick(rng, VERBS)} ${pick(rng, NOUNS)} i ${pick(rng, WORDS)}`,
      kind, category: pick(rng, kind === 'physical' ? PHYSICAL : SOCIAL),
      geometry: investmentGeometry(rng, shapes),
      description: rng() < 0.5 ? 'Insatsen tas fram tillsammans med boende och föreningar i området.' : '',
      departmentId: pick(rng, DEPARTMENTS).id,
      partners: rng() < 0.4 ? [pick(rng, PARTNERS)] : [],
      budget: { investment: Math.round(between(rng, 1e5, 2e7)), operatingPerYear: Math.round(between(rng, 0, 1e6)), externalFunding: 0 },
      startDate: `${start}-0${1 + Math.floor(rng() * 9)}-01`,
      endDate: rng() < 0.7 ? `${start + 2}-12-31` : null,
      sdgs: rng() < 0.6 ? [1 + Math.floor(rng() * 17)] : [],
      visibility: rng() < 0.7 ? 'public' : 'internal',
    });
  }
  return out;
}

/** Passed reviews at successive gates for about a third of the investments. */
export function generateReviews(investments: readonly Investment[], seed = 3): GateReview[] {
  const rng = mulberry32(seed);
  const reviews: GateReview[] = [];
  for (const inv of investments) {
    if (rng() > 0.35) continue;
    const passed = 1 + Math.floor(rng() * 3);
    for (let g = 0; g < passed; g++) {
      const gate = DEFAULT_GATES[g]!;
      reviews.push({
        id: `rev_${inv.id}_${g}`, createdAt: T0, updatedAt: T0, investmentId: inv.id, gateId: gate.id, gateCode: gate.code,
        date: `2025-0${1 + g}-15`, aspects: blankAspects(), benefitRatings: blankBenefitRatings(),
        decision: g === passed - 1 && rng() < 0.2 ? 'wait' : 'pass', reason: 'Bedömd i programgruppen.',
        decidedBy: 'Programgruppen', nextReviewDate: null, correctsReviewId: null, public: rng() < 0.5,
      });
    }
  }
  return reviews;
}

export function benchWorkspace(): Workspace {
  return {
    id: 'ws_bench', createdAt: T0, updatedAt: T0, name: 'Malmö (prestandatest)', municipality: 'Malmö', isDemo: false,
    defaultView: { center: [13.0, 55.58], zoom: 11 },
    settings: { gates: structuredClone(DEFAULT_GATES), categories: { physical: PHYSICAL, social: SOCIAL } },
  };
}

/** A whole workspace: areas, investments attached to them as the app would, reviews, departments. */
export function generateDocument(areaCount: number, investmentCount: number, seed = 7): PlatsenDocument {
  const doc = emptyDocument();
  const ws = benchWorkspace();
  doc.workspace[ws.id] = ws;
  for (const d of DEPARTMENTS) doc.departments[d.id] = d;
  const areas = generateAreas(areaCount, seed);
  for (const a of areas) doc.areas[a.id] = a;
  const index = buildAreaIndex(areas);
  const investments = generateInvestments(investmentCount, seed + 1);
  for (const inv of investments) doc.investments[inv.id] = { ...inv, areaId: index.assign(inv.geometry) };
  for (const r of generateReviews(investments, seed + 2)) doc.reviews[r.id] = r;
  return doc;
}

/** A GeoJSON file as a municipality would export it from its GIS: flat properties, some ids. */
export function importGeoJsonText(count: number, seed = 11): string {
  const investments = generateInvestments(count, seed, 0.04);
  const features: Feature[] = investments.map((inv, i) => ({
    type: 'Feature', id: i,
    geometry: inv.geometry,
    properties: {
      namn: inv.title, kategori: inv.category, forvaltning: inv.departmentId, budget_kr: inv.budget.investment,
    },
  }));
  return JSON.stringify({ type: 'FeatureCollection', name: 'investeringar_malmo', features });
}
