// The import's decisions outside React, shared by the dialog and the app-level tests: what the
// command is given, what can be imported, and what stops the import button.
import type { CommandContext } from '../../domain/commands/command';
import { prepareImport, type FieldMapping, type ImportFeaturesArgs, type ImportPlan, type ImportTarget } from '../../domain/commands/import-features';
import type { ImportResult } from '../../domain/io/import-pipeline';
import type { InvestmentKind, PlatsenDocument } from '../../domain/model';
import { divisionKind, guessDivisionFields, KOMMUN_FIELD, type DivisionChoice } from '../../domain/divisions';
import { guessMapping, propertyNames } from './field-guess';

/** A file read and checked by the worker (or, in tests, by the same job in Node). */
export interface ReadFile {
  name: string;
  result: ImportResult;
  sourceIndex: number[];
}

export interface ImportChoices {
  target: ImportTarget;
  mapping: FieldMapping;
  defaultKind: InvestmentKind;
  onlyValid: boolean;
  division: DivisionChoice;
}

/** The kommunkod values of a national file (SCB's DeSO for all Sweden), when it holds several. */
export function kommunValues(read: ReadFile): string[] {
  const values = new Set(read.result.features.map((f) => f.properties[KOMMUN_FIELD]).filter((v) => v !== undefined && v !== null).map(String));
  return values.size > 1 ? [...values].sort() : [];
}

/**
 * The dialog's first choices: guessed fields; a file of polygons only is most likely areas (points
 * and lines can only be investments), or a reference division when it carries SCB's codes. From a
 * national file only the workspace's municipality is kept.
 */
export function defaultChoices(read: ReadFile, kommunkod?: string): ImportChoices {
  const { byGeometry } = read.result.counts;
  const polygons = (byGeometry.Polygon ?? 0) + (byGeometry.MultiPolygon ?? 0);
  const names = propertyNames(read.result.features);
  const fields = guessDivisionFields(names);
  const onlyPolygons = polygons > 0 && polygons === read.result.features.length;
  const kommuner = kommunValues(read);
  return {
    target: !onlyPolygons ? 'investments' : divisionKind(fields.codeField) === 'other' ? 'areas' : 'division',
    mapping: guessMapping(names),
    defaultKind: 'physical',
    onlyValid: false,
    division: {
      name: read.result.layer ?? read.name.replace(/\.[^.]+$/, ''),
      ...fields,
      kommun: kommunkod && kommuner.includes(kommunkod) ? kommunkod : null,
    },
  };
}

export function importArgs(read: ReadFile, choices: ImportChoices): ImportFeaturesArgs {
  return {
    ...choices, features: read.result.features, sourceIndex: read.sourceIndex, refusedInFile: read.result.counts.invalid,
    source: { file: read.name, ...(read.result.layer ? { layer: read.result.layer } : {}) },
  };
}

// The preview's records are thrown away; only their problems are shown, so ids need not be unique.
const previewContext: CommandContext = { now: new Date(0).toISOString(), newId: (prefix) => `${prefix}_preview` };

export function previewPlan(doc: PlatsenDocument, read: ReadFile, choices: ImportChoices): ImportPlan {
  return prepareImport(doc, importArgs(read, choices), previewContext);
}

export interface ImportReadiness {
  /** Records that would be created. */
  importable: number;
  /** Features left out: refused by the file check or by the rules of areas and investments. */
  refused: number;
  /** The coordinate system (or the axis order) still has to be confirmed: confirming reads the file again. */
  needsConfirmation: boolean;
  enabled: boolean;
}

export function readiness(read: ReadFile, plan: ImportPlan, choices: ImportChoices): ImportReadiness {
  const importable = plan.areas.length + plan.investments.length + (plan.division?.parts.length ?? 0);
  const refused = read.result.counts.invalid + plan.problems.filter((p) => p.severity === 'error').length;
  const { needsConfirmation } = read.result.crs;
  return { importable, refused, needsConfirmation, enabled: importable > 0 && !needsConfirmation && (refused === 0 || choices.onlyValid) };
}
