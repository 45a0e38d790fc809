// A street basemap from one PMTiles file on the deployment's own site (or a server it names), in
// the Protomaps basemap schema, drawn with the Protomaps style layers. Loaded on demand (dynamic
// import) so a deployment without it does not ship the reader to residents.
//
// Nothing may come from a third party: glyphs are the bundled Noto Sans (Regular and Medium; the
// style's italic labels use Regular), and the layers that need the Protomaps sprite (points of
// interest, road shields, one-way arrows) are left out rather than fetched. The town dots of
// place labels lose their icon but keep their names.
import { layers, namedFlavor, type Flavor } from '@protomaps/basemaps';
import { addProtocol, type LayerSpecification, type StyleSpecification } from 'maplibre-gl';
import { Protocol } from 'pmtiles';
import type { Lang } from '../../store/session';
import { BUNDLED_FONTS, glyphsUrl, type BasemapTheme } from './offline-style';

export const STREETS_SOURCE = 'protomaps';
/** The layers that draw street names (tests and the README point at them). */
export const STREET_LABEL_LAYERS = ['roads_labels_minor', 'roads_labels_major'] as const;

const NEEDS_SPRITE = new Set(['pois', 'roads_shields', 'roads_oneway']);
const [REGULAR, MEDIUM] = BUNDLED_FONTS;

let protocolAdded = false;

function flavorOf(theme: BasemapTheme): Flavor {
  // The projector's light grey land and white streets give the app's colours more contrast.
  const base = namedFlavor(theme === 'projector' ? 'white' : 'light');
  return {
    ...base, regular: REGULAR, bold: MEDIUM, italic: REGULAR,
    // Street names are what residents look for: darker than Protomaps' grey (4.5:1 on the land).
    roads_label_minor: '#4d4d4d', roads_label_major: '#4d4d4d',
    // Calmer water and a background close to the land, so the edge of a municipality's extract
    // is quiet and the app's blue-green phase colours stand out.
    water: '#b9d7ea', background: base.earth,
  };
}

/** Any font stack the bundle does not have (the style names a Devanagari one) becomes Regular. */
function bundledFontsOnly(value: unknown): unknown {
  if (typeof value === 'string') return value.startsWith('Noto Sans ') && !(BUNDLED_FONTS as readonly string[]).includes(value) ? REGULAR : value;
  if (Array.isArray(value)) return value.map(bundledFontsOnly);
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, bundledFontsOnly(v)]));
  }
  return value;
}

/** Residents look for their own street: small streets are named from zoom 14 (Protomaps: 15), where
 *  the map shows the half kilometre around a searched address on a laptop. */
const STREET_NAMES_FROM = 14;

function streetNamesEarlier(layer: LayerSpecification): LayerSpecification {
  return layer.id === 'roads_labels_minor' ? { ...layer, minzoom: STREET_NAMES_FROM } : layer;
}

function withoutIcons(layer: LayerSpecification): LayerSpecification {
  if (layer.type !== 'symbol' || !layer.layout || !('icon-image' in layer.layout)) return layer;
  const { 'icon-image': _icon, ...layout } = layer.layout;
  return { ...layer, layout };
}

export interface PmtilesStyleOptions {
  /** Absolute URL of the .pmtiles file. */
  url: string;
  baseUrl: string;
  attribution: string;
  lang: Lang;
  theme: BasemapTheme;
}

export function pmtilesStyle(opts: PmtilesStyleOptions): StyleSpecification {
  if (!protocolAdded) {
    addProtocol('pmtiles', new Protocol().tile);
    protocolAdded = true;
  }
  const styleLayers = layers(STREETS_SOURCE, flavorOf(opts.theme), { lang: opts.lang })
    .filter((layer) => !NEEDS_SPRITE.has(layer.id))
    .map(withoutIcons)
    .map(streetNamesEarlier)
    .map((layer) => bundledFontsOnly(layer) as LayerSpecification);
  return {
    version: 8,
    name: `Platsen streets (${opts.theme})`,
    glyphs: glyphsUrl(opts.baseUrl),
    sources: {
      [STREETS_SOURCE]: { type: 'vector', url: `pmtiles://${opts.url}`, attribution: opts.attribution },
    },
    layers: styleLayers,
  };
}
