// Messages between the import dialog and the import worker. The worker runs the same readAny the
// command line runs; the file's bytes are transferred, not copied.
import type { CrsCode } from '../domain/io/crs';
import type { ImportResult } from '../domain/io/import-pipeline';
import type { NormalisedFeature, Problem } from '../domain/io/types';

export interface ImportRequest {
  name: string;
  bytes: ArrayBuffer;
  crs?: CrsCode;
  swapAxes?: boolean;
  /** The layer of a multi-layer file (GeoPackage table) to read. */
  layer?: string;
}

/**
 * Features per message back. Receiving a message costs the main thread a structured clone of it:
 * 100,000 features in one blocked it for more than 200 ms (npm run bench, #2 and 2w).
 */
export const FEATURE_CHUNK = 5000;

export type ImportWorkerMessage =
  | { type: 'progress'; done: number; total: number }
  /** The checked features, in order, FEATURE_CHUNK at a time, before the result. */
  | { type: 'features'; features: NormalisedFeature[] }
  /** `result.features` is empty: the features came in the messages before. */
  | { type: 'result'; result: ImportResult; sourceIndex: number[] }
  | { type: 'error'; code: string; params: Record<string, string | number> };

/**
 * The file position of each feature the check let through: the valid features keep file order and
 * every refused one has an error problem, so the k-th valid feature is the k-th position without one.
 */
export function validSourceIndex(total: number, problems: readonly Problem[]): number[] {
  const refused = new Set(problems.filter((p) => p.severity === 'error' && p.featureIndex >= 0).map((p) => p.featureIndex));
  const index: number[] = [];
  for (let i = 0; i < total; i++) if (!refused.has(i)) index.push(i);
  return index;
}

export type ImportOutcome =
  | { ok: true; result: ImportResult; sourceIndex: number[] }
  | { ok: false; code: string; params: Record<string, string | number> };

/** Puts a job's messages back together: null until its last message, then its outcome. */
export function messageCollector(): (message: ImportWorkerMessage) => ImportOutcome | null {
  const features: NormalisedFeature[] = [];
  return (m) => {
    if (m.type === 'progress') return null;
    if (m.type === 'features') {
      features.push(...m.features);
      return null;
    }
    if (m.type === 'result') return { ok: true, result: { ...m.result, features }, sourceIndex: m.sourceIndex };
    return { ok: false, code: m.code, params: m.params };
  };
}
