// What residents read instead of the gate model: a few plain phases (Idé, Planeras, Beslutat,
// Pågår, Klart), as public project maps speak. Each gate of the workspace's model maps to one of
// them; the mapping is a workspace setting and goes with the public snapshot, so the published map
// says what the programme group chose. Without a setting, the position of a gate in the model
// decides (defaultResidentPhases), which also reads snapshots published before the setting existed.
import type { GateDef, Id } from './model';

export const RESIDENT_PHASES = ['idea', 'planned', 'decided', 'ongoing', 'done'] as const;
export type ResidentPhase = (typeof RESIDENT_PHASES)[number];

export function isResidentPhase(value: unknown): value is ResidentPhase {
  return (RESIDENT_PHASES as readonly unknown[]).includes(value);
}

/**
 * By position: the first gate is the idea, the last is done, and those between are planned,
 * decided, then ongoing. For the default model G0–G5: Idé (G0 Idé), Planeras (G1 Förstudie),
 * Beslutat (G2 Planering: the pre-study passed, the municipality has decided to go ahead and plans
 * the work in detail), Pågår (G3 Genomförande, G4 Leverans), Klart (G5 Nyttorealisering).
 */
export function defaultResidentPhases(gateCount: number): ResidentPhase[] {
  const middle: ResidentPhase[] = gateCount - 2 >= 3 ? ['planned', 'decided'] : gateCount - 2 === 2 ? ['planned'] : [];
  return Array.from({ length: gateCount }, (_, i): ResidentPhase => {
    if (i === 0) return 'idea';
    if (i === gateCount - 1) return 'done';
    return middle[i - 1] ?? 'ongoing';
  });
}

/** Per gate (in the model's order): the setting where it names a valid phase, else the default. */
export function residentPhasesOf(gates: readonly GateDef[], setting: Record<Id, unknown> | undefined): ResidentPhase[] {
  const defaults = defaultResidentPhases(gates.length);
  return gates.map((g, i) => {
    const chosen = setting?.[g.id];
    return isResidentPhase(chosen) ? chosen : defaults[i]!;
  });
}

/** True when the phases never go back along the gates (a later gate is never an earlier phase). */
export function phasesInOrder(phases: readonly ResidentPhase[]): boolean {
  return phases.every((p, i) => i === 0 || RESIDENT_PHASES.indexOf(p) >= RESIDENT_PHASES.indexOf(phases[i - 1]!));
}
