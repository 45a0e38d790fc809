// Credits for the bundled reference layers an area's boundary can be adopted from. They must match
// public/reference/index.json (a test checks it); the domain cannot fetch that file.
import type { ReferenceLayerId } from '../model';

export const REFERENCE_ATTRIBUTION: Record<ReferenceLayerId, string> = {
  'malmo-delomraden': 'Malmö stad (CC0)',
  'malmo-deso': 'Källa: SCB (CC0)',
  'malmo-regso': 'Källa: SCB (CC0)',
  'boras-deso': 'Källa: SCB (CC0)',
  'boras-regso': 'Källa: SCB (CC0)',
};
