// What the gate board shows: the investments of one programme (or of all), narrowed by
// department, kind and "waiting only", in one column per gate by their derived phase.
import type { Id, Investment, PlatsenDocument } from '../../domain/model';
import { INITIAL_PHASE, type PhaseState } from '../../domain/phase';
import type { BoardView } from '../../store/session';

export function boardColumns(doc: PlatsenDocument, phases: Map<Id, PhaseState>, gateCount: number, view: BoardView, lang: string): Investment[][] {
  const out: Investment[][] = Array.from({ length: gateCount }, () => []);
  const shown = Object.values(doc.investments).filter((inv) => {
    if (view.areaId !== null && inv.areaId !== view.areaId) return false;
    if (view.departmentId !== null && inv.departmentId !== view.departmentId) return false;
    if (view.kind !== null && inv.kind !== view.kind) return false;
    return !view.waitingOnly || (phases.get(inv.id) ?? INITIAL_PHASE).status === 'waiting';
  }).sort((a, b) => a.title.localeCompare(b.title, lang));
  for (const inv of shown) out[Math.min((phases.get(inv.id) ?? INITIAL_PHASE).gateIndex, gateCount - 1)]?.push(inv);
  return out;
}

export const ALL_PROGRAMMES: BoardView = { areaId: null, departmentId: null, kind: null, waitingOnly: false };
