// Messages between the import dialog and the import worker. The worker runs the same readAny the
// command line runs; the file's bytes are transferred, not copied.
import type { CrsCode } from '../domain/io/crs';
import type { ImportResult } from '../domain/io/import-pipeline';
import type { Problem } from '../domain/io/types';

export interface ImportRequest {
  name: string;
  bytes: ArrayBuffer;
  crs?: CrsCode;
  swapAxes?: boolean;
}

export type ImportWorkerMessage =
  | { type: 'progress'; done: number; total: number }
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
