// The workspace's gate model can be adapted to how a municipality already works: rename, add,
// reorder and remove gates. Reviews keep the gate id and code they were made at, so a gate that
// any review refers to cannot be removed: that would rewrite the history of past decisions.
import { defineCommand } from './command';
import { DomainError } from '../errors';
import type { GateDef, Id, PlatsenDocument, Workspace } from '../model';
import { workspaceOf } from '../model';
import { emptyDraft, putInto, type Draft } from '../patch';

export type GateName = GateDef['name'];

function workspaceGates(doc: PlatsenDocument): { ws: Workspace; gates: GateDef[] } {
  const ws = workspaceOf(doc);
  if (!ws) throw new DomainError('gates.error.noWorkspace');
  return { ws, gates: ws.settings.gates };
}

function indexOfGate(gates: GateDef[], id: Id): number {
  const index = gates.findIndex((g) => g.id === id);
  if (index < 0) throw new DomainError('gates.error.notFound', { id });
  return index;
}

/** A gate with trimmed texts; throws when a text is blank or the code is already used by another gate. */
function checkedGate(gate: GateDef, others: GateDef[]): GateDef {
  const code = gate.code.trim();
  const name = { sv: gate.name.sv.trim(), en: gate.name.en.trim() };
  if (!code) throw new DomainError('gates.error.codeRequired');
  if (!name.sv || !name.en) throw new DomainError('gates.error.nameRequired');
  // Codes label symbols and columns, and identify a gate in reviews whose gate id is gone.
  if (others.some((g) => g.code.trim().toLowerCase() === code.toLowerCase())) throw new DomainError('gates.error.codeTaken', { code });
  return { ...gate, code, name };
}

function withGates(ws: Workspace, gates: GateDef[], now: string): Draft {
  return putInto(emptyDraft(), 'workspace', { ...ws, settings: { ...ws.settings, gates }, updatedAt: now });
}

export interface RenameGateArgs {
  id: Id;
  code?: string;
  name?: Partial<GateName>;
}

export const renameGate = defineCommand<RenameGateArgs>('command.renameGate', (doc, { id, code, name }, ctx) => {
  const { ws, gates } = workspaceGates(doc);
  const index = indexOfGate(gates, id);
  const old = gates[index]!;
  const gate = checkedGate({ ...old, code: code ?? old.code, name: { ...old.name, ...name } }, gates.filter((g) => g.id !== id));
  if (gate.code === old.code && gate.name.sv === old.name.sv && gate.name.en === old.name.en) return emptyDraft();
  return withGates(ws, gates.map((g) => (g.id === id ? gate : g)), ctx.now);
});

export interface AddGateArgs {
  /** Position in the gate list; past the end (or omitted) appends. */
  index?: number;
  code: string;
  name: GateName;
}

export const addGate = defineCommand<AddGateArgs>('command.addGate', (doc, { index, code, name }, ctx) => {
  const { ws, gates } = workspaceGates(doc);
  const gate = checkedGate({ id: ctx.newId('gate'), code, name }, gates);
  const at = Math.min(Math.max(index ?? gates.length, 0), gates.length);
  return withGates(ws, [...gates.slice(0, at), gate, ...gates.slice(at)], ctx.now);
});

export interface MoveGateArgs {
  id: Id;
  /** The gate's new position; clamped to the list. Up and down are the current index -1 and +1. */
  to: number;
}

/** Reordering changes every investment's derived phase accordingly: phases follow the gate order. */
export const moveGate = defineCommand<MoveGateArgs>('command.moveGate', (doc, { id, to }, ctx) => {
  const { ws, gates } = workspaceGates(doc);
  const from = indexOfGate(gates, id);
  const target = Math.min(Math.max(Math.trunc(to), 0), gates.length - 1);
  if (target === from) return emptyDraft();
  const rest = gates.filter((g) => g.id !== id);
  return withGates(ws, [...rest.slice(0, target), gates[from]!, ...rest.slice(target)], ctx.now);
});

export const removeGate = defineCommand<{ id: Id }>('command.removeGate', (doc, { id }, ctx) => {
  const { ws, gates } = workspaceGates(doc);
  indexOfGate(gates, id);
  const count = Object.values(doc.reviews).filter((r) => r.gateId === id).length;
  if (count) throw new DomainError('gates.error.inUse', { count });
  // Phase derivation needs somewhere to start.
  if (gates.length === 1) throw new DomainError('gates.error.lastGate');
  return withGates(ws, gates.filter((g) => g.id !== id), ctx.now);
});
