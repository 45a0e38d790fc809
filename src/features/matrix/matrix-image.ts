// The matrix as a picture for the meeting's minutes: quadrants, axis labels and each placed
// action as a numbered dot with its text listed beside the square.
import { QUADRANTS, quadrantOf } from '../../domain/matrix';
import type { WorkshopNote } from '../../domain/model';

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

export function drawMatrix(notes: WorkshopNote[], labels: MatrixImageLabels): HTMLCanvasElement {
  const placed = notes.filter((n) => n.category === 'action' && n.matrix);
  const canvas = document.createElement('canvas');
  canvas.width = PAD * 2 + SIDE + LIST;
  canvas.height = PAD * 2 + SIDE + 40;
  const ctx = canvas.getContext('2d')!;
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
  ctx.font = '18px sans-serif';
  placed.forEach((note, i) => {
    const text = `${i + 1}. ${note.text} (${labels.quadrant(quadrantOf(note.matrix!))})`;
    ctx.fillText(text.length > 48 ? `${text.slice(0, 47)}…` : text, x0 + SIDE + 40, y0 + 24 + i * 30, LIST - 50);
  });
  return canvas;
}
