// Reference divisions from files: any polygon layer (SCB's DeSO or RegSO GeoPackage, the
// municipality's own districts) saved in the workspace so areas can be adopted from its parts like
// from the bundled layers. SCB's field names are recognised: desokod / regsokod for the code,
// regsonamn for the name, kommunkod for keeping only the workspace's municipality from a national file.
import type { NormalisedFeature, Problem } from './io/types';
import type { DivisionPart, ImportSource, ReferenceDivision } from './model';

export interface DivisionChoice {
  name: string;
  codeField: string | null;
  nameField: string | null;
  /** Keep only parts whose kommunkod is this (null: keep all). */
  kommun: string | null;
}

export const KOMMUN_FIELD = 'kommunkod';
export const SCB_ATTRIBUTION = 'Källa: SCB (CC0)';
const MAX_NAME = 120;

/** "Förvaltning", "start_date" and "Start date" all compare as the same name. */
const normal = (s: string) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[\s_.-]/g, '');

const pick = (names: readonly string[], wanted: readonly string[]): string | null => {
  const byNormal = new Map(names.map((n) => [normal(n), n]));
  return wanted.map((w) => byNormal.get(w)).find((n) => n !== undefined) ?? null;
};

/** SCB's own columns first, then what municipal GIS layers call a code and a name. */
export function guessDivisionFields(names: readonly string[]): Pick<DivisionChoice, 'codeField' | 'nameField'> {
  return {
    codeField: pick(names, ['desokod', 'regsokod', 'deso', 'regso', 'kod', 'code', 'omradeskod', 'nyckelkod', 'basomrade', 'id']),
    nameField: pick(names, ['regsonamn', 'namn', 'name', 'omradesnamn', 'omrade', 'benamning', 'label']),
  };
}

export function divisionKind(codeField: string | null): ReferenceDivision['kind'] {
  const field = normal(codeField ?? '');
  return field === 'desokod' ? 'deso' : field === 'regsokod' ? 'regso' : 'other';
}

const text = (v: unknown) => (v === null || v === undefined ? '' : String(v)).trim();

export interface DivisionPlan {
  division: ReferenceDivision | null;
  problems: Problem[];
}

/**
 * The division the features would make, without storing anything: every polygon with a code becomes
 * a part; a feature without a code, with a code already taken, or that is not a polygon is refused
 * with a message; parts of other municipalities are left out when a kommun is chosen (one note).
 * A missing name or code field stops the whole division: an error for the file as a whole.
 */
export function prepareDivision(
  features: readonly NormalisedFeature[], sourceIndex: readonly number[] | undefined, choice: DivisionChoice,
  source: ImportSource & { id: string },
): DivisionPlan {
  const problems: Problem[] = [];
  const parts: DivisionPart[] = [];
  const seen = new Set<string>();
  const kind = divisionKind(choice.codeField);
  let elsewhere = 0;
  features.forEach((f, i) => {
    const featureIndex = sourceIndex?.[i] ?? i;
    const refuse = (code: string, params: Problem['params'] = {}) => problems.push({ featureIndex, code, params, severity: 'error' });
    if (choice.kommun !== null && text(f.properties[KOMMUN_FIELD]) !== choice.kommun) {
      elsewhere++;
      return;
    }
    const g = f.geometry;
    if (g.type !== 'Polygon' && g.type !== 'MultiPolygon') return refuse('division.problem.notPolygon', { type: g.type });
    const code = choice.codeField === null ? '' : text(f.properties[choice.codeField]);
    if (!code) return refuse('division.problem.noCode', { field: choice.codeField ?? '' });
    if (seen.has(code)) return refuse('division.problem.duplicateCode', { code: code.slice(0, 60) });
    seen.add(code);
    const name = (choice.nameField === null ? '' : text(f.properties[choice.nameField])) || code;
    const regso = kind === 'deso' ? text(f.properties.regsokod) : '';
    parts.push({ code, name: name.slice(0, MAX_NAME), geometry: g, ...(regso ? { regso } : {}) });
  });
  if (elsewhere > 0) problems.unshift({ featureIndex: -1, code: 'division.note.otherMunicipalities', params: { n: elsewhere, municipality: choice.kommun ?? '' }, severity: 'note' });
  const name = choice.name.trim();
  // Choices that stop the whole division, listed with the file's problems (row: the whole file).
  const stop = (code: string, params: Problem['params'] = {}) => problems.unshift({ featureIndex: -1, code, params, severity: 'error' });
  if (!name) stop('division.error.nameRequired');
  if (name.length > MAX_NAME) stop('division.error.nameTooLong', { max: MAX_NAME });
  if (choice.codeField === null) stop('division.error.noCodeField');
  const { id, ...importSource } = source;
  const stopped = problems.some((p) => p.featureIndex === -1 && p.severity === 'error');
  const division: ReferenceDivision | null = parts.length === 0 || stopped || choice.codeField === null ? null : {
    id, createdAt: source.importedAt, updatedAt: source.importedAt, name, kind, source: importSource,
    codeField: choice.codeField, nameField: choice.nameField,
    attribution: kind === 'other' ? source.file : SCB_ATTRIBUTION, parts,
  };
  return { division, problems };
}
