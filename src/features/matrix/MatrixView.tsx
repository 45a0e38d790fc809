// The effort/impact matrix as the room reads it: every action in full, wrapped, inside the quadrant
// its place belongs to, no card over another (matrix-layout.ts). Moved by dragging (pointer events,
// so touch and pen work too) or with the arrow keys on the focused card; each finished move is one
// undoable command. The same view serves the editor's panel (small) and the room (full screen).
import { useLayoutEffect, useMemo, useRef, useState, type KeyboardEvent, type PointerEvent } from 'react';
import { usePlatsen, useT } from '../../app/store-context';
import { placeNoteInMatrix } from '../../domain/commands/notes';
import { MATRIX_START, QUADRANTS, nudge, placeAt, quadrantOf, type MatrixPlace } from '../../domain/matrix';
import type { Id, WorkshopNote } from '../../domain/model';
import { formatNumber } from '../../i18n/translate';
import { useDispatch } from '../present/use-dispatch';
import { layoutMatrix } from './matrix-layout';
import './matrix.css';

export type MatrixVariant = 'panel' | 'room';

/** Text size of a card, px, before it is made smaller to fit; and the smallest it may become. */
const TEXT = { panel: { base: 13, min: 10, label: 22 }, room: { base: 26, min: 16, label: 40 } } as const;
const GAP = 6;

type Positions = Map<Id, { left: number; top: number }>;

export function useActions(): WorkshopNote[] {
  const notes = usePlatsen((s) => s.doc.notes);
  return useMemo(() => Object.values(notes).filter((n) => n.category === 'action').sort((a, b) => a.createdAt.localeCompare(b.createdAt)), [notes]);
}

const placeDuring = (note: WorkshopNote, drag: { id: Id; place: MatrixPlace } | null) => (drag?.id === note.id ? drag.place : note.matrix);

export function MatrixView({ variant }: { variant: MatrixVariant }) {
  const t = useT();
  const dispatch = useDispatch();
  const lang = usePlatsen((s) => s.session.lang);
  const actions = useActions();
  const board = useRef<HTMLDivElement>(null);
  const [drag, setDrag] = useState<{ id: Id; place: MatrixPlace; moved: boolean } | null>(null);
  const [size, setSize] = useState<number>(TEXT[variant].base);
  const [positions, setPositions] = useState<Positions>(new Map());
  const [boardSize, setBoardSize] = useState({ width: 0, height: 0 });
  const placeOf = (note: WorkshopNote) => placeDuring(note, drag);
  const placed = actions.filter((n) => placeOf(n));
  const unplaced = actions.filter((n) => !placeOf(n));
  // What the fit depends on: a change starts again from the full text size.
  const fitKey = `${boardSize.width}x${boardSize.height}|${placed.map((n) => `${n.id}:${n.text}`).join('|')}`;
  const [fittedFor, setFittedFor] = useState(fitKey);
  if (fittedFor !== fitKey) {
    setFittedFor(fitKey);
    setSize(TEXT[variant].base);
  }

  useLayoutEffect(() => {
    const el = board.current;
    if (!el) return;
    const measure = () => setBoardSize({ width: el.clientWidth, height: el.clientHeight });
    // Measured now, before the first paint, and again whenever the board changes size.
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(el);
    return () => observer.disconnect();
  }, []);

  // After each render, before the browser paints: measure the cards, lay them out, shrink the text
  // while a quadrant cannot hold its cards.
  useLayoutEffect(() => {
    const el = board.current;
    if (!el || boardSize.width === 0) return;
    const cards = actions.flatMap((n) => {
      const place = placeDuring(n, drag);
      const card = el.querySelector<HTMLElement>(`[data-card="${n.id}"]`);
      return place && card ? [{ id: n.id, place, width: card.offsetWidth, height: card.offsetHeight }] : [];
    });
    const label = Math.round(TEXT[variant].label * (size / TEXT[variant].base));
    const result = layoutMatrix(cards, boardSize, { inset: { top: label, side: GAP }, gap: GAP });
    if (!result.fits && size > TEXT[variant].min) return setSize(size - 1);
    const same = result.positions.size === positions.size
      && [...result.positions].every(([id, p]) => positions.get(id)?.left === p.left && positions.get(id)?.top === p.top);
    if (!same) setPositions(result.positions);
  }, [actions, drag, boardSize, size, positions, variant]);

  const place = (id: Id, matrix: MatrixPlace) => void dispatch(placeNoteInMatrix, { id, matrix });
  const pointerPlace = (e: PointerEvent) => {
    const box = board.current!.getBoundingClientRect();
    return placeAt(e.clientX - box.left, e.clientY - box.top, box.width, box.height);
  };

  const onKeyDown = (e: KeyboardEvent, note: WorkshopNote) => {
    const next = nudge(note.matrix ?? MATRIX_START, e.key, e.shiftKey);
    if (!next) return;
    e.preventDefault();
    e.stopPropagation();
    // The first arrow on an unplaced action puts it in the middle; later ones move it.
    place(note.id, note.matrix ? next : MATRIX_START);
    requestAnimationFrame(() => document.querySelector<HTMLElement>(`[data-card="${note.id}"]`)?.focus());
  };

  const label = (note: WorkshopNote, at: MatrixPlace) => t('matrix.note', {
    text: note.text, quadrant: t(`matrix.quadrant.${quadrantOf(at)}`),
    effort: formatNumber(at.effort, lang, 2), impact: formatNumber(at.impact, lang, 2),
  });

  const card = (note: WorkshopNote) => {
    const at = placeOf(note);
    const pos = positions.get(note.id);
    return (
      <button key={note.id} data-card={note.id} type="button" className={at ? 'matrix-note placed' : 'matrix-note'}
        style={at ? { left: pos?.left ?? 0, top: pos?.top ?? 0, visibility: pos ? 'visible' : 'hidden' } : undefined}
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
          // A click without a move (or a keyboard "click") leaves the action where it is.
          if (drag.moved) place(note.id, pointerPlace(e));
        }}
        onPointerCancel={() => setDrag(null)}>
        {note.text}
      </button>
    );
  };

  return (
    <div className={`matrix matrix-${variant}`} style={{ fontSize: size }}>
      <div className="matrix-frame">
        <span className="matrix-axis matrix-axis-y">{t('matrix.impactAxis')}</span>
        <div ref={board} className="matrix-board" role="group" aria-label={t('matrix.region')}>
          {QUADRANTS.map((q) => <span key={q} className={`matrix-quadrant q-${q}`} aria-hidden="true">{t(`matrix.quadrant.${q}`)}</span>)}
          {placed.map(card)}
        </div>
        <span className="matrix-axis matrix-axis-x">{t('matrix.effortAxis')}</span>
      </div>
      {unplaced.length > 0 && (
        <div className="matrix-tray" role="group" aria-labelledby={`matrix-tray-${variant}`}>
          <h3 id={`matrix-tray-${variant}`}>{t('matrix.unplaced')}</h3>
          {unplaced.map(card)}
        </div>
      )}
    </div>
  );
}
