// Test support for domain tests (imported by *.test.ts only, never by the app): small hand-built
// documents with round numbers, so expected sums can be worked out by hand, and the do -> undo ->
// redo check every command test goes through.
import { expect } from 'vitest';
import type { Command, CommandContext, Applied } from './commands/command';
import { execute } from './commands/command';
import { DomainError, type Params } from './errors';
import { DEFAULT_GATES, blankAspects, blankBenefitRatings } from './gates';
import { investmentDefaults } from './investments';
import type { Polygon } from 'geojson';
import type { Area, Department, GateReview, Investment, PlatsenDocument, Workspace } from './model';
import { emptyDocument } from './model';
import { applyPatch } from './patch';

const T0 = '2026-01-15T09:00:00.000Z';

/** Deterministic ids and clock: ids are prefix_1, prefix_2, ... per context. */
export function testContext(now = '2026-03-01T10:00:00.000Z'): CommandContext {
  let n = 0;
  return { now, newId: (prefix) => `${prefix}_${++n}` };
}

/** An axis-aligned rectangle in lon/lat. */
export function rect(minX: number, minY: number, maxX: number, maxY: number): Polygon {
  return { type: 'Polygon', coordinates: [[[minX, minY], [maxX, minY], [maxX, maxY], [minX, maxY], [minX, minY]]] };
}

export function testWorkspace(changes: Partial<Workspace> = {}): Workspace {
  return {
    id: 'ws', createdAt: T0, updatedAt: T0, name: 'Test', municipality: 'Malmö', isDemo: false,
    defaultView: { center: [13, 55.6], zoom: 11 },
    settings: { gates: structuredClone(DEFAULT_GATES), categories: { physical: ['Park'], social: ['Trygghet'] } },
    ...changes,
  };
}

export function testArea(id: string, name: string, geometry: Area['geometry']): Area {
  return { id, name, geometry, createdAt: T0, updatedAt: T0, description: '', source: { type: 'drawn' } };
}

export function testDepartment(id: string, name: string): Department {
  return { id, name, short: name.slice(0, 3).toUpperCase(), createdAt: T0, updatedAt: T0 };
}

export function testInvestment(id: string, changes: Partial<Investment> = {}): Investment {
  return {
    ...investmentDefaults(),
    id, createdAt: T0, updatedAt: T0, title: `Insats ${id}`, kind: 'physical', category: 'Park',
    geometry: { type: 'Point', coordinates: [13.005, 55.605] },
    ...changes,
  };
}

export function testReview(id: string, changes: Partial<GateReview> = {}): GateReview {
  return {
    id, createdAt: T0, updatedAt: T0, investmentId: 'inv_a', gateId: 'gate-g0', gateCode: 'G0', date: '2026-02-01',
    aspects: blankAspects(), benefitRatings: blankBenefitRatings(), decision: 'wait', reason: '',
    decidedBy: 'Programgruppen', nextReviewDate: null, correctsReviewId: null, public: false,
    ...changes,
  };
}

/** A document with one workspace (default gates) and the given records. */
export function testDoc(parts: {
  workspace?: Workspace; areas?: Area[]; investments?: Investment[]; reviews?: GateReview[]; departments?: Department[];
} = {}): PlatsenDocument {
  const doc = emptyDocument();
  const ws = parts.workspace ?? testWorkspace();
  doc.workspace[ws.id] = ws;
  for (const a of parts.areas ?? []) doc.areas[a.id] = a;
  for (const i of parts.investments ?? []) doc.investments[i.id] = i;
  for (const r of parts.reviews ?? []) doc.reviews[r.id] = r;
  for (const d of parts.departments ?? []) doc.departments[d.id] = d;
  return doc;
}

/**
 * Runs a command and checks the round trip history relies on: undo gives back exactly the
 * document before, redo exactly the document after. Returns what the command applied.
 */
export function doUndoRedo<Args>(doc: PlatsenDocument, command: Command<Args>, args: Args, ctx = testContext()): Applied {
  const before = structuredClone(doc);
  const applied = execute(doc, command, args, ctx);
  if (!applied) throw new Error(`${command.label} changed nothing`);
  expect(doc).toEqual(before);
  const undone = applyPatch(applied.doc, applied.inverse);
  expect(undone).toEqual(before);
  expect(applyPatch(undone, applied.patch)).toEqual(applied.doc);
  return applied;
}

/** Runs an edit that must be refused, and checks the message key (and parameters when given). */
export function expectDomainError(run: () => unknown, code: string, params?: Params): void {
  let caught: unknown;
  try {
    run();
  } catch (e) {
    caught = e;
  }
  expect(caught).toBeInstanceOf(DomainError);
  expect(caught).toMatchObject(params ? { code, params } : { code });
}
