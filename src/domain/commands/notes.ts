// Workshop notes: what the room says during a meeting (proud of, obstacles, hopes, actions), pinned
// on the map. Internal by default: a note reaches the public map only when someone chooses so.
import { defineCommand } from './command';
import { DomainError } from '../errors';
import type { MatrixPlace } from '../matrix';
import type { Id, NoteCategory, PlatsenDocument, WorkshopNote } from '../model';
import { NOTE_CATEGORIES } from '../model';
import { deleteInto, emptyDraft, putInto } from '../patch';

export interface NewNote {
  category: NoteCategory;
  text: string;
  position: [number, number] | null;
  areaId?: Id | null;
  public?: boolean;
}

export type NoteChanges = Partial<Pick<WorkshopNote, 'category' | 'text' | 'position' | 'areaId' | 'public'>>;

const MAX_TEXT = 1_000;

function validText(text: string): string {
  const trimmed = text.trim();
  if (!trimmed) throw new DomainError('note.error.textRequired');
  if (trimmed.length > MAX_TEXT) throw new DomainError('note.error.textTooLong', { max: MAX_TEXT });
  return trimmed;
}

function checkCategory(category: string): void {
  if (!(NOTE_CATEGORIES as readonly string[]).includes(category)) throw new DomainError('note.error.category', { value: category });
}

function checkPosition(position: [number, number] | null): void {
  if (position === null) return;
  const [lon, lat] = position;
  if (!Number.isFinite(lon) || !Number.isFinite(lat) || Math.abs(lon) > 180 || Math.abs(lat) > 90) {
    throw new DomainError('note.error.position');
  }
}

function checkMatrix(matrix: MatrixPlace): void {
  const inUnit = (v: number) => Number.isFinite(v) && v >= 0 && v <= 1;
  if (!inUnit(matrix.effort) || !inUnit(matrix.impact)) throw new DomainError('note.error.matrix');
}

function existing(doc: PlatsenDocument, id: Id): WorkshopNote {
  const note = doc.notes[id];
  if (!note) throw new DomainError('note.error.notFound', { id });
  return note;
}

export const addNote = defineCommand<NewNote>('command.addNote', (doc, fields, ctx) => {
  checkCategory(fields.category);
  checkPosition(fields.position);
  const areaId = fields.areaId ?? null;
  if (areaId !== null && !doc.areas[areaId]) throw new DomainError('area.error.notFound', { id: areaId });
  const note: WorkshopNote = {
    id: ctx.newId('note'), createdAt: ctx.now, updatedAt: ctx.now,
    category: fields.category, text: validText(fields.text), position: fields.position, areaId,
    matrix: null, public: fields.public ?? false,
  };
  return putInto(emptyDraft(), 'notes', note);
});

/** A note that stops being an action leaves the matrix: only actions are sorted by effort and impact. */
export const updateNote = defineCommand<{ id: Id; changes: NoteChanges }>('command.updateNote', (doc, { id, changes }, ctx) => {
  const old = existing(doc, id);
  const next: WorkshopNote = { ...old, ...changes, updatedAt: ctx.now };
  checkCategory(next.category);
  checkPosition(next.position);
  next.text = validText(next.text);
  if (next.category !== 'action') next.matrix = null;
  if (next.areaId !== null && !doc.areas[next.areaId]) throw new DomainError('area.error.notFound', { id: next.areaId });
  if (JSON.stringify({ ...next, updatedAt: old.updatedAt }) === JSON.stringify(old)) return emptyDraft();
  return putInto(emptyDraft(), 'notes', next);
});

/** Places an action on the effort/impact matrix (null takes it off again). */
export const placeNoteInMatrix = defineCommand<{ id: Id; matrix: MatrixPlace | null }>('command.placeNote', (doc, { id, matrix }, ctx) => {
  const old = existing(doc, id);
  if (old.category !== 'action') throw new DomainError('note.error.notAction');
  if (matrix) checkMatrix(matrix);
  if (JSON.stringify(matrix) === JSON.stringify(old.matrix)) return emptyDraft();
  return putInto(emptyDraft(), 'notes', { ...old, matrix: matrix && { effort: matrix.effort, impact: matrix.impact }, updatedAt: ctx.now });
});

export const deleteNote = defineCommand<{ id: Id }>('command.deleteNote', (doc, { id }) => {
  existing(doc, id);
  return deleteInto(emptyDraft(), 'notes', id);
});
