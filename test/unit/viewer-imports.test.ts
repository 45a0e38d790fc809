// The viewer's import graph, from its entry: no editor layers (store, persistence, features, app)
// and none of the editor's heavy or storage packages. Type-only imports are erased and allowed.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '..', '..');
const FORBIDDEN_DIRS = ['src/store/', 'src/persistence/', 'src/features/', 'src/app/'];
const FORBIDDEN_PACKAGES = ['@turf/', 'terra-draw', 'dexie', 'zustand', 'proj4', 'shpjs', 'papaparse', 'flatbush'];

const IMPORT = /^\s*(?:import|export)\s+(?!type\b)(?:[^'";]*?\sfrom\s+)?['"]([^'"]+)['"]/gm;

function resolveFile(from: string, spec: string): string | null {
  const base = resolve(dirname(from), spec);
  for (const candidate of [base, `${base}.ts`, `${base}.tsx`, join(base, 'index.ts')]) {
    if (existsSync(candidate) && /\.(ts|tsx)$/.test(candidate)) return candidate;
  }
  return null;
}

function graph(entry: string): { files: string[]; packages: string[] } {
  const files = new Set<string>();
  const packages = new Set<string>();
  const queue = [entry];
  while (queue.length) {
    const file = queue.pop()!;
    if (files.has(file)) continue;
    files.add(file);
    for (const [, spec] of readFileSync(file, 'utf8').matchAll(IMPORT)) {
      if (spec!.startsWith('.')) {
        const next = resolveFile(file, spec!);
        if (next) queue.push(next);
      } else {
        packages.add(spec!);
      }
    }
  }
  return { files: [...files].map((f) => relative(ROOT, f)), packages: [...packages] };
}

describe('the viewer imports no editor code', () => {
  const { files, packages } = graph(join(ROOT, 'src/viewer/main.tsx'));

  it('reaches the map encoding and the snapshot reader (the scan follows imports)', () => {
    expect(files).toContain('src/map/layers.ts');
    expect(files).toContain('src/domain/publish/parse-snapshot.ts');
    expect(packages).toContain('maplibre-gl');
  });

  it('never reaches the editor layers or heavy packages', () => {
    expect(files.filter((f) => FORBIDDEN_DIRS.some((d) => f.startsWith(d)))).toEqual([]);
    expect(packages.filter((p) => FORBIDDEN_PACKAGES.some((x) => p.startsWith(x)))).toEqual([]);
  });
});
