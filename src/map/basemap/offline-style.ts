import type { ExpressionSpecification, LayerSpecification, StyleSpecification } from 'maplibre-gl';

export type BasemapTheme = 'light' | 'projector';

export interface OfflineStyleOptions {
  /** Absolute base of the app (e.g. `new URL('./', location.href).href`): the worker cannot resolve relative URLs. */
  baseUrl: string;
  theme: BasemapTheme;
}

/** The font stacks bundled in public/glyphs: nothing else can be drawn without the network. */
export const BUNDLED_FONTS = ['Noto Sans Regular', 'Noto Sans Medium'] as const;
/** The font stack of the offline basemap; app layers with labels use it too. */
export const BASEMAP_FONT = [BUNDLED_FONTS[0]];

const withSlash = (baseUrl: string) => (baseUrl.endsWith('/') ? baseUrl : `${baseUrl}/`);

/** The bundled glyphs, for any style the app builds. */
export const glyphsUrl = (baseUrl: string) => `${withSlash(baseUrl)}glyphs/{fontstack}/{range}.pbf`;

/** Marks the bundled style, the one a failing basemap falls back to. */
export const BUNDLED_MARK = 'platsen:bundled';

interface Palette {
  sea: string;
  land: string;
  countryBorder: string;
  lanLine: string;
  kommunLine: string;
  text: string;
  halo: string;
  /** Line widths and text sizes at the low and high end of each zoom ramp. */
  lanWidth: [number, number];
  kommunWidth: [number, number];
  kommunText: [number, number];
  lanText: [number, number];
}

// Light: quiet greys so the app's coloured areas and investments carry the map.
// Projector: the same layout with stronger contrast and heavier lines (ux.md: lines >= 3 px).
const PALETTES: Record<BasemapTheme, Palette> = {
  light: {
    sea: '#dbe6ee',
    land: '#f7f6f2',
    countryBorder: '#a9a9a9',
    lanLine: '#9a9fa6',
    kommunLine: '#c9ccd1',
    text: '#5a6068',
    halo: '#f7f6f2',
    lanWidth: [0.8, 2],
    kommunWidth: [0.4, 1.2],
    kommunText: [11, 15],
    lanText: [11, 14],
  },
  projector: {
    sea: '#9fbfd8',
    land: '#ffffff',
    countryBorder: '#404040',
    lanLine: '#1a1a1a',
    kommunLine: '#595959',
    text: '#000000',
    halo: '#ffffff',
    lanWidth: [2, 4],
    kommunWidth: [1, 3],
    kommunText: [16, 22],
    lanText: [16, 20],
  },
};

const ATTRIBUTION = {
  naturalEarth: 'Natural Earth',
  elections: 'Valmyndigheten via okfse/sweden-geojson',
};

const ramp = (low: number, high: number, [from, to]: [number, number]): ExpressionSpecification =>
  ['interpolate', ['linear'], ['zoom'], low, from, high, to];

// The municipal borders are generalised to a few hundred metres: at city zooms they step back so
// the app's detailed areas, not a misleading coarse line, carry the boundary.
const cityFade = ramp(10, 13, [1, 0.3]);

function layers(p: Palette): LayerSpecification[] {
  return [
    { id: 'basemap-background', type: 'background', paint: { 'background-color': p.sea } },
    {
      id: 'basemap-land', type: 'fill', source: 'basemap-land',
      filter: ['in', ['get', 'kind'], ['literal', ['country', 'land']]],
      paint: { 'fill-color': p.land },
    },
    {
      id: 'basemap-kommun-line', type: 'line', source: 'basemap-boundaries', minzoom: 5,
      filter: ['==', ['get', 'kind'], 'kommun'],
      layout: { 'line-join': 'round' },
      paint: { 'line-color': p.kommunLine, 'line-width': ramp(5, 12, p.kommunWidth), 'line-opacity': cityFade },
    },
    {
      id: 'basemap-country-border', type: 'line', source: 'basemap-land',
      filter: ['==', ['get', 'kind'], 'border'],
      paint: { 'line-color': p.countryBorder, 'line-width': ramp(3, 10, p.lanWidth), 'line-dasharray': [3, 2] },
    },
    {
      id: 'basemap-lan-line', type: 'line', source: 'basemap-boundaries',
      filter: ['==', ['get', 'kind'], 'lan'],
      layout: { 'line-join': 'round' },
      paint: { 'line-color': p.lanLine, 'line-width': ramp(4, 12, p.lanWidth), 'line-opacity': cityFade },
    },
    label('basemap-lan-label', 'lan', 4, 7, ramp(4, 7, p.lanText), p),
    label('basemap-kommun-label', 'kommun', 7, 13, ramp(7, 12, p.kommunText), p),
  ];
}

function label(
  id: string, kind: 'lan' | 'kommun', minzoom: number, maxzoom: number,
  size: ExpressionSpecification, p: Palette,
): LayerSpecification {
  return {
    id, type: 'symbol', source: 'basemap-labels', minzoom, maxzoom,
    filter: ['==', ['get', 'kind'], kind],
    layout: {
      'text-field': ['get', 'name'],
      'text-font': BASEMAP_FONT,
      'text-size': size,
      'text-max-width': 8,
      'text-padding': 4,
    },
    paint: { 'text-color': p.text, 'text-halo-color': p.halo, 'text-halo-width': 1.5 },
  };
}

/** A calm thematic basemap served entirely from the app's own origin: no network beyond `baseUrl`. */
export function offlineStyle(opts: OfflineStyleOptions): StyleSpecification {
  const base = withSlash(opts.baseUrl);
  const geojson = (file: string, attribution: string) =>
    ({ type: 'geojson', data: `${base}basemap/${file}`, attribution }) as const;
  return {
    version: 8,
    name: `Platsen offline (${opts.theme})`,
    metadata: { [BUNDLED_MARK]: true },
    glyphs: glyphsUrl(base),
    sources: {
      'basemap-land': geojson('land.geojson', ATTRIBUTION.naturalEarth),
      'basemap-boundaries': geojson('boundaries.geojson', ATTRIBUTION.elections),
      'basemap-labels': geojson('labels.geojson', ATTRIBUTION.elections),
    },
    layers: layers(PALETTES[opts.theme]),
  };
}
