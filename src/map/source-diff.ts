// What to send a GeoJSON source that holds one collection so it holds another: a diff by feature
// identity (derive-sources keeps unchanged features identical), or the whole collection when most
// of it is new. Pure; sync.ts sends it.
import type { FeatureCollection } from 'geojson';
import type { Id } from '../domain/model';
import type { InvestmentFeature } from './derive-sources';

/**
 * Above this share of the new data in added features, one setData is cheaper than a diff: what
 * costs is copying features to the worker, and a removal is only an id.
 */
const ADD_LIMIT = 0.8;

export type Diff = { remove: Id[]; add: InvestmentFeature[] };

/** How many features of `after` a source holding `before` would have to be sent. */
export function additions(before: FeatureCollection | undefined, after: FeatureCollection): number {
  if (before === after) return 0;
  if (!before) return after.features.length;
  const held = new Set(before.features);
  return after.features.reduce((n, f) => (held.has(f) ? n : n + 1), 0);
}

/** A diff by feature identity, or null when a setData is cheaper. */
export function featureDiff(before: FeatureCollection, after: FeatureCollection): Diff | null {
  const diff = sameOrderDiff(before, after) ?? anyOrderDiff(before, after);
  if (diff.add.length > Math.max(1, after.features.length * ADD_LIMIT)) return null;
  return diff;
}

/** The usual edit: the same features in the same order, some replaced. Null when not so. */
function sameOrderDiff(before: FeatureCollection, after: FeatureCollection): Diff | null {
  if (before.features.length !== after.features.length) return null;
  const add: InvestmentFeature[] = [];
  for (let i = 0; i < after.features.length; i++) {
    const a = before.features[i]!;
    const b = after.features[i]!;
    if (a === b) continue;
    if (a.id !== b.id) return null;
    add.push(b as InvestmentFeature);
  }
  return { remove: [], add };
}

function anyOrderDiff(before: FeatureCollection, after: FeatureCollection): Diff {
  const old = new Map<Id, unknown>();
  for (const f of before.features) old.set(String(f.id), f);
  const add = (after.features as InvestmentFeature[]).filter((f) => old.get(f.properties.id) !== f);
  const nextIds = new Set(after.features.map((f) => String(f.id)));
  const remove = [...old.keys()].filter((id) => !nextIds.has(id));
  return { remove, add };
}
