import { defineCommand } from './command';
import { withAttachedArea } from '../investments';
import type { Id } from '../model';
import { deleteInto, emptyDraft, putInto } from '../patch';

/**
 * Deletes an area, its programme and the programme's indicators (undo restores them all). Its
 * investments are kept: each goes back to automatic
 * placement (no override, no longer whole-area, keeping its last geometry) and so ends up in
 * another area covering it, or in none. Use deleteAreaImpact (../areas) for the confirmation.
 */
export const deleteArea = defineCommand<{ id: Id }>('command.deleteArea', (doc, { id }, ctx) => {
  const patch = emptyDraft();
  if (!doc.areas[id]) return patch;
  deleteInto(patch, 'areas', id);
  const programmes = Object.values(doc.programmes).filter((p) => p.areaId === id).map((p) => p.id);
  if (programmes.length) deleteInto(patch, 'programmes', ...programmes);
  const indicators = Object.values(doc.indicators).filter((i) => programmes.includes(i.programmeId)).map((i) => i.id);
  if (indicators.length) deleteInto(patch, 'indicators', ...indicators);

  const { [id]: _gone, ...areas } = doc.areas;
  const next = { ...doc, areas };
  const released = Object.values(doc.investments)
    .filter((inv) => inv.areaId === id)
    .map((inv) => ({ ...withAttachedArea(next, { ...inv, areaId: null, areaOverride: false, wholeArea: false }), updatedAt: ctx.now }));
  if (released.length) putInto(patch, 'investments', ...released);
  return patch;
});
