// Choosing reference polygons to adopt: the search over a layer, the name offered for the new
// area, and whether the chosen polygons form one connected piece (areAdjacent allows the few
// metres of gap that simplified neighbours leave between them).
import { foldText } from '../../domain/filter';
import { areAdjacent } from '../../domain/spatial/merge';
import type { ReferenceFeature } from '../../map/reference/reference-data';

/** How a reference polygon is named in lists: its name and code, or just the code (DeSO are unnamed). */
export function referenceLabel(f: ReferenceFeature): string {
  return f.name === f.code ? f.code : `${f.name} (${f.code})`;
}

/** Features whose code or name contains every word of the query, ignoring case and accents. */
export function searchReference(features: readonly ReferenceFeature[], query: string): ReferenceFeature[] {
  const words = foldText(query).split(/\s+/).filter(Boolean);
  if (!words.length) return [...features];
  return features.filter((f) => {
    const text = foldText(referenceLabel(f));
    return words.every((w) => text.includes(w));
  });
}

/** The reference name for one polygon, the names joined with " + " for several. */
export function defaultAdoptName(chosen: readonly ReferenceFeature[]): string {
  return chosen.map((f) => f.name).join(' + ');
}

/** How many separate pieces the chosen polygons make (0 for none, 1 when all hang together). */
export function connectedGroups(chosen: readonly ReferenceFeature[]): number {
  const group = chosen.map((_, i) => i);
  const root = (i: number): number => (group[i] === i ? i : (group[i] = root(group[i]!)));
  for (let i = 0; i < chosen.length; i++) {
    for (let j = i + 1; j < chosen.length; j++) {
      if (root(i) !== root(j) && areAdjacent(chosen[i]!.geometry, chosen[j]!.geometry)) group[root(i)] = root(j);
    }
  }
  return new Set(chosen.map((_, i) => root(i))).size;
}
