// Every document edit is a command: a pure function from the document to a patch. Running it
// yields the next document and the inverse patch (derived once in patch.ts), which history keeps.
import type { PlatsenDocument } from '../model';
import type { Patch } from '../patch';
import { applyPatch, invertPatch, isEmptyPatch } from '../patch';

export interface CommandContext {
  /** ISO timestamp used for createdAt/updatedAt, injected so tests are deterministic. */
  now: string;
  newId(prefix: string): string;
}

export interface Command<Args> {
  /** i18n key of the label shown in undo/redo tooltips, e.g. 'command.addInvestment'. */
  label: string;
  /** Builds the patch; throws DomainError when the edit would break a rule. */
  run(doc: PlatsenDocument, args: Args, ctx: CommandContext): Patch;
}

export interface Applied {
  label: string;
  doc: PlatsenDocument;
  patch: Patch;
  inverse: Patch;
}

export function defineCommand<Args>(label: string, run: Command<Args>['run']): Command<Args> {
  return { label, run };
}

/** Runs a command; null when it changes nothing (nothing to save, nothing to undo). */
export function execute<Args>(doc: PlatsenDocument, command: Command<Args>, args: Args, ctx: CommandContext): Applied | null {
  const patch = command.run(doc, args, ctx);
  if (isEmptyPatch(patch)) return null;
  return { label: command.label, doc: applyPatch(doc, patch), patch, inverse: invertPatch(doc, patch) };
}
