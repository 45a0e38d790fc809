// What the callout says about the thing the room asked about: a note in full, an investment's
// phase in words and its area, an area's programme in one look. Words only (no G-code alone), so
// it reads the same to everyone in the room and to a screen reader.
import type { GateDef, Id, NoteCategory, PlatsenDocument } from '../../domain/model';
import type { PhaseState } from '../../domain/phase';
import { INITIAL_PHASE } from '../../domain/phase';
import type { Lang } from '../../store/session';
import { categoryLabel } from '../investments/investment-draft';
import '../../i18n/strings/map';
import '../../i18n/strings/present';
import type { CalloutTarget } from './present-state';

type Translate = (key: string, params?: Record<string, string | number>) => string;

export interface Explanation {
  /** What kind of thing it is, in words ("Hinder: ekonomiskt", "Fysisk investering · Gata"). */
  kicker: string;
  title: string;
  /** Shown in full, wrapped: a note's text, an area's vision. */
  text: string | null;
  facts: Array<{ label: string; value: string }>;
  /** The pin a note is drawn with, so the callout and the map look alike. */
  noteCategory: NoteCategory | null;
  invented: boolean;
}

export interface ExplainContext {
  doc: PlatsenDocument;
  phases: ReadonlyMap<Id, PhaseState>;
  gates: GateDef[];
  lang: Lang;
  t: Translate;
}

function areaName(doc: PlatsenDocument, id: Id | null, t: Translate): string {
  return (id && doc.areas[id]?.name) || t('callout.noArea');
}

export function explain(target: Pick<CalloutTarget, 'type' | 'id'>, { doc, phases, gates, lang, t }: ExplainContext): Explanation | null {
  if (target.type === 'note') {
    const note = doc.notes[target.id];
    if (!note) return null;
    return {
      kicker: t(`notes.category.${note.category}`), title: note.text, text: null, noteCategory: note.category,
      facts: [{ label: t('callout.area'), value: areaName(doc, note.areaId, t) }], invented: note.invented === true,
    };
  }
  if (target.type === 'investment') {
    const inv = doc.investments[target.id];
    if (!inv) return null;
    const { gateIndex, status } = phases.get(inv.id) ?? INITIAL_PHASE;
    const gate = gates[gateIndex];
    const phase = gate ? t('callout.phaseValue', { code: gate.code, name: gate.name[lang] }) : '';
    const department = inv.departmentId ? doc.departments[inv.departmentId]?.name : undefined;
    return {
      kicker: `${t(`kind.${inv.kind}Investment`)} · ${categoryLabel(t, inv.category)}`, title: inv.title, text: null, noteCategory: null,
      facts: [
        { label: t('callout.phase'), value: status === 'active' ? phase : `${phase} · ${t(`map.status.${status}`)}` },
        { label: t('callout.area'), value: areaName(doc, inv.areaId, t) },
        ...(department ? [{ label: t('callout.department'), value: department }] : []),
      ],
      invented: inv.invented === true,
    };
  }
  const area = doc.areas[target.id];
  if (!area) return null;
  const programme = Object.values(doc.programmes).find((p) => p.areaId === area.id);
  const investments = Object.values(doc.investments).filter((i) => i.areaId === area.id).length;
  const notes = Object.values(doc.notes).filter((n) => n.areaId === area.id).length;
  return {
    kicker: t('callout.areaKicker'), title: area.name, text: programme?.vision || null, noteCategory: null,
    facts: [
      { label: t('callout.investments'), value: String(investments) },
      ...(notes ? [{ label: t('callout.notes'), value: String(notes) }] : []),
    ],
    invented: false,
  };
}
