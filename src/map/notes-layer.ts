// Workshop notes on the map: their own source and symbol layer on top of the app's layers, a
// symbol per category (shape first, colour second, a number for the four obstacles) and a hover
// tooltip that says the category in words. The same shapes draw the panel's list icons.
import { Popup, type GeoJSONSource, type MapMouseEvent, type Map as MaplibreMap } from 'maplibre-gl';
import type { FeatureCollection, Point } from 'geojson';
import type { NoteCategory, PlatsenDocument } from '../domain/model';
import { NOTE_CATEGORIES } from '../domain/model';
import { translate } from '../i18n/translate';
import '../i18n/strings/workshop';
import type { PlatsenStore } from '../store/store';
import { CASING_COLOUR } from './encoding';

export const NOTES_SOURCE = 'platsen-notes';
export const NOTES_LAYER = 'platsen-notes';

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

function drawSymbol(category: NoteCategory): ImageData {
  const s = NOTE_SYMBOLS[category];
  const size = NOTE_SYMBOL_SIZE * PIXEL_RATIO;
  const canvas = document.createElement('canvas');
  canvas.width = size;
  canvas.height = size;
  const ctx = canvas.getContext('2d')!;
  ctx.scale(PIXEL_RATIO, PIXEL_RATIO);
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

export function notesCollection(doc: PlatsenDocument): FeatureCollection<Point> {
  return {
    type: 'FeatureCollection',
    features: Object.values(doc.notes).filter((n) => n.position).map((n) => ({
      type: 'Feature', id: n.id, geometry: { type: 'Point', coordinates: n.position! },
      properties: { id: n.id, category: n.category, text: n.text, icon: imageId(n.category) },
    })),
  };
}

/** Adds the notes layer after every style load and keeps it in step with the store. */
export function installNotesLayer(map: MaplibreMap, store: PlatsenStore): () => void {
  const popup = new Popup({ closeButton: false, closeOnClick: false, offset: 16, className: 'platsen-popup', maxWidth: '300px' });
  let sentFor: PlatsenDocument['notes'] | null = null;

  const send = () => {
    const notes = store.getState().doc.notes;
    const source = map.getSource<GeoJSONSource>(NOTES_SOURCE);
    if (!source || notes === sentFor) return;
    sentFor = notes;
    source.setData(notesCollection(store.getState().doc));
  };

  const install = () => {
    for (const category of NOTE_CATEGORIES) if (!map.hasImage(imageId(category))) map.addImage(imageId(category), drawSymbol(category), { pixelRatio: PIXEL_RATIO });
    if (!map.getSource(NOTES_SOURCE)) map.addSource(NOTES_SOURCE, { type: 'geojson', data: { type: 'FeatureCollection', features: [] } });
    if (!map.getLayer(NOTES_LAYER)) {
      map.addLayer({
        id: NOTES_LAYER, type: 'symbol', source: NOTES_SOURCE,
        layout: { 'icon-image': ['get', 'icon'], 'icon-allow-overlap': true, 'icon-ignore-placement': true },
      });
    }
    sentFor = null;
    send();
  };

  const onMove = (e: MapMouseEvent) => {
    const feature = map.getLayer(NOTES_LAYER) ? map.queryRenderedFeatures(e.point, { layers: [NOTES_LAYER] })[0] : undefined;
    if (!feature) {
      popup.remove();
      return;
    }
    const lang = store.getState().session.lang;
    const el = document.createElement('div');
    el.className = 'platsen-tooltip';
    const title = document.createElement('strong');
    title.textContent = translate(lang, `notes.category.${String(feature.properties.category)}`);
    const text = document.createElement('div');
    text.textContent = String(feature.properties.text ?? '');
    el.append(title, text);
    popup.setDOMContent(el).setLngLat(e.lngLat).addTo(map);
  };
  const onLeave = () => popup.remove();

  map.on('style.load', install);
  if (map.isStyleLoaded()) install();
  const unsubscribe = store.subscribe(send);
  map.on('mousemove', onMove);
  map.on('mouseout', onLeave);
  return () => {
    unsubscribe();
    map.off('style.load', install);
    map.off('mousemove', onMove);
    map.off('mouseout', onLeave);
    popup.remove();
  };
}
