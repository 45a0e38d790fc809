#!/usr/bin/env node
// Generates the offline basemap and the reference-area layers the app serves from public/:
//   public/basemap/{land,boundaries,labels,kommuner,lan}.geojson
//   public/reference/*.geojson + index.json
//   public/glyphs/{fontstack}/{range}.pbf
// Inputs: data/ (see data/README.md) and Natural Earth from the `world-atlas` npm package.
// The outputs are committed, so a fresh clone runs without this step; re-run it after changing data/:
//   node data/scripts/build-basemap.mjs
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { feature, mesh } from 'topojson-client';
import { topology } from 'topojson-server';
import { bboxClip, booleanPointInPolygon, featureCollection, pointOnFeature, union } from '@turf/turf';
import { roundGeometry, titleCaseSv } from './geo-utils.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const dataDir = join(root, 'data');
const publicDir = join(root, 'public');
const require = createRequire(import.meta.url);

// Scandinavia and the southern Baltic: enough context around Sweden, small enough to ship.
const BBOX = [2, 53, 33, 71];

const readJson = (path) => JSON.parse(readFileSync(path, 'utf8'));
const readData = (relative) => readJson(join(dataDir, relative));

/** One feature per line: diffs stay readable without paying for pretty-printing. */
function writeCollection(relative, features) {
  const path = join(publicDir, relative);
  mkdirSync(dirname(path), { recursive: true });
  const body = features.map((f) => JSON.stringify(f)).join(',\n');
  writeFileSync(path, `{"type":"FeatureCollection","features":[\n${body}\n]}\n`);
  return features.length;
}

function makeFeature(id, properties, geometry) {
  const rounded = roundGeometry(geometry);
  return rounded ? { type: 'Feature', id, properties, geometry: rounded } : null;
}

function clipped(geometry) {
  return bboxClip({ type: 'Feature', properties: {}, geometry }, BBOX).geometry;
}

/**
 * Natural Earth cuts Russia at the antimeridian but keeps one ring that jumps from +180 to -180;
 * in plane coordinates that ring encloses the whole Norwegian Sea. Shifting the western half by
 * 360 degrees makes it a plain ring again, which the clip then drops.
 */
function unwrapAntimeridian(geometry) {
  const unwrapRing = (ring) => {
    const lngs = ring.map(([lng]) => lng);
    if (Math.max(...lngs) - Math.min(...lngs) <= 180) return ring;
    return ring.map(([lng, lat]) => [lng < 0 ? lng + 360 : lng, lat]);
  };
  const unwrapPolygon = (rings) => rings.map(unwrapRing);
  return geometry.type === 'Polygon'
    ? { type: 'Polygon', coordinates: unwrapPolygon(geometry.coordinates) }
    : { type: 'MultiPolygon', coordinates: geometry.coordinates.map(unwrapPolygon) };
}

function buildLand() {
  const topology = readJson(require.resolve('world-atlas/countries-10m.json'));
  const countries = feature(topology, topology.objects.countries).features;
  const land = countries
    .map((c) => makeFeature(`country:${c.id}`, { kind: 'country', name: c.properties.name },
      clipped(unwrapAntimeridian(c.geometry))))
    .filter(Boolean);
  // Borders only between two countries: coastlines come from the land fill itself.
  const borders = mesh(topology, topology.objects.countries, (a, b) => a !== b);
  const borderFeature = makeFeature('borders', { kind: 'border' }, clipped(borders));
  return [...land, ...buildDetailedLand(), borderFeature].filter(Boolean);
}

/**
 * Natural Earth's 1:10m coast puts Malmö's harbours in the sea. The coast-clipped DeSO areas of the
 * bundled municipalities are land at city scale, so their union is added to the land fill.
 */
function buildDetailedLand() {
  return REFERENCE_LAYERS.filter((layer) => layer.kind === 'deso').map((layer) => {
    const merged = union(featureCollection(readData(layer.input).features));
    return makeFeature(`detail:${layer.kommunkod}`, { kind: 'land', name: layer.municipality }, merged.geometry);
  });
}

function labelPoint(polygonFeature, preferred) {
  if (preferred && booleanPointInPolygon(preferred, polygonFeature)) return preferred;
  return pointOnFeature(polygonFeature).geometry.coordinates;
}

function buildKommuner() {
  return readData('sweden/kommuner.geojson').features.map((f) => {
    const { id: code, kom_namn: name, lan_code: lanCode } = f.properties;
    return makeFeature(code, { code, name, lan_code: lanCode }, f.geometry);
  });
}

function buildLan() {
  return readData('sweden/lan.geojson').features.map((f) => {
    const code = String(f.properties.l_id).padStart(2, '0');
    return makeFeature(code, { code, name: f.properties.name }, f.geometry);
  });
}

/**
 * Kommun and län borders as lines shared by two neighbours only: the coast is drawn by the land
 * fill, so the much coarser municipal coastline never shows. Län borders come from the same
 * municipal topology, so they sit exactly on the kommun borders.
 */
function buildBoundaries() {
  const kommuner = readData('sweden/kommuner.geojson');
  const topo = topology({ kommuner });
  const lanOf = (g) => g.properties.lan_code;
  const lines = [
    ['kommun', (a, b) => a !== b && lanOf(a) === lanOf(b)],
    ['lan', (a, b) => a !== b && lanOf(a) !== lanOf(b)],
  ];
  return lines.map(([kind, filter]) => makeFeature(kind, { kind }, mesh(topo, topo.objects.kommuner, filter)));
}

/** Separate label points: a symbol layer on polygons repeats labels per tile and drifts. */
function buildLabels(kommuner, lan) {
  const sourceKommuner = new Map(readData('sweden/kommuner.geojson').features.map((f) => [f.properties.id, f]));
  const point = (kind, f, preferred) =>
    makeFeature(`${kind}:${f.id}`, { kind, code: f.id, name: f.properties.name },
      { type: 'Point', coordinates: labelPoint(f, preferred) });
  return [
    ...lan.map((f) => point('lan', f)),
    ...kommuner.map((f) => {
      // geo_point_2d is [lat, lon] in the source.
      const latLon = sourceKommuner.get(f.id)?.properties.geo_point_2d;
      return point('kommun', f, latLon ? [latLon[1], latLon[0]] : undefined);
    }),
  ];
}

const SCB = 'Källa: SCB (CC0)';
const sameAsCode = (code) => code;
const REFERENCE_LAYERS = [
  { id: 'malmo-delomraden', input: 'malmo/delomraden.geojson', municipality: 'Malmö', kommunkod: '1280',
    kind: 'delomrade', attribution: 'Malmö stad (CC0)', codeKey: 'delomrade', name: titleCaseSv },
  { id: 'malmo-deso', input: 'malmo/deso-2025-stats.geojson', municipality: 'Malmö', kommunkod: '1280',
    kind: 'deso', attribution: SCB, codeKey: 'desokod', name: sameAsCode },
  { id: 'malmo-regso', input: 'malmo/regso-2025.geojson', municipality: 'Malmö', kommunkod: '1280',
    kind: 'regso', attribution: SCB, codeKey: 'regsokod', name: sameAsCode },
  { id: 'boras-deso', input: 'boras/deso-2025-stats.geojson', municipality: 'Borås', kommunkod: '1490',
    kind: 'deso', attribution: SCB, codeKey: 'desokod', name: sameAsCode },
  { id: 'boras-regso', input: 'boras/regso-2025.geojson', municipality: 'Borås', kommunkod: '1490',
    kind: 'regso', attribution: SCB, codeKey: 'regsokod', name: sameAsCode },
];

function buildReference(layer) {
  return readData(layer.input).features.map((f) => {
    const code = String(f.properties[layer.codeKey]);
    // code and name first; the source's own columns (statistics included) follow unchanged.
    const properties = { code, name: layer.name(code), ...f.properties };
    return makeFeature(`${layer.id}:${code}`, properties, f.geometry);
  });
}

function requireAll(features, what) {
  const missing = features.filter((f) => !f).length;
  if (missing > 0) throw new Error(`${what}: ${missing} feature(s) collapsed when rounded`);
  return features;
}

function main() {
  for (const dir of ['basemap', 'reference', 'glyphs']) rmSync(join(publicDir, dir), { recursive: true, force: true });

  const kommuner = requireAll(buildKommuner(), 'kommuner');
  const lan = requireAll(buildLan(), 'län');
  const counts = {
    'basemap/land.geojson': writeCollection('basemap/land.geojson', buildLand()),
    'basemap/kommuner.geojson': writeCollection('basemap/kommuner.geojson', kommuner),
    'basemap/lan.geojson': writeCollection('basemap/lan.geojson', lan),
    'basemap/boundaries.geojson': writeCollection('basemap/boundaries.geojson', requireAll(buildBoundaries(), 'boundaries')),
    'basemap/labels.geojson': writeCollection('basemap/labels.geojson', buildLabels(kommuner, lan)),
  };

  const manifest = REFERENCE_LAYERS.map((layer) => {
    const file = `${layer.id}.geojson`;
    const featureCount = writeCollection(`reference/${file}`, requireAll(buildReference(layer), layer.id));
    counts[`reference/${file}`] = featureCount;
    const { id, municipality, kommunkod, kind, attribution } = layer;
    return { id, file, municipality, kommunkod, kind, attribution, featureCount };
  });
  writeFileSync(join(publicDir, 'reference', 'index.json'), `${JSON.stringify(manifest, null, 2)}\n`);

  cpSync(join(dataDir, 'glyphs'), join(publicDir, 'glyphs'), { recursive: true });

  for (const [file, count] of Object.entries(counts)) console.log(`${file}: ${count} features`);
}

main();
