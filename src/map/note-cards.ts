// A workshop note drawn as a card: its category in words on top, its text below, on a background
// in the category's colour. The card is a stretchable image behind the text (icon-text-fit), so it
// is drawn by MapLibre in the map's canvas and never covers the map as a DOM box would.
import type { NoteCategory } from '../domain/model';
import { CASING_COLOUR } from './encoding';

/** Characters per line and lines of text on a card; the callout shows the whole note. */
export const CARD_LINE_CHARS = 26;
export const CARD_LINES = 3;
/** Text size on a card, px: the projector's is read from the back of a room (>= 20 px at 1280 x 720). */
export const CARD_TEXT_SIZE = { light: 13, projector: 20 } as const;
/** The category line is this much smaller than the text. */
export const CARD_HEADING_SCALE = 0.8;
/** Inner padding of a card, px. */
const PAD = 6;
const STRIPE = 6;
// Noto Sans: an average Swedish letter is about 0.55 em wide; lines are 1.2 em (MapLibre's default).
const EM_PER_CHAR = 0.56;
const LINE_HEIGHT = 1.2;

/**
 * The note's text in lines of at most `chars` characters, broken between words (a word longer than
 * a line is cut), at most `lines` lines; an ellipsis ends a text that did not fit.
 */
export function cardLines(text: string, chars = CARD_LINE_CHARS, lines = CARD_LINES): string[] {
  const words = text.trim().split(/\s+/).flatMap((w) => w.match(new RegExp(`.{1,${chars}}`, 'gu')) ?? []);
  const out: string[] = [];
  let line = '';
  for (const word of words) {
    const next = line ? `${line} ${word}` : word;
    if (next.length <= chars) line = next;
    else {
      out.push(line);
      line = word;
    }
  }
  if (line) out.push(line);
  if (out.length <= lines) return out;
  const kept = out.slice(0, lines);
  const last = kept[lines - 1]!;
  kept[lines - 1] = `${last.length >= chars ? last.slice(0, chars - 1) : last}…`;
  return kept;
}

/** The card's size on screen, px, for laying cards out before MapLibre draws them. */
export function cardSize(heading: string, lines: readonly string[], textSize: number): { width: number; height: number } {
  const widest = Math.max(heading.length * CARD_HEADING_SCALE, ...lines.map((l) => l.length));
  return {
    width: Math.ceil(widest * EM_PER_CHAR * textSize + 2 * PAD + STRIPE),
    height: Math.ceil((CARD_HEADING_SCALE + lines.length) * LINE_HEIGHT * textSize + 2 * PAD),
  };
}

/** A light background and a strong stripe per category; dark ink reads on every background. */
const CARD_COLOURS: Record<NoteCategory, { background: string; stripe: string }> = {
  proud: { background: '#fff6d1', stripe: '#c99a00' },
  'obstacle-organisational': { background: '#fde2e2', stripe: '#c92a2a' },
  'obstacle-economic': { background: '#fde2e2', stripe: '#c92a2a' },
  'obstacle-cultural': { background: '#fde2e2', stripe: '#c92a2a' },
  'obstacle-courage': { background: '#fde2e2', stripe: '#c92a2a' },
  hope: { background: '#e1f0fc', stripe: '#1c7ed6' },
  action: { background: '#e3f5e6', stripe: '#2b8a3e' },
};
export const CARD_INK = CASING_COLOUR;

export const cardImageId = (category: NoteCategory) => `platsen-note-card:${category}`;

const SIZE = 32;
const RADIUS = 5;

/** A square canvas `size` CSS px wide at `pixelRatio`, its context drawing in CSS px: for map images. */
export function imageCanvas(size: number, pixelRatio: number): CanvasRenderingContext2D {
  const canvas = document.createElement('canvas');
  canvas.width = size * pixelRatio;
  canvas.height = size * pixelRatio;
  const ctx = canvas.getContext('2d')!;
  ctx.scale(pixelRatio, pixelRatio);
  return ctx;
}

/** The stretchable card background of one category, with where it stretches and where text goes. */
export function drawCard(category: NoteCategory, pixelRatio: number) {
  const { background, stripe } = CARD_COLOURS[category];
  const px = SIZE * pixelRatio;
  const ctx = imageCanvas(SIZE, pixelRatio);
  ctx.beginPath();
  ctx.roundRect(1, 1, SIZE - 2, SIZE - 2, RADIUS);
  ctx.fillStyle = background;
  ctx.fill();
  ctx.lineWidth = 2;
  ctx.strokeStyle = stripe;
  ctx.stroke();
  ctx.fillStyle = stripe;
  ctx.beginPath();
  ctx.roundRect(1, 1, STRIPE, SIZE - 2, [RADIUS, 0, 0, RADIUS]);
  ctx.fill();
  const r = (v: number) => v * pixelRatio;
  return {
    data: ctx.getImageData(0, 0, px, px),
    options: {
      pixelRatio,
      // Corners and the stripe keep their size; the middle stretches to the text.
      stretchX: [[r(STRIPE + RADIUS), r(SIZE - RADIUS)]] as [number, number][],
      stretchY: [[r(RADIUS), r(SIZE - RADIUS)]] as [number, number][],
      content: [r(STRIPE + PAD), r(PAD), r(SIZE - PAD), r(SIZE - PAD)] as [number, number, number, number],
    },
  };
}
