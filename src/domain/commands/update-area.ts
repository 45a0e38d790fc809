import { defineCommand } from './command';
import { reattachedInvestments, validAreaDescription, validAreaName } from '../areas';
import { DomainError } from '../errors';
import type { Area, Id, Investment } from '../model';
import { emptyDraft, putInto } from '../patch';
import { normaliseAreaGeometry } from '../spatial/area-geometry';

export interface UpdateAreaArgs {
  id: Id;
  /** geometry is validated and normalised here, like addArea's. */
  changes: { name?: string; description?: string; geometry?: unknown };
}

/**
 * Renames, re-describes or reshapes an area. A reshaped area carries its whole-area investments
 * with it, and other investments re-attach by geometry (unless placed by hand). An adopted area
 * whose shape is edited becomes 'drawn': it no longer is the reference polygon it came from.
 */
export const updateArea = defineCommand<UpdateAreaArgs>('command.updateArea', (doc, { id, changes }, ctx) => {
  const old = doc.areas[id];
  if (!old) throw new DomainError('area.error.notFound', { id });
  const name = changes.name === undefined ? old.name : validAreaName(changes.name);
  const description = changes.description === undefined ? old.description : validAreaDescription(changes.description);
  const geometry = changes.geometry === undefined ? old.geometry : normaliseAreaGeometry(changes.geometry);
  const reshaped = JSON.stringify(geometry) !== JSON.stringify(old.geometry);
  const patch = emptyDraft();
  if (name === old.name && description === old.description && !reshaped) return patch;

  const next: Area = { ...old, name, description, geometry, updatedAt: ctx.now };
  if (reshaped) next.source = { type: 'drawn' };
  putInto(patch, 'areas', next);
  if (!reshaped) return patch;

  const covering: Investment[] = Object.values(doc.investments)
    .filter((inv) => inv.wholeArea && inv.areaId === id)
    .map((inv) => ({ ...inv, geometry, updatedAt: ctx.now }));
  const moved = reattachedInvestments(doc, { ...doc.areas, [id]: next }, [old.geometry, geometry], ctx);
  if (covering.length || moved.length) putInto(patch, 'investments', ...covering, ...moved);
  return patch;
});
