// Workspace name, the category lists per kind and the resident phase of each gate. Categories in
// use by an investment stay listed: removing one would leave investments with a category nobody can
// choose again. Resident phases must go forward along the gates: a map that said "Klart" before
// "Planeras" would mislead residents.
import { defineCommand } from './command';
import { DomainError } from '../errors';
import type { Id, InvestmentKind, Workspace } from '../model';
import { isResidentPhase, phasesInOrder, residentPhasesOf, type ResidentPhase } from '../resident-phases';
import { workspaceOf } from '../model';
import { emptyDraft, putInto } from '../patch';

export interface UpdateWorkspaceArgs {
  name?: string;
  municipality?: string;
  categories?: Workspace['settings']['categories'];
  /** By gate id; gates left out keep their current phase. */
  residentPhases?: Record<Id, ResidentPhase>;
}

const MAX_NAME = 120;

function cleanList(list: string[]): string[] {
  return [...new Set(list.map((c) => c.trim()).filter(Boolean))];
}

export const updateWorkspace = defineCommand<UpdateWorkspaceArgs>('command.updateWorkspace', (doc, args, ctx) => {
  const ws = workspaceOf(doc);
  if (!ws) throw new DomainError('gates.error.noWorkspace');
  const next: Workspace = { ...ws, updatedAt: ctx.now };
  for (const field of ['name', 'municipality'] as const) {
    const value = args[field]?.trim();
    if (value === undefined) continue;
    if (!value) throw new DomainError('workspace.error.nameRequired');
    if (value.length > MAX_NAME) throw new DomainError('workspace.error.nameTooLong', { max: MAX_NAME });
    next[field] = value;
  }
  if (args.categories) {
    const categories = { physical: cleanList(args.categories.physical), social: cleanList(args.categories.social) };
    for (const kind of ['physical', 'social'] as InvestmentKind[]) {
      const used = Object.values(doc.investments).find((i) => i.kind === kind && !categories[kind].includes(i.category));
      if (used) throw new DomainError('workspace.error.categoryInUse', { category: used.category, title: used.title });
    }
    next.settings = { ...ws.settings, categories };
  }
  if (args.residentPhases) {
    const gates = ws.settings.gates;
    for (const [gateId, phase] of Object.entries(args.residentPhases)) {
      if (!gates.some((g) => g.id === gateId) || !isResidentPhase(phase)) throw new DomainError('workspace.error.residentPhase');
    }
    const merged = { ...ws.settings.residentPhases, ...args.residentPhases };
    const phases = residentPhasesOf(gates, merged);
    if (!phasesInOrder(phases)) throw new DomainError('workspace.error.residentPhaseOrder');
    next.settings = { ...next.settings, residentPhases: Object.fromEntries(gates.map((g, i) => [g.id, phases[i]!])) };
  }
  return putInto(emptyDraft(), 'workspace', next);
});
