// The effort/impact matrix: action notes on a 2 x 2, moved by dragging (pointer events, so touch
// and pen work too) or with the arrow keys on the focused note. Each finished move is one
// undoable command; while dragging, the note follows the pointer locally.
import { useRef, useState, type KeyboardEvent, type PointerEvent } from 'react';
import { usePlatsen, useT } from '../../app/store-context';
import { placeNoteInMatrix } from '../../domain/commands/notes';
import { MATRIX_START, QUADRANTS, nudge, placeAt, quadrantOf, type MatrixPlace } from '../../domain/matrix';
import type { Id, WorkshopNote } from '../../domain/model';
import { formatNumber } from '../../i18n/translate';
import { useDispatch } from '../present/use-dispatch';
import { MatrixExport } from './MatrixExport';
import './matrix.css';

export function MatrixBoard() {
  const t = useT();
  const dispatch = useDispatch();
  const lang = usePlatsen((s) => s.session.lang);
  const notes = usePlatsen((s) => s.doc.notes);
  const board = useRef<HTMLDivElement>(null);
  const [drag, setDrag] = useState<{ id: Id; place: MatrixPlace; moved: boolean } | null>(null);
  const actions = Object.values(notes).filter((n) => n.category === 'action').sort((a, b) => a.createdAt.localeCompare(b.createdAt));
  const placed = actions.filter((n) => n.matrix);
  const unplaced = actions.filter((n) => !n.matrix);

  const place = (id: Id, matrix: MatrixPlace) => void dispatch(placeNoteInMatrix, { id, matrix });
  const pointerPlace = (e: PointerEvent) => {
    const box = board.current!.getBoundingClientRect();
    return placeAt(e.clientX - box.left, e.clientY - box.top, box.width, box.height);
  };

  const onKeyDown = (e: KeyboardEvent, note: WorkshopNote) => {
    const next = nudge(note.matrix ?? MATRIX_START, e.key, e.shiftKey);
    if (!next) return;
    e.preventDefault();
    // The first arrow on an unplaced note puts it in the middle; later ones move it.
    place(note.id, note.matrix ? next : MATRIX_START);
    requestAnimationFrame(() => document.getElementById(`matrix-${note.id}`)?.focus());
  };

  const label = (note: WorkshopNote, at: MatrixPlace) => t('matrix.note', {
    text: note.text, quadrant: t(`matrix.quadrant.${quadrantOf(at)}`),
    effort: formatNumber(at.effort, lang, 2), impact: formatNumber(at.impact, lang, 2),
  });

  const chip = (note: WorkshopNote) => {
    const at = drag?.id === note.id ? drag.place : note.matrix;
    return (
      <button key={note.id} id={`matrix-${note.id}`} type="button" className={at ? 'matrix-note placed' : 'matrix-note'}
        style={at ? { left: `${at.effort * 100}%`, top: `${(1 - at.impact) * 100}%` } : undefined}
        aria-label={at ? label(note, at) : t('matrix.unplacedNote', { text: note.text })}
        onKeyDown={(e) => onKeyDown(e, note)}
        onPointerDown={(e) => {
          e.currentTarget.setPointerCapture(e.pointerId);
          setDrag({ id: note.id, place: note.matrix ?? pointerPlace(e), moved: false });
        }}
        onPointerMove={(e) => { if (drag?.id === note.id) setDrag({ id: note.id, place: pointerPlace(e), moved: true }); }}
        onPointerUp={(e) => {
          if (drag?.id !== note.id) return;
          setDrag(null);
          // A click without a move (or a keyboard "click") leaves the note where it is.
          if (drag.moved) place(note.id, pointerPlace(e));
        }}
        onPointerCancel={() => setDrag(null)}>
        {note.text}
      </button>
    );
  };

  return (
    <section aria-labelledby="matrix-title" className="workshop-section">
      <h2 id="matrix-title">{t('matrix.title')}</h2>
      <p className="subtitle">{t('matrix.intro')}</p>
      {actions.length === 0 ? <p>{t('matrix.noActions')}</p> : (
        <>
          <div className="matrix-frame">
            <span className="matrix-axis matrix-axis-y">{t('matrix.impactAxis')}</span>
            <div ref={board} className="matrix-board" role="group" aria-label={t('matrix.region')}>
              {QUADRANTS.map((q) => <span key={q} className={`matrix-quadrant q-${q}`} aria-hidden="true">{t(`matrix.quadrant.${q}`)}</span>)}
              {placed.map(chip)}
            </div>
            <span className="matrix-axis matrix-axis-x">{t('matrix.effortAxis')}</span>
          </div>
          {unplaced.length > 0 && (
            <div className="matrix-tray" role="group" aria-label={t('matrix.unplaced')}>
              <h3>{t('matrix.unplaced')}</h3>
              {unplaced.map(chip)}
            </div>
          )}
          <MatrixExport notes={actions} />
        </>
      )}
    </section>
  );
}
