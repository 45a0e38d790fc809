import { describe, expect, it } from 'vitest';
import { execute } from './command';
import { addNote, deleteNote, placeNoteInMatrix, updateNote } from './notes';
import type { PlatsenDocument, WorkshopNote } from '../model';
import { NOTE_CATEGORIES } from '../model';
import { doUndoRedo, expectDomainError, rect, testArea, testContext, testDoc } from '../test-kit';

const T0 = '2026-01-15T09:00:00.000Z';
const action: WorkshopNote = {
  id: 'note_a', createdAt: T0, updatedAt: T0, category: 'action', text: 'Belys gångvägen', position: [13.0, 55.6],
  areaId: null, matrix: { effort: 0.2, impact: 0.9 }, public: false,
};

function base(): PlatsenDocument {
  const doc = testDoc({ areas: [testArea('holma', 'Holma', rect(13, 55.5, 13.1, 55.6))] });
  doc.notes[action.id] = action;
  return doc;
}

const run = <A>(command: Parameters<typeof execute<A>>[1], args: A) => () => execute(base(), command, args, testContext());

describe('add a note', () => {
  it.each(NOTE_CATEGORIES)('keeps a %s note, internal and off the matrix', (category) => {
    const { doc } = doUndoRedo(base(), addNote, { category, text: ' Stolta över parken ', position: [13.01, 55.55], areaId: 'holma' });
    expect(doc.notes.note_1).toEqual({
      id: 'note_1', createdAt: testContext().now, updatedAt: testContext().now, category, text: 'Stolta över parken',
      position: [13.01, 55.55], areaId: 'holma', matrix: null, public: false,
    });
  });

  it('refuses an empty text, an unknown category, a position off the globe and an unknown area', () => {
    expectDomainError(run(addNote, { category: 'hope', text: '  ', position: null }), 'note.error.textRequired');
    expectDomainError(run(addNote, { category: 'wish' as never, text: 'x', position: null }), 'note.error.category', { value: 'wish' });
    expectDomainError(run(addNote, { category: 'hope', text: 'x', position: [200, 55] }), 'note.error.position');
    expectDomainError(run(addNote, { category: 'hope', text: 'x', position: [13, Number.NaN] }), 'note.error.position');
    expectDomainError(run(addNote, { category: 'hope', text: 'x', position: null, areaId: 'nowhere' }), 'area.error.notFound', { id: 'nowhere' });
  });
});

describe('change a note', () => {
  it('edits text and publication; a note that stops being an action leaves the matrix', () => {
    expect(doUndoRedo(base(), updateNote, { id: 'note_a', changes: { text: 'Belys hela gångvägen', public: true } }).doc.notes.note_a)
      .toMatchObject({ text: 'Belys hela gångvägen', public: true, matrix: { effort: 0.2, impact: 0.9 } });
    expect(doUndoRedo(base(), updateNote, { id: 'note_a', changes: { category: 'hope' } }).doc.notes.note_a!.matrix).toBeNull();
    expect(execute(base(), updateNote, { id: 'note_a', changes: { text: 'Belys gångvägen ' } }, testContext())).toBeNull();
  });

  it('places an action on the matrix, moves it and takes it off; other categories cannot be placed', () => {
    expect(doUndoRedo(base(), placeNoteInMatrix, { id: 'note_a', matrix: { effort: 0.75, impact: 0.3 } }).doc.notes.note_a!.matrix).toEqual({ effort: 0.75, impact: 0.3 });
    expect(doUndoRedo(base(), placeNoteInMatrix, { id: 'note_a', matrix: null }).doc.notes.note_a!.matrix).toBeNull();
    expectDomainError(run(placeNoteInMatrix, { id: 'note_a', matrix: { effort: 1.2, impact: 0.3 } }), 'note.error.matrix');
    const doc = base();
    doc.notes.note_b = { ...action, id: 'note_b', category: 'proud', matrix: null };
    expectDomainError(() => execute(doc, placeNoteInMatrix, { id: 'note_b', matrix: { effort: 0.5, impact: 0.5 } }, testContext()), 'note.error.notAction');
  });

  it('deletes a note; undo brings it back where it was', () => {
    expect(doUndoRedo(base(), deleteNote, { id: 'note_a' }).doc.notes.note_a).toBeUndefined();
    expectDomainError(run(deleteNote, { id: 'note_x' }), 'note.error.notFound', { id: 'note_x' });
  });
});
