// The import check, written for the purpose: one pass over untrusted features that keeps what can be
// imported (normalised to WGS 84) and reports, per feature, what was refused or repaired. It is pure
// and yields progress and cancellation points, so it can run in a Web Worker as it is.
import { DomainError, type Params } from '../errors';
import type { Transform } from './crs';
import { looseArea, normaliseGeometry, REPAIRABLE_PROBLEMS, type Issues } from './validate-geometry';
import type { NormalisedFeature, Problem, ProgressOptions, RepairCandidate, ValidationReport } from './types';

/** Longer property texts are cut here: nobody reads 100 kB in a popup, and it bloats storage. */
export const MAX_PROPERTY_CHARS = 100_000;

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'object') return String((value as { type?: unknown }).type ?? 'object').slice(0, 40);
  return typeof value;
}

function fixValue(name: string, value: unknown, notes: Map<string, Params>): unknown {
  if (typeof value === 'string' && value.length > MAX_PROPERTY_CHARS) {
    notes.set('io.note.propertyTruncated', { name: name.slice(0, 60), sizeKb: Math.round(value.length / 1000) });
    return value.slice(0, MAX_PROPERTY_CHARS);
  }
  if (value !== null && typeof value === 'object' && JSON.stringify(value).length > MAX_PROPERTY_CHARS) {
    notes.set('io.note.propertyDropped', { name: name.slice(0, 60) });
    return null;
  }
  return value;
}

/** Returns the properties to keep: the original object when nothing needs changing. */
function normaliseProperties(p: unknown, notes: Map<string, Params>): Record<string, unknown> {
  if (p === null || p === undefined) return {};
  if (typeof p !== 'object' || Array.isArray(p)) {
    notes.set('io.note.propertiesDropped', { found: describe(p) });
    return {};
  }
  let changed = false;
  const entries = Object.entries(p).map(([name, value]) => {
    const next = fixValue(name, value, notes);
    if (next !== value) changed = true;
    return [name, next] as const;
  });
  // fromEntries defines own properties, so a key named "__proto__" stays a plain key.
  return changed ? Object.fromEntries(entries) : (p as Record<string, unknown>);
}

class IdRegistry {
  private seen = new Set<string>();

  /** The id to keep, or undefined (with a note) when it is missing, unusable or already taken. */
  keep(id: unknown, notes: Map<string, Params>): string | number | undefined {
    if (id === undefined || id === null) return undefined;
    if (typeof id !== 'string' && typeof id !== 'number') {
      notes.set('io.note.idDropped', { found: describe(id) });
      return undefined;
    }
    const key = String(id);
    if (this.seen.has(key)) {
      notes.set('io.note.duplicateId', { id: key.slice(0, 60) });
      return undefined;
    }
    this.seen.add(key);
    return id;
  }
}

export interface ValidateOptions extends ProgressOptions {
  /** Source coordinates → WGS 84 (identity for WGS 84 files). */
  transform: Transform;
}

/** Checks every feature; never throws except DomainError 'io.cancelled' when the signal aborts. */
export function validateFeatures(raw: readonly unknown[], opts: ValidateOptions): ValidationReport {
  const every = Math.max(1, opts.progressEvery ?? 2000);
  const valid: NormalisedFeature[] = [];
  const problems: Problem[] = [];
  const repairable: RepairCandidate[] = [];
  const byGeometry: Record<string, number> = {};
  const ids = new IdRegistry();
  let notes = 0;
  for (let i = 0; i < raw.length; i++) {
    if (i % every === 0) {
      if (opts.signal?.aborted) throw new DomainError('io.cancelled');
      if (i > 0) opts.onProgress?.(i, raw.length);
    }
    const issues: Issues = { error: null, notes: new Map() };
    const f = raw[i] as Record<string, unknown> | null;
    let geometry = null;
    if (f === null || typeof f !== 'object' || Array.isArray(f) || f.type !== 'Feature') {
      issues.error = { code: 'io.problem.notFeature', params: { found: describe(f) } };
    } else {
      geometry = normaliseGeometry(f.geometry, opts.transform, issues);
    }
    if (geometry && f) {
      const properties = normaliseProperties(f.properties, issues.notes);
      const id = ids.keep(f.id, issues.notes);
      valid.push(id === undefined
        ? { type: 'Feature', geometry, properties }
        : { type: 'Feature', id, geometry, properties });
      byGeometry[geometry.type] = (byGeometry[geometry.type] ?? 0) + 1;
    }
    if (issues.error) {
      problems.push({ featureIndex: i, ...issues.error, severity: 'error' });
      const loose = f && REPAIRABLE_PROBLEMS.has(issues.error.code) ? looseArea(f.geometry, opts.transform) : null;
      if (loose && f) repairable.push({ featureIndex: i, geometry: loose, properties: normaliseProperties(f.properties, new Map()) });
    }
    for (const [code, params] of issues.notes) {
      problems.push({ featureIndex: i, code, params, severity: 'note' });
      notes++;
    }
  }
  opts.onProgress?.(raw.length, raw.length);
  return {
    valid,
    problems,
    repairable,
    counts: { total: raw.length, valid: valid.length, invalid: raw.length - valid.length, notes, byGeometry },
  };
}
