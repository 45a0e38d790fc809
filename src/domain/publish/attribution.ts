// Credits for the bundled reference layers an area's boundary can be adopted from. They must match
// public/reference/index.json (a test checks it); the domain cannot fetch that file.
import type { Area, Id, ReferenceDivision, ReferenceLayerId } from '../model';

export const REFERENCE_ATTRIBUTION: Record<ReferenceLayerId, string> = {
  'malmo-delomraden': 'Malmö stad (CC0)',
  'malmo-deso': 'Källa: SCB (CC0)',
  'malmo-regso': 'Källa: SCB (CC0)',
  'boras-deso': 'Källa: SCB (CC0)',
  'boras-regso': 'Källa: SCB (CC0)',
};

/** Who to credit for the areas' boundaries: one line per owner, as the public map and the map image say it. */
export function areaAttribution(areas: readonly Area[], divisions: Readonly<Record<Id, ReferenceDivision>>): string[] {
  const lines = new Set<string>();
  for (const a of areas) {
    // A bundled layer's credit, or that of a division imported from a file. A layer this version
    // does not bundle and the workspace does not hold (a backup from elsewhere) has none to give.
    const layer = a.source.type === 'adopted' ? a.source.layer : '';
    const line = REFERENCE_ATTRIBUTION[layer as ReferenceLayerId] ?? divisions[layer]?.attribution;
    if (line) lines.add(line);
  }
  return [...lines].sort();
}
