import { defineCommand, type CommandContext } from './command';
import { newProgramme, reattachedInvestments, validAreaDescription, validAreaName } from '../areas';
import { DomainError } from '../errors';
import type { Area, AreaSource } from '../model';
import { emptyDraft, putInto } from '../patch';
import { normaliseAreaGeometry } from '../spatial/area-geometry';

export interface AddAreaArgs {
  name: string;
  description?: string;
  /** Validated and normalised here (normaliseAreaGeometry), so drawn or imported shapes can be passed as they are. */
  geometry: unknown;
  /** Defaults to { type: 'drawn' }. */
  source?: AreaSource;
}

/** A new area record with every rule checked (shared with importFeatures, which makes many at once). */
export function newArea(args: AddAreaArgs, ctx: CommandContext): Area {
  const source = args.source ?? { type: 'drawn' };
  if (source.type === 'adopted' && !source.codes.length) throw new DomainError('area.error.noFeatures');
  return {
    id: ctx.newId('area'),
    name: validAreaName(args.name),
    description: validAreaDescription(args.description ?? ''),
    geometry: normaliseAreaGeometry(args.geometry),
    source,
    createdAt: ctx.now,
    updatedAt: ctx.now,
  };
}

/** Creates an area with its empty programme; investments now lying in it follow it (unless placed by hand). */
export const addArea = defineCommand<AddAreaArgs>('command.addArea', (doc, args, ctx) => {
  const area = newArea(args, ctx);
  const patch = emptyDraft();
  putInto(patch, 'areas', area);
  putInto(patch, 'programmes', newProgramme(area.id, ctx));
  const moved = reattachedInvestments(doc, { ...doc.areas, [area.id]: area }, [area.geometry], ctx);
  if (moved.length) putInto(patch, 'investments', ...moved);
  return patch;
});
