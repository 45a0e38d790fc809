// A note's symbol as SVG, from the same shapes the map draws.
import type { NoteCategory } from '../../domain/model';
import { CASING_COLOUR } from '../../map/encoding';
import { NOTE_SYMBOLS, NOTE_SYMBOL_SIZE } from '../../map/notes-layer';

/** The pin's shapes in its 24 x 24 box, for an <svg> of any size to hold. */
export function NoteShape({ category }: { category: NoteCategory }) {
  const s = NOTE_SYMBOLS[category];
  return (
    <>
      <path d={s.path} fill={s.fill} stroke={CASING_COLOUR} strokeWidth={2} strokeLinejoin="round" />
      {s.mark && <path d={s.mark} fill="none" stroke={s.ink} strokeWidth={2.5} strokeLinecap="round" />}
      {s.digit && <text x={12} y={19} textAnchor="middle" fontSize={11} fontWeight={700} fill={s.ink}>{s.digit}</text>}
    </>
  );
}

export function NoteIcon({ category, size = NOTE_SYMBOL_SIZE }: { category: NoteCategory; size?: number }) {
  return (
    <svg width={size} height={size} viewBox="0 0 24 24" aria-hidden="true" focusable="false" className="note-icon">
      <NoteShape category={category} />
    </svg>
  );
}
