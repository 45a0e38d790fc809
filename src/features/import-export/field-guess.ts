// First guesses for the field mapping, from the column names Swedish municipalities' files use.
// The user sees every guess in a select and can change it before importing.
import { MAPPED_FIELDS, type FieldMapping, type MappedField } from '../../domain/commands/import-features';
import type { NormalisedFeature } from '../../domain/io/types';

const GUESSES: Record<MappedField, string[]> = {
  name: ['namn', 'name', 'titel', 'title', 'benamning', 'rubrik', 'omrade', 'omradesnamn', 'label'],
  description: ['beskrivning', 'description', 'desc', 'text', 'kommentar', 'comment'],
  kind: ['typ', 'kind', 'slag', 'art', 'insatstyp', 'type'],
  category: ['kategori', 'category', 'kat'],
  department: ['forvaltning', 'department', 'namnd', 'ansvarig', 'ansvarigforvaltning', 'agare', 'owner'],
  budget: ['budget', 'investering', 'investment', 'kostnad', 'belopp', 'budgetinvestering'],
  startDate: ['start', 'startdatum', 'startdate', 'fran', 'from', 'datumstart'],
  endDate: ['slut', 'slutdatum', 'enddate', 'till', 'to', 'datumslut'],
};

/** "Förvaltning", "start_date" and "Start date" all compare as the same name. */
const normal = (s: string) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[\s_.-]/g, '');

/** Property names in first-seen order over the first features (files rarely add columns late). */
export function propertyNames(features: readonly NormalisedFeature[], sample = 1000): string[] {
  const names = new Set<string>();
  for (const f of features.slice(0, sample)) for (const k of Object.keys(f.properties)) names.add(k);
  return [...names];
}

export function guessMapping(names: readonly string[]): FieldMapping {
  const byNormal = new Map(names.map((n) => [normal(n), n]));
  const mapping = {} as FieldMapping;
  for (const field of MAPPED_FIELDS) mapping[field] = GUESSES[field].map((g) => byNormal.get(g)).find((n) => n !== undefined) ?? null;
  return mapping;
}
