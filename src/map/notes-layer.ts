// Workshop notes on the map: a pin per note (a symbol per category: shape first, colour second, a
// number for the four obstacles) and, from street scale, a card with the note's category and text
// beside it. Cards of notes on the same spot are spread so each can be read (note-spread.ts),
// again after every zoom. The same pin shapes draw the panel's and the legend's icons.
import { Popup, type GeoJSONSource, type MapMouseEvent, type Map as MaplibreMap, type PointLike } from 'maplibre-gl';
import type { FeatureCollection, Point } from 'geojson';
import type { Id, NoteCategory, PlatsenDocument } from '../domain/model';
import { NOTE_CATEGORIES } from '../domain/model';
import { translate } from '../i18n/translate';
import '../i18n/strings/workshop';
import type { Lang } from '../store/session';
import type { PlatsenStore } from '../store/store';
import { BASEMAP_FONT } from './basemap/offline-style';
import { overlaysOn } from './clear-view';
import { CASING_COLOUR } from './encoding';
import { CARD_HEADING_SCALE, CARD_INK, CARD_TEXT_SIZE, cardImageId, cardLines, cardSize, drawCard, imageCanvas } from './note-cards';
import { spreadCards } from './note-spread';
import { CLUSTER_MAX_ZOOM } from './point-layers';

export const NOTES_SOURCE = 'platsen-notes';
export const NOTES_LAYER = 'platsen-notes';
export const NOTE_CARDS_LAYER = 'platsen-note-cards';
const LEADERS = 'platsen-note-leaders';
/** The layers a note is drawn with (scenes show or hide them together). */
export const NOTE_LAYERS = [LEADERS, NOTE_CARDS_LAYER, NOTES_LAYER] as const;
/** Cards appear where investments stop being grouped: at city scale a pin is all there is room for. */
export const CARD_MINZOOM = CLUSTER_MAX_ZOOM;

/** Drawn in a 24 x 24 box; 24 px on screen, above the projector theme's 18 px minimum. */
export const NOTE_SYMBOL_SIZE = 24;
const STAR = 'M12 2l2.9 6.5 7.1.7-5.4 4.7 1.6 7-6.2-3.7-6.2 3.7 1.6-7L2 9.2l7.1-.7z';
const TRIANGLE = 'M12 2.5l10 18H2z';
const DIAMOND = 'M12 2l10 10-10 10L2 12z';
const SQUARE = 'M4 4h16v16H4z';
const ARROW = 'M7 12h8M12 8l4 4-4 4';

export interface NoteSymbol { path: string; fill: string; mark?: string; digit?: string; ink: string }

export const NOTE_SYMBOLS: Record<NoteCategory, NoteSymbol> = {
  proud: { path: STAR, fill: '#f6c000', ink: CASING_COLOUR },
  'obstacle-organisational': { path: TRIANGLE, fill: '#f08c8c', digit: '1', ink: CASING_COLOUR },
  'obstacle-economic': { path: TRIANGLE, fill: '#f08c8c', digit: '2', ink: CASING_COLOUR },
  'obstacle-cultural': { path: TRIANGLE, fill: '#f08c8c', digit: '3', ink: CASING_COLOUR },
  'obstacle-courage': { path: TRIANGLE, fill: '#f08c8c', digit: '4', ink: CASING_COLOUR },
  hope: { path: DIAMOND, fill: '#9ad0f5', ink: CASING_COLOUR },
  action: { path: SQUARE, fill: '#2b8a3e', mark: ARROW, ink: '#ffffff' },
};

const imageId = (category: NoteCategory) => `platsen-note:${category}`;
const PIXEL_RATIO = 2;
const GAP = 6;
/** A card whose centre is further above its pin than this (px) is joined to it by a line. */
const LEADER_FROM = 120;

function drawSymbol(category: NoteCategory): ImageData {
  const s = NOTE_SYMBOLS[category];
  const size = NOTE_SYMBOL_SIZE * PIXEL_RATIO;
  const ctx = imageCanvas(NOTE_SYMBOL_SIZE, PIXEL_RATIO);
  const shape = new Path2D(s.path);
  ctx.lineJoin = 'round';
  ctx.fillStyle = s.fill;
  ctx.fill(shape);
  ctx.strokeStyle = CASING_COLOUR;
  ctx.lineWidth = 2;
  ctx.stroke(shape);
  if (s.mark) {
    ctx.strokeStyle = s.ink;
    ctx.lineWidth = 2.5;
    ctx.lineCap = 'round';
    ctx.stroke(new Path2D(s.mark));
  }
  if (s.digit) {
    ctx.fillStyle = s.ink;
    ctx.font = 'bold 11px sans-serif';
    ctx.textAlign = 'center';
    ctx.textBaseline = 'middle';
    ctx.fillText(s.digit, 12, 15);
  }
  return ctx.getImageData(0, 0, size, size);
}

type Offsets = ReadonlyMap<Id, { dx: number; dy: number }>;

/** The notes as features; `offsets` (px, from spreadCards) place each card beside its pin. */
export function notesCollection(doc: PlatsenDocument, lang: Lang, textSize: number, offsets: Offsets = new Map()): FeatureCollection<Point> {
  return {
    type: 'FeatureCollection',
    features: Object.values(doc.notes).filter((n) => n.position).map((n) => {
      const o = offsets.get(n.id) ?? { dx: 0, dy: 0 };
      return {
        type: 'Feature', id: n.id, geometry: { type: 'Point', coordinates: n.position! },
        properties: {
          id: n.id, category: n.category, icon: imageId(n.category), card: cardImageId(n.category),
          heading: translate(lang, `notes.category.${n.category}`), body: cardLines(n.text).join('\n'),
          offset: [o.dx / textSize, o.dy / textSize],
        },
      };
    }),
  };
}

/** A line from each pin to its card where the card had to move away from its pin to be read. */
function leaders(map: MaplibreMap, doc: PlatsenDocument, offsets: Offsets): FeatureCollection {
  const features = Object.values(doc.notes).flatMap((n) => {
    const o = offsets.get(n.id);
    if (!n.position || !o || (o.dx === 0 && o.dy < 0 && o.dy > -LEADER_FROM)) return [];
    const pin = map.project(n.position);
    const card = map.unproject([pin.x + o.dx, pin.y + o.dy]);
    return [{ type: 'Feature' as const, properties: {}, geometry: { type: 'LineString' as const, coordinates: [n.position, [card.lng, card.lat]] } }];
  });
  return { type: 'FeatureCollection', features };
}

/** The categories of the notes drawn in the map's view now (none while the notes layers are hidden). */
export function notesInView(map: MaplibreMap, doc: PlatsenDocument): NoteCategory[] {
  if (!map.getLayer(NOTES_LAYER) || map.getLayoutProperty(NOTES_LAYER, 'visibility') === 'none') return [];
  const bounds = map.getBounds();
  const drawn = new Set(Object.values(doc.notes).filter((n) => n.position && bounds.contains(n.position)).map((n) => n.category));
  return NOTE_CATEGORIES.filter((c) => drawn.has(c));
}

/** The note under a point on the map (its pin or its card), if any. */
export function noteAt(map: MaplibreMap, point: PointLike): Id | undefined {
  const layers = [NOTE_CARDS_LAYER, NOTES_LAYER].filter((id) => map.getLayer(id));
  if (layers.length === 0) return undefined;
  const hit = map.queryRenderedFeatures(point, { layers })[0];
  return hit ? String(hit.properties.id) : undefined;
}

/** Adds the notes layers after every style load and keeps them in step with the store and the zoom. */
export function installNotesLayer(map: MaplibreMap, store: PlatsenStore): () => void {
  const popup = new Popup({ closeButton: false, closeOnClick: false, offset: 16, className: 'platsen-popup', maxWidth: '300px' });
  let sent: { notes: PlatsenDocument['notes']; lang: Lang; size: number; zoom: number; bearing: number; lng: number; lat: number; width: number; height: number } | null = null;
  const textSize = () => CARD_TEXT_SIZE[store.getState().session.mode === 'present' ? 'projector' : 'light'];

  const offsets = (size: number): Offsets => {
    if (map.getZoom() < CARD_MINZOOM) return new Map();
    const { doc, session } = store.getState();
    const { bounds, overlays } = overlaysOn(map);
    return spreadCards(Object.values(doc.notes).filter((n) => n.position).sort((a, b) => a.createdAt.localeCompare(b.createdAt)).map((n) => {
      const { x, y } = map.project(n.position!);
      return { id: n.id, x, y, ...cardSize(translate(session.lang, `notes.category.${n.category}`), cardLines(n.text), size) };
    }), { pin: NOTE_SYMBOL_SIZE, gap: GAP, bounds, avoid: overlays });
  };

  const send = () => {
    const { doc, session } = store.getState();
    const source = map.getSource<GeoJSONSource>(NOTES_SOURCE);
    const size = textSize();
    const { lng, lat } = map.getCenter();
    const { clientWidth: width, clientHeight: height } = map.getCanvas();
    // Cards stay on the map and clear of the boxes over it, so a pan lays them out again too.
    const next = { notes: doc.notes, lang: session.lang, size, zoom: map.getZoom(), bearing: map.getBearing(), lng, lat, width, height };
    if (!source || (sent && (Object.keys(next) as Array<keyof typeof next>).every((k) => next[k] === sent![k]))) return;
    if (sent?.size !== size && map.getLayer(NOTE_CARDS_LAYER)) map.setLayoutProperty(NOTE_CARDS_LAYER, 'text-size', size);
    sent = next;
    const spread = offsets(size);
    source.setData(notesCollection(doc, session.lang, size, spread));
    map.getSource<GeoJSONSource>(LEADERS)?.setData(leaders(map, doc, spread));
  };

  const install = () => {
    for (const category of NOTE_CATEGORIES) {
      if (!map.hasImage(imageId(category))) map.addImage(imageId(category), drawSymbol(category), { pixelRatio: PIXEL_RATIO });
      if (!map.hasImage(cardImageId(category))) {
        const card = drawCard(category, PIXEL_RATIO);
        map.addImage(cardImageId(category), card.data, card.options);
      }
    }
    for (const id of [NOTES_SOURCE, LEADERS]) if (!map.getSource(id)) map.addSource(id, { type: 'geojson', data: { type: 'FeatureCollection', features: [] } });
    if (!map.getLayer(LEADERS)) {
      map.addLayer({
        id: LEADERS, type: 'line', source: LEADERS, minzoom: CARD_MINZOOM,
        paint: { 'line-color': CARD_INK, 'line-width': 2, 'line-dasharray': [2, 1] },
      });
    }
    if (!map.getLayer(NOTE_CARDS_LAYER)) {
      map.addLayer({
        id: NOTE_CARDS_LAYER, type: 'symbol', source: NOTES_SOURCE, minzoom: CARD_MINZOOM,
        layout: {
          'icon-image': ['get', 'card'], 'icon-text-fit': 'both', 'icon-allow-overlap': true, 'text-allow-overlap': true,
          'text-field': ['format', ['get', 'heading'], { 'font-scale': CARD_HEADING_SCALE, 'text-font': ['literal', ['Noto Sans Medium']] }, '\n', {}, ['get', 'body'], {}],
          'text-font': BASEMAP_FONT, 'text-size': textSize(), 'text-max-width': 100, 'text-justify': 'left',
          'text-offset': ['get', 'offset'], 'text-anchor': 'center',
        },
        paint: { 'text-color': CARD_INK },
      });
    }
    if (!map.getLayer(NOTES_LAYER)) {
      map.addLayer({
        id: NOTES_LAYER, type: 'symbol', source: NOTES_SOURCE,
        // Smaller at city scale, where a pin sits on a neighbourhood a few dozen pixels across.
        layout: {
          'icon-image': ['get', 'icon'], 'icon-allow-overlap': true, 'icon-ignore-placement': true,
          'icon-size': ['interpolate', ['linear'], ['zoom'], 10, 0.6, CARD_MINZOOM, 1],
        },
      });
    }
    sent = null;
    send();
  };

  const onMove = (e: MapMouseEvent) => {
    const id = store.getState().session.mode === 'present' ? undefined : noteAt(map, e.point);
    const note = id ? store.getState().doc.notes[id] : undefined;
    if (!note) {
      popup.remove();
      return;
    }
    const lang = store.getState().session.lang;
    const el = document.createElement('div');
    el.className = 'platsen-tooltip';
    const title = document.createElement('strong');
    title.textContent = translate(lang, `notes.category.${note.category}`);
    const text = document.createElement('div');
    text.textContent = note.text;
    el.append(title, text);
    popup.setDOMContent(el).setLngLat(e.lngLat).addTo(map);
  };
  const onLeave = () => popup.remove();

  map.on('style.load', install);
  if (map.isStyleLoaded()) install();
  const unsubscribe = store.subscribe(send);
  // Cards keep their place in pixels beside their pins; a settled move lays them out again.
  map.on('moveend', send);
  map.on('resize', send);
  map.on('mousemove', onMove);
  map.on('mouseout', onLeave);
  return () => {
    unsubscribe();
    map.off('style.load', install);
    map.off('moveend', send);
    map.off('resize', send);
    map.off('mousemove', onMove);
    map.off('mouseout', onLeave);
    popup.remove();
  };
}
