// Small SVG pictures of the map's symbols for the legend, drawn with the same encoding constants
// as the map's runtime images, so the legend cannot drift from what the map shows.
import { HATCH_BACKGROUND, HATCH_LINE } from '../../map/choropleth';
import type { NoteCategory } from '../../domain/model';
import { CASING_COLOUR, HOLLOW_FILL, STOPPED_COLOUR, type SymbolShape, type SymbolStatus } from '../../map/encoding';
import { NoteShape } from '../notes/NoteIcon';

const SIZE = 20;

export type SwatchProps =
  | { kind: 'symbol'; shape: SymbolShape; status: SymbolStatus; colour: string }
  | { kind: 'line'; dashed: boolean; colour: string }
  | { kind: 'area'; colour: string; fillOpacity?: number }
  /** Diagonal stripes, as the map draws areas without a value (no budget, no data). */
  | { kind: 'hatch' }
  /** A cluster's ring, split evenly among the classes given (null: hollow, for waiting). */
  | { kind: 'ring'; colours: Array<string | null> }
  /** A workshop note's pin, as the map draws it. */
  | { kind: 'note'; category: NoteCategory };

function Shape({ shape, fill, inset }: { shape: SymbolShape; fill: string; inset: number }) {
  const r = SIZE / 2 - inset;
  return shape === 'circle'
    ? <circle cx={SIZE / 2} cy={SIZE / 2} r={r - 1} fill={fill} />
    : <rect x={inset + 1} y={inset + 1} width={2 * r - 2} height={2 * r - 2} fill={fill} />;
}

function SymbolSwatch({ shape, status, colour }: { shape: SymbolShape; status: SymbolStatus; colour: string }) {
  const fill = status === 'stopped' ? STOPPED_COLOUR : colour;
  const c = SIZE / 2;
  return (
    <>
      <Shape shape={shape} fill={CASING_COLOUR} inset={shape === 'square' ? 1.5 : 0} />
      <Shape shape={shape} fill={fill} inset={shape === 'square' ? 3 : 1.5} />
      {status === 'waiting' && <Shape shape={shape} fill={HOLLOW_FILL} inset={shape === 'square' ? 6 : 4.5} />}
      {status === 'stopped' && <path d={`M${c - 4} ${c - 4}L${c + 4} ${c + 4}M${c - 4} ${c + 4}L${c + 4} ${c - 4}`} stroke={HOLLOW_FILL} strokeWidth={2} />}
      {status === 'realised' && <path d={`M${c - 4.5} ${c}L${c - 1.5} ${c + 3.5}L${c + 4.5} ${c - 3.5}`} stroke={HOLLOW_FILL} strokeWidth={2} fill="none" />}
    </>
  );
}

/** As the map's ring (map/rings.ts): segments around a white centre, dark edges between them. */
function RingSwatch({ colours }: { colours: Array<string | null> }) {
  const c = SIZE / 2;
  const [outer, inner] = [9.5, 5];
  const at = (turn: number, r: number) => `${c + r * Math.sin(turn * 2 * Math.PI)} ${c - r * Math.cos(turn * 2 * Math.PI)}`;
  const n = Math.max(1, colours.length);
  return (
    <>
      <circle cx={c} cy={c} r={outer} fill={CASING_COLOUR} />
      {colours.map((colour, i) => {
        const [from, to] = [i / n, (i + 1) / n];
        const large = to - from > 0.5 ? 1 : 0;
        // A whole ring is two halves: an arc cannot end where it starts.
        const d = n === 1
          ? `M${at(0, outer - 1)}A${outer - 1} ${outer - 1} 0 1 1 ${at(0.5, outer - 1)}A${outer - 1} ${outer - 1} 0 1 1 ${at(0, outer - 1)}Z`
          : `M${at(from, outer - 1)}A${outer - 1} ${outer - 1} 0 ${large} 1 ${at(to, outer - 1)}L${at(to, inner)}A${inner} ${inner} 0 ${large} 0 ${at(from, inner)}Z`;
        return <path key={i} d={d} fill={colour ?? HOLLOW_FILL} stroke={CASING_COLOUR} strokeWidth={0.75} />;
      })}
      <circle cx={c} cy={c} r={inner - 0.5} fill={HOLLOW_FILL} stroke={CASING_COLOUR} strokeWidth={1} />
    </>
  );
}

export function Swatch(props: SwatchProps) {
  return (
    <svg width={SIZE} height={SIZE} viewBox={`0 0 ${SIZE} ${SIZE}`} aria-hidden="true" focusable="false" className="platsen-legend-swatch">
      {props.kind === 'symbol' && <SymbolSwatch {...props} />}
      {props.kind === 'line' && (
        <>
          <line x1={1} y1={10} x2={19} y2={10} stroke={CASING_COLOUR} strokeWidth={5} />
          <line x1={1} y1={10} x2={19} y2={10} stroke={props.colour} strokeWidth={3} strokeDasharray={props.dashed ? '5 3' : undefined} />
        </>
      )}
      {props.kind === 'area' && <rect x={2} y={3} width={16} height={14} fill={props.colour} fillOpacity={props.fillOpacity ?? 0.15} stroke={props.colour} strokeWidth={2} />}
      {props.kind === 'hatch' && (
        <>
          <rect x={2} y={3} width={16} height={14} fill={HATCH_BACKGROUND} stroke={HATCH_LINE} strokeWidth={1} />
          <path d="M2 9L8 3M2 15L14 3M6 17L18 5M12 17L18 11" stroke={HATCH_LINE} strokeWidth={1.5} />
        </>
      )}
      {/* The pins are drawn in a 24 px box (notes-layer.ts). */}
      {props.kind === 'note' && <g transform={`scale(${SIZE / 24})`}><NoteShape category={props.category} /></g>}
      {props.kind === 'ring' && <RingSwatch colours={props.colours} />}
    </svg>
  );
}
