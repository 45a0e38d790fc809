// Imports checked features from a user's file as areas (each with its programme, like addArea) or
// as investments (attached to the areas they lie in, like addInvestment), in ONE patch: the store
// writes one patch in one transaction, so an import is stored completely or not at all.
import { defineCommand, type CommandContext } from './command';
import { newArea } from './add-area';
import { newProgramme, reattachedInvestments } from '../areas';
import { DomainError, isDomainError } from '../errors';
import { createInvestment, isIsoDate, validateInvestment } from '../investments';
import type { NormalisedFeature, Problem } from '../io/types';
import { prepareDivision, type DivisionChoice } from '../divisions';
import type { Area, Department, Id, Investment, InvestmentGeometry, InvestmentKind, PlatsenDocument, Programme, ReferenceDivision } from '../model';
import { workspaceOf } from '../model';
import { emptyDraft, putInto } from '../patch';

export type ImportTarget = 'areas' | 'investments' | 'division';

export const MAPPED_FIELDS = ['name', 'description', 'kind', 'category', 'department', 'budget', 'startDate', 'endDate'] as const;
export type MappedField = (typeof MAPPED_FIELDS)[number];
/** For each field of ours, the file's property it is read from (null: not read). */
export type FieldMapping = Record<MappedField, string | null>;

export interface ImportFeaturesArgs {
  target: ImportTarget;
  /** The features the file check let through, in WGS 84. */
  features: readonly NormalisedFeature[];
  /** Position of each feature in the file, so the report names the row the user can find; default: its index. */
  sourceIndex?: readonly number[];
  /** How many features the file check refused: any refusal stops the import unless onlyValid. */
  refusedInFile: number;
  mapping: FieldMapping;
  /** The kind of investments whose kind is empty or not read from the file. */
  defaultKind: InvestmentKind;
  /** Import the features that can be imported and leave out the rest (the user's explicit choice). */
  onlyValid: boolean;
  /** The file (and layer) the features come from: kept as the source of imported areas and divisions. */
  source?: { file: string; layer?: string };
  /** For target 'division': its name, code and name fields, and the municipality to keep. */
  division?: DivisionChoice;
}

export interface ImportPlan {
  areas: Area[];
  programmes: Programme[];
  investments: Investment[];
  /** The reference division that target 'division' makes (null: none, or nothing to make it of). */
  division: ReferenceDivision | null;
  /** Problems of turning features into records (errors leave the feature out; notes do not). */
  problems: Problem[];
}

const text = (v: unknown): string => (v === null || v === undefined ? '' : typeof v === 'object' ? JSON.stringify(v) : String(v)).trim();

/** "12 500 000", "12 500 000 kr", "1,5" or a number → SEK; empty → 0. */
export function parseAmount(v: unknown): number {
  if (typeof v === 'number') return v;
  const s = text(v).replace(/[\s\u00a0\u202f]/g, '').replace(/(kr|sek|:-)$/i, '').replace(',', '.');
  if (s === '') return 0;
  const n = Number(s);
  if (!Number.isFinite(n) || n < 0) throw new DomainError('investment.error.budget', { field: 'investment' });
  return n;
}

/** An ISO date, or the date part of an ISO timestamp; empty → null. */
export function parseDate(v: unknown): string | null {
  const s = text(v);
  if (s === '') return null;
  const day = s.slice(0, 10);
  if (!isIsoDate(day) || (s.length > 10 && s[10] !== 'T' && s[10] !== ' ')) throw new DomainError('investment.error.date', { value: s.slice(0, 40) });
  return day;
}

const KIND_WORDS: Record<string, InvestmentKind> = {
  physical: 'physical', fysisk: 'physical', fysiska: 'physical', fysiskt: 'physical',
  social: 'social', sociala: 'social', socialt: 'social',
};

function parseKind(v: unknown, fallback: InvestmentKind): InvestmentKind {
  const s = text(v).toLowerCase();
  if (s === '') return fallback;
  const kind = KIND_WORDS[s];
  if (!kind) throw new DomainError('import.problem.unknownKind', { value: s.slice(0, 40) });
  return kind;
}

function departmentIndex(doc: PlatsenDocument): Map<string, Department> {
  const byName = new Map<string, Department>();
  for (const d of Object.values(doc.departments)) {
    byName.set(d.short.toLowerCase(), d);
    byName.set(d.name.toLowerCase(), d);
  }
  return byName;
}

function asInvestmentGeometry(g: NormalisedFeature['geometry']): InvestmentGeometry {
  if (g.type === 'MultiPoint') throw new DomainError('import.problem.multiPoint');
  return g;
}

/**
 * Turns features into records without changing anything: used by the preview (to show every problem
 * before the user decides) and by the command. A record that breaks a rule leaves its feature out
 * with the rule's own message.
 */
export function prepareImport(doc: PlatsenDocument, args: ImportFeaturesArgs, ctx: CommandContext): ImportPlan {
  const plan: ImportPlan = { areas: [], programmes: [], investments: [], division: null, problems: [] };
  const source = { file: args.source?.file ?? '', importedAt: ctx.now, ...(args.source?.layer ? { layer: args.source.layer } : {}) };
  if (args.target === 'division') {
    const choice = args.division ?? { name: '', codeField: null, nameField: null, kommun: null };
    const { division, problems } = prepareDivision(args.features, args.sourceIndex, choice, { id: ctx.newId('div'), ...source });
    return { ...plan, division, problems };
  }
  const field = (f: NormalisedFeature, key: MappedField): unknown => (args.mapping[key] === null ? undefined : f.properties[args.mapping[key]]);
  const departments = departmentIndex(doc);
  const categories = workspaceOf(doc)?.settings.categories;

  args.features.forEach((f, i) => {
    const featureIndex = args.sourceIndex?.[i] ?? i;
    const note = (code: string, params: Problem['params'] = {}) => plan.problems.push({ featureIndex, code, params, severity: 'note' });
    try {
      if (args.target === 'areas') {
        const area = newArea({
          name: text(field(f, 'name')), description: text(field(f, 'description')), geometry: f.geometry,
          ...(args.source ? { source: { type: 'imported', ...source } } : {}),
        }, ctx);
        plan.areas.push(area);
        plan.programmes.push(newProgramme(area.id, ctx));
        return;
      }
      const kind = parseKind(field(f, 'kind'), args.defaultKind);
      const departmentName = text(field(f, 'department'));
      const department = departmentName ? departments.get(departmentName.toLowerCase()) : undefined;
      if (departmentName && !department) note('import.note.departmentUnknown', { name: departmentName.slice(0, 60) });
      const inv = createInvestment(doc, {
        title: text(field(f, 'name')),
        kind,
        category: text(field(f, 'category')) || categories?.[kind][0] || '',
        geometry: asInvestmentGeometry(f.geometry),
        description: text(field(f, 'description')),
        departmentId: department?.id ?? null,
        budget: { investment: parseAmount(field(f, 'budget')), operatingPerYear: 0, externalFunding: 0 },
        startDate: parseDate(field(f, 'startDate')),
        endDate: parseDate(field(f, 'endDate')),
      }, ctx);
      validateInvestment(inv);
      plan.investments.push(inv);
    } catch (e) {
      if (!isDomainError(e)) throw e;
      plan.problems.push({ featureIndex, code: e.code, params: e.params, severity: 'error' });
    }
  });
  return plan;
}

/** One import, one undo step: every area with its programme, or every investment, in one patch. */
export const importFeatures = defineCommand<ImportFeaturesArgs>('command.importFeatures', (doc, args, ctx) => {
  const plan = prepareImport(doc, args, ctx);
  const stop = plan.problems.find((p) => p.featureIndex === -1 && p.severity === 'error');
  if (stop) throw new DomainError(stop.code, stop.params);
  const refused = args.refusedInFile + plan.problems.filter((p) => p.severity === 'error').length;
  if (refused > 0 && !args.onlyValid) throw new DomainError('import.error.invalid', { count: refused });
  if (plan.areas.length === 0 && plan.investments.length === 0 && !plan.division) throw new DomainError('import.error.nothing');
  const patch = emptyDraft();
  if (plan.division) return putInto(patch, 'divisions', plan.division);
  if (args.target === 'investments') return putInto(patch, 'investments', ...plan.investments);
  putInto(patch, 'areas', ...plan.areas);
  putInto(patch, 'programmes', ...plan.programmes);
  // Investments already in the workspace follow the new areas, as they do when one area is drawn.
  const nextAreas: Record<Id, Area> = { ...doc.areas, ...Object.fromEntries(plan.areas.map((a) => [a.id, a])) };
  const moved = reattachedInvestments(doc, nextAreas, plan.areas.map((a) => a.geometry), ctx);
  if (moved.length) putInto(patch, 'investments', ...moved);
  return patch;
});
