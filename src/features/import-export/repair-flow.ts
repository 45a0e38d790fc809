// *Reparera* in the import preview, outside React (the Göteborg test runs exactly this): which
// polygons can be offered for repair, and the file as read with the accepted repairs put in.
import type { ImportPlan } from '../../domain/commands/import-features';
import type { NormalisedFeature, Problem, RepairCandidate } from '../../domain/io/types';
import type { Repair } from '../../domain/spatial/repair';
import type { ReadFile } from './import-flow';

/**
 * Polygons refused for their shape: by the file check (kept aside by the worker) and, when they
 * become areas, by the area rules (slivers, crossings between parts) in the preview's plan.
 */
export function repairCandidates(read: ReadFile, plan: ImportPlan): RepairCandidate[] {
  const fromRules = plan.problems
    .filter((p) => p.severity === 'error' && p.code.startsWith('geometry.error.'))
    .flatMap((p): RepairCandidate[] => {
      const f = read.result.features[read.sourceIndex.indexOf(p.featureIndex)];
      const g = f?.geometry;
      return g && (g.type === 'Polygon' || g.type === 'MultiPolygon') ? [{ featureIndex: p.featureIndex, geometry: g, properties: f.properties }] : [];
    });
  return [...read.result.repairable, ...fromRules].sort((a, b) => a.featureIndex - b.featureIndex);
}

const repairedNote = (r: Repair & { after: NonNullable<Repair['after']> }): Problem => ({
  featureIndex: r.featureIndex,
  code: 'repair.note.repaired',
  params: { change: Math.round(r.areaAfter - r.areaBefore), before: Math.round(r.areaBefore), after: Math.round(r.areaAfter) },
  severity: 'note',
});

/**
 * The file with the accepted repairs: a polygon the file check refused joins the features at its
 * place in file order (its refusal becomes a note saying how the area changed); one the area
 * rules refused gets its repaired shape. Repairs that failed their recheck are never applied.
 */
export function applyRepairs(read: ReadFile, accepted: readonly Repair[]): ReadFile {
  const usable = accepted.filter((r): r is Repair & { after: NonNullable<Repair['after']> } => r.after !== null);
  if (!usable.length) return read;
  const byIndex = new Map(usable.map((r) => [r.featureIndex, r]));
  const rows = read.sourceIndex.map((source, i) => ({ source, feature: read.result.features[i]! }));
  const present = new Set(read.sourceIndex);
  let joined = 0;
  for (const r of usable) {
    const feature: NormalisedFeature = { type: 'Feature', geometry: r.after, properties: r.properties };
    if (present.has(r.featureIndex)) {
      const row = rows.find((x) => x.source === r.featureIndex)!;
      row.feature = { ...row.feature, geometry: r.after };
    } else {
      rows.push({ source: r.featureIndex, feature });
      joined++;
    }
  }
  rows.sort((a, b) => a.source - b.source);
  const features = rows.map((x) => x.feature);
  const problems = read.result.problems.filter((p) => !(p.severity === 'error' && byIndex.has(p.featureIndex)));
  const byGeometry: Record<string, number> = {};
  for (const f of features) byGeometry[f.geometry.type] = (byGeometry[f.geometry.type] ?? 0) + 1;
  const { counts } = read.result;
  return {
    ...read,
    sourceIndex: rows.map((x) => x.source),
    result: {
      ...read.result,
      features,
      problems: [...problems, ...usable.map(repairedNote)].sort((a, b) => a.featureIndex - b.featureIndex),
      repairable: read.result.repairable.filter((c) => !byIndex.has(c.featureIndex)),
      counts: { ...counts, valid: counts.valid + joined, invalid: counts.invalid - joined, notes: counts.notes + usable.length, byGeometry },
    },
  };
}
