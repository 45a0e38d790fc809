// What the room's map has in view, counted in the shape of the map-at-a-glance work's InViewSummary
// (kinds, statuses, phases and colour classes), so the corner legend lists only what is there.
// PROVISIONAL: that work counts the same from the symbols the map holds (map/in-view.ts on branch
// issue-14); once it is on main, the corner legend takes its summary and this file goes.
import type { Id, InvestmentKind, PlatsenDocument, Rating } from '../../domain/model';
import { RATINGS } from '../../domain/model';
import type { PhaseState, PhaseStatus } from '../../domain/phase';
import { bboxOf, type Bbox } from '../../map/planar';
import type { ColourBy } from '../../store/session';

export interface InViewSummary {
  total: number;
  kinds: Record<InvestmentKind, number>;
  statuses: Record<PhaseStatus, number>;
  /** Per gate: the investments not stopped in that phase. */
  gates: number[];
  /** By an aspect: per rating (RATINGS' order), the investments not stopped. */
  ratings: number[];
}

const overlaps = (a: Bbox, b: Bbox) => a[0] <= b[2] && b[0] <= a[2] && a[1] <= b[3] && b[1] <= a[3];

export function summariseView(
  doc: PlatsenDocument, shown: readonly { id: Id }[], phases: ReadonlyMap<Id, PhaseState>, view: Bbox, gateCount: number, colourBy: ColourBy,
): InViewSummary {
  const out: InViewSummary = {
    total: 0, kinds: { physical: 0, social: 0 }, statuses: { active: 0, waiting: 0, stopped: 0, realised: 0 },
    gates: Array.from({ length: gateCount }, () => 0), ratings: RATINGS.map(() => 0),
  };
  for (const { id } of shown) {
    const inv = doc.investments[id];
    const phase = phases.get(id);
    if (!inv || !phase) continue;
    const area = inv.wholeArea && inv.areaId ? doc.areas[inv.areaId] : undefined;
    if (!overlaps(bboxOf(area ? area.geometry : inv.geometry), view)) continue;
    out.total++;
    out.kinds[inv.kind]++;
    out.statuses[phase.status]++;
    if (phase.status === 'stopped') continue;
    if (gateCount > 0) out.gates[Math.min(phase.gateIndex, gateCount - 1)]!++;
    const rating: Rating = colourBy.type === 'aspect' ? phase.lastReview?.aspects[colourBy.aspect].rating ?? 'notAssessed' : 'notAssessed';
    out.ratings[RATINGS.indexOf(rating)]!++;
  }
  return out;
}
