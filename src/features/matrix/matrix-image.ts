// The matrix as a picture for the meeting's minutes: quadrants, axis labels and each placed
// action as a numbered dot with its whole text listed, wrapped, beside the square.
import { QUADRANTS, quadrantOf } from '../../domain/matrix';
import type { WorkshopNote } from '../../domain/model';
import { wrap } from '../export-image/compose';

export interface MatrixImageLabels {
  title: string;
  effortAxis: string;
  impactAxis: string;
  quadrant(q: (typeof QUADRANTS)[number]): string;
}

const INK = '#1f2933';
const SIDE = 720;
const PAD = 60;
const LIST = 520;
const LIST_FONT = '18px sans-serif';
const LINE = 24;

export function drawMatrix(notes: WorkshopNote[], labels: MatrixImageLabels): HTMLCanvasElement {
  const placed = notes.filter((n) => n.category === 'action' && n.matrix);
  const canvas = document.createElement('canvas');
  const ctx = canvas.getContext('2d')!;
  ctx.font = LIST_FONT;
  const listed = placed.map((note, i) => wrap(ctx, `${i + 1}. ${note.text} (${labels.quadrant(quadrantOf(note.matrix!))})`, LIST - 50));
  const listHeight = listed.reduce((h, lines) => h + lines.length * LINE + 8, 0);
  canvas.width = PAD * 2 + SIDE + LIST;
  canvas.height = PAD * 2 + Math.max(SIDE + 40, listHeight);
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, canvas.width, canvas.height);
  ctx.fillStyle = INK;
  ctx.font = 'bold 28px sans-serif';
  ctx.fillText(labels.title, PAD, 40);

  const x0 = PAD;
  const y0 = PAD + 20;
  ctx.strokeStyle = INK;
  ctx.lineWidth = 3;
  ctx.strokeRect(x0, y0, SIDE, SIDE);
  ctx.beginPath();
  ctx.moveTo(x0 + SIDE / 2, y0);
  ctx.lineTo(x0 + SIDE / 2, y0 + SIDE);
  ctx.moveTo(x0, y0 + SIDE / 2);
  ctx.lineTo(x0 + SIDE, y0 + SIDE / 2);
  ctx.stroke();

  ctx.font = '18px sans-serif';
  ctx.fillStyle = '#4a5560';
  const corners: Record<string, [number, number, CanvasTextAlign]> = {
    'easy-large': [x0 + 8, y0 + 24, 'left'], 'hard-large': [x0 + SIDE - 8, y0 + 24, 'right'],
    'easy-small': [x0 + 8, y0 + SIDE - 10, 'left'], 'hard-small': [x0 + SIDE - 8, y0 + SIDE - 10, 'right'],
  };
  for (const q of QUADRANTS) {
    const [x, y, align] = corners[q]!;
    ctx.textAlign = align;
    ctx.fillText(labels.quadrant(q), x, y);
  }
  ctx.textAlign = 'center';
  ctx.fillStyle = INK;
  ctx.fillText(labels.effortAxis, x0 + SIDE / 2, y0 + SIDE + 30);
  ctx.save();
  ctx.translate(x0 - 16, y0 + SIDE / 2);
  ctx.rotate(-Math.PI / 2);
  ctx.fillText(labels.impactAxis, 0, 0);
  ctx.restore();

  placed.forEach((note, i) => {
    const x = x0 + note.matrix!.effort * SIDE;
    const y = y0 + (1 - note.matrix!.impact) * SIDE;
    ctx.fillStyle = '#2b8a3e';
    ctx.beginPath();
    ctx.arc(x, y, 16, 0, Math.PI * 2);
    ctx.fill();
    ctx.lineWidth = 2;
    ctx.stroke();
    ctx.fillStyle = '#ffffff';
    ctx.font = 'bold 16px sans-serif';
    ctx.fillText(String(i + 1), x, y + 6);
  });

  ctx.textAlign = 'left';
  ctx.fillStyle = INK;
  ctx.font = LIST_FONT;
  let top = y0 + 24;
  for (const lines of listed) {
    for (const line of lines) {
      ctx.fillText(line, x0 + SIDE + 40, top);
      top += LINE;
    }
    top += 8;
  }
  return canvas;
}
