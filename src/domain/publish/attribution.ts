// Credits for the bundled reference layers an area's boundary can be adopted from. They must match
// public/reference/index.json (a test checks it); the domain cannot fetch that file.
import type { Area, ReferenceLayerId } from '../model';

export const REFERENCE_ATTRIBUTION: Record<ReferenceLayerId, string> = {
  'malmo-delomraden': 'Malmö stad (CC0)',
  'malmo-deso': 'Källa: SCB (CC0)',
  'malmo-regso': 'Källa: SCB (CC0)',
  'boras-deso': 'Källa: SCB (CC0)',
  'boras-regso': 'Källa: SCB (CC0)',
};

/** Who to credit for the areas' boundaries: one line per owner, as the public map and the map image say it. */
export function areaAttribution(areas: readonly Area[]): string[] {
  const lines = new Set<string>();
  for (const a of areas) {
    // A layer this version does not bundle (a backup from elsewhere) has no credit line to give.
    const line = a.source.type === 'adopted' ? REFERENCE_ATTRIBUTION[a.source.layer] : undefined;
    if (line) lines.add(line);
  }
  return [...lines].sort();
}
