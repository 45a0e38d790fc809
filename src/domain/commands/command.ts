// Every document edit is a command: a pure function from the document to a draft of the records it
// wants. Running it yields the next document, the field-level patch (derived from the draft and the
// document before, in patch.ts) and its inverse (derived from the patch), which history keeps.
import type { PlatsenDocument } from '../model';
import type { Draft, Patch } from '../patch';
import { applyPatch, diffPatch, invertPatch, isEmptyPatch } from '../patch';

export interface CommandContext {
  /** ISO timestamp used for createdAt/updatedAt, injected so tests are deterministic. */
  now: string;
  newId(prefix: string): string;
}

export interface Command<Args> {
  /** i18n key of the label shown in undo/redo tooltips, e.g. 'command.addInvestment'. */
  label: string;
  /** Builds the draft; throws DomainError when the edit would break a rule. */
  run(doc: PlatsenDocument, args: Args, ctx: CommandContext): Draft;
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
  const patch = diffPatch(doc, command.run(doc, args, ctx));
  if (isEmptyPatch(patch)) return null;
  return { label: command.label, doc: applyPatch(doc, patch), patch, inverse: invertPatch(patch) };
}
