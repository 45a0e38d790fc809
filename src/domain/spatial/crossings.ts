// Where the rings of one polygon cross: turf's kinks, with its segment test and its rule for
// neighbouring segments, but with the segments in a flatbush index instead of comparing every
// segment with every other. kinks is quadratic: Göteborg's basområden (rings of up to 4,000
// positions) took 8 s to check on import and 14 s again for the area rules; indexed, a fraction.
import Flatbush from 'flatbush';
import type { Position } from 'geojson';

type Ring = Position[];

interface Segment { ring: number; index: number; ax: number; ay: number; bx: number; by: number }

/** kinks' test: the point where two segments meet, ends included; parallel segments never meet. */
function meet(s: Segment, t: Segment): Position | null {
  const d = (t.by - t.ay) * (s.bx - s.ax) - (t.bx - t.ax) * (s.by - s.ay);
  if (d === 0) return null;
  const a = ((t.bx - t.ax) * (s.ay - t.ay) - (t.by - t.ay) * (s.ax - t.ax)) / d;
  const b = ((s.bx - s.ax) * (s.ay - t.ay) - (s.by - s.ay) * (s.ax - t.ax)) / d;
  if (a < 0 || a > 1 || b < 0 || b > 1) return null;
  return [s.ax + a * (s.bx - s.ax), s.ay + a * (s.by - s.ay)];
}

/** Consecutive segments of a ring share a vertex by construction, as do its last and first. */
function neighbours(s: Segment, t: Segment, rings: Ring[]): boolean {
  if (s.ring !== t.ring) return false;
  const last = rings[s.ring]!.length - 2;
  return Math.abs(s.index - t.index) === 1 || (Math.min(s.index, t.index) === 0 && Math.max(s.index, t.index) === last);
}

/** Every point where two non-neighbouring segments of the rings touch or cross, as kinks finds them. */
export function ringMeetings(rings: Ring[], accept: (p: Position) => boolean = () => true): Position | null {
  const segments: Segment[] = [];
  rings.forEach((ring, r) => {
    for (let i = 0; i + 1 < ring.length; i++) {
      const [ax, ay] = ring[i]! as [number, number];
      const [bx, by] = ring[i + 1]! as [number, number];
      segments.push({ ring: r, index: i, ax, ay, bx, by });
    }
  });
  if (segments.length < 2) return null;
  const index = new Flatbush(segments.length);
  for (const s of segments) index.add(Math.min(s.ax, s.bx), Math.min(s.ay, s.by), Math.max(s.ax, s.bx), Math.max(s.ay, s.by));
  index.finish();
  for (let i = 0; i < segments.length; i++) {
    const s = segments[i]!;
    const candidates = index.search(Math.min(s.ax, s.bx), Math.min(s.ay, s.by), Math.max(s.ax, s.bx), Math.max(s.ay, s.by)).sort((x, y) => x - y);
    for (const j of candidates) {
      if (j <= i) continue;
      const t = segments[j]!;
      if (neighbours(s, t, rings)) continue;
      const p = meet(s, t);
      if (p && accept(p)) return p;
    }
  }
  return null;
}
