// The effort/impact matrix of the workshop method's last step (Handling): each action sits at
// effort 0 (easy) .. 1 (hard) and impact 0 (small) .. 1 (large). The room reads it as four
// quadrants; the export is a CSV a spreadsheet opens safely.
import type { NoteCategory, WorkshopNote } from './model';

export type MatrixPlace = NonNullable<WorkshopNote['matrix']>;
export const QUADRANTS = ['easy-large', 'hard-large', 'easy-small', 'hard-small'] as const;
export type Quadrant = (typeof QUADRANTS)[number];

/** The middle line counts as "hard" and "large": a note dropped exactly there asks to be taken seriously. */
export function quadrantOf({ effort, impact }: MatrixPlace): Quadrant {
  const ease = effort < 0.5 ? 'easy' : 'hard';
  const size = impact >= 0.5 ? 'large' : 'small';
  return `${ease}-${size}` as const;
}

export const clampUnit = (v: number): number => Math.min(1, Math.max(0, Number.isFinite(v) ? v : 0));

/** Where a newly placed action starts: the middle, so every arrow key moves it somewhere. */
export const MATRIX_START: MatrixPlace = { effort: 0.5, impact: 0.5 };
const STEP = 0.05;
const BIG_STEP = 0.25;

/**
 * The place after an arrow key: right = more effort, up = more impact (as drawn). Returns null for
 * other keys. Rounded to hundredths so repeated steps do not drift (0.1 + 0.2 ...).
 */
export function nudge(place: MatrixPlace, key: string, big = false): MatrixPlace | null {
  const d = big ? BIG_STEP : STEP;
  const moves: Record<string, [number, number]> = { ArrowRight: [d, 0], ArrowLeft: [-d, 0], ArrowUp: [0, d], ArrowDown: [0, -d] };
  const move = moves[key];
  if (!move) return null;
  const round = (v: number) => Math.round(clampUnit(v) * 100) / 100;
  return { effort: round(place.effort + move[0]), impact: round(place.impact + move[1]) };
}

/** A pointer position within the drawn matrix (x right, y down, in its box) as a place. */
export function placeAt(x: number, y: number, width: number, height: number): MatrixPlace {
  const round = (v: number) => Math.round(clampUnit(v) * 100) / 100;
  return { effort: round(x / width), impact: round(1 - y / height) };
}

// Spreadsheets run a cell that starts with one of these as a formula (OWASP "CSV injection");
// tab and carriage return are in the list because some programs strip them before parsing.
const FORMULA_START = /^[=+\-@\t\r]/;

/** One CSV cell: formula starts defused with a leading apostrophe, then RFC 4180 quoting. */
export function csvCell(value: string): string {
  const safe = FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function csvLine(cells: string[]): string {
  return cells.map(csvCell).join(',');
}

export interface MatrixCsvLabels {
  header: [string, string, string, string, string];
  category(c: NoteCategory): string;
  quadrant(q: Quadrant): string;
}

/**
 * The actions as CSV (category, text, effort, impact, quadrant), with a byte order mark so
 * spreadsheet programs read å, ä and ö as UTF-8. Unplaced actions keep empty place cells.
 */
export function matrixCsv(notes: WorkshopNote[], labels: MatrixCsvLabels): string {
  const rows = notes.filter((n) => n.category === 'action').map((n) => csvLine([
    labels.category(n.category), n.text,
    n.matrix ? n.matrix.effort.toFixed(2) : '', n.matrix ? n.matrix.impact.toFixed(2) : '',
    n.matrix ? labels.quadrant(quadrantOf(n.matrix)) : '',
  ]));
  return `\uFEFF${[csvLine(labels.header), ...rows].join('\r\n')}\r\n`;
}
