// The legend of what a picture actually shows (the room's corner legend, the handout's image): the
// map's legend without "selected" when nothing is, and with the workshop notes drawn.
import type { NoteCategory } from '../../domain/model';
import { NOTE_CATEGORIES } from '../../domain/model';
import { SELECTED_COLOUR } from '../../map/encoding';
import type { LegendSection } from '../legend/legend-model';
import type { SwatchProps } from '../legend/Swatch';

type Translate = (key: string, params?: Record<string, string | number>) => string;

const isSelectedSwatch = (s: SwatchProps) => s.kind === 'area' && s.colour === SELECTED_COLOUR;

export function drawnLegend(sections: readonly LegendSection[], drawn: { selected: boolean; notes: readonly NoteCategory[] }, t: Translate): LegendSection[] {
  const kept = sections
    .map((section) => ({ ...section, entries: section.entries.filter((e) => drawn.selected || !e.swatches.some(isSelectedSwatch)) }))
    .filter((section) => section.entries.length > 0);
  const notes = NOTE_CATEGORIES.filter((c) => drawn.notes.includes(c));
  if (notes.length === 0) return kept;
  return [...kept, {
    title: t('notes.title'),
    entries: notes.map((category) => ({ label: t(`notes.category.${category}`), swatches: [{ kind: 'note', category }] })),
  }];
}
