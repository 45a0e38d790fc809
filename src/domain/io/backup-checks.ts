// What a backup must be, beyond its shape, before it may replace or join a workspace: ids that can
// be ids, no id twice in a table, texts of a sensible size, and links that point at records that
// exist. Broken links are not refused outright (an old or hand-edited backup may have them): they
// are listed, and the user chooses to restore without them or not at all.
import { visit } from 'jsonc-parser';
import { DomainError } from '../errors';
import { isValidId } from '../ids';
import type { AnyRecord, Id, PlatsenDocument, TableName } from '../model';
import { TABLES } from '../model';

/** Longest text a record field may hold in a backup (the domain's own limits are lower: 20,000). */
export const MAX_TEXT = 100_000;
/** Longest title, name or code. */
export const MAX_SHORT_TEXT = 1_000;
const SHORT_FIELDS = new Set(['title', 'name', 'short', 'code', 'unit', 'category', 'gateCode', 'municipality']);

/** Refuses an id that is not a valid id (`__proto__`, `constructor`, empty, not a string…). */
export function checkId(table: TableName, key: string, record: unknown): void {
  const id = (record as { id?: unknown } | null)?.id;
  if (!isValidId(key) || (id !== undefined && !isValidId(id))) {
    throw new DomainError('backup.error.id', { table, id: String(isValidId(key) ? id : key).slice(0, 60) });
  }
}

/**
 * Refuses a file in which a table names the same id twice. JSON.parse would keep the last of them
 * without a word, so the file's text is scanned (document → table → id) before it is parsed.
 */
export function checkDuplicateIds(text: string): void {
  // Open objects and arrays, each with the property it was opened under.
  const stack: Array<{ array: boolean; key: string }> = [];
  const seen = new Map<string, Set<string>>();
  let property = '';
  let duplicate: { table: string; id: string } | null = null;
  const open = (array: boolean) => stack.push({ array, key: stack.at(-1)?.array ? '[]' : property });
  visit(text, {
    onObjectBegin: () => { open(false); },
    onArrayBegin: () => { open(true); },
    onObjectEnd: () => { stack.pop(); },
    onArrayEnd: () => { stack.pop(); },
    onObjectProperty: (name) => {
      property = name;
      // The file's root, then its "document", then one of its tables: `name` is a record id.
      if (duplicate || stack.length !== 3 || stack[1]!.key !== 'document') return;
      const table = stack[2]!.key;
      const ids = seen.get(table) ?? new Set<string>();
      if (ids.has(name)) duplicate = { table, id: name.slice(0, 60) };
      seen.set(table, ids.add(name));
    },
  });
  if (duplicate) throw new DomainError('backup.error.duplicateId', duplicate);
}

/** Refuses a text field longer than its limit, naming the record, the field and the limit. */
export function checkTexts(table: TableName, record: AnyRecord): void {
  const walk = (value: unknown, field: string) => {
    if (typeof value === 'string') {
      const max = SHORT_FIELDS.has(field.split('.').at(-1)!) ? MAX_SHORT_TEXT : MAX_TEXT;
      if (value.length > max) throw new DomainError('backup.error.textTooLong', { table, id: record.id, field, length: value.length, max });
    } else if (typeof value === 'object' && value !== null && !('coordinates' in value)) {
      for (const [k, v] of Object.entries(value)) walk(v, Array.isArray(value) ? field : field ? `${field}.${k}` : k);
    }
  };
  walk(record, '');
}

/** A link from a record to another record that is not there. */
export interface BrokenLink {
  table: TableName;
  id: Id;
  field: string;
  /** The id linked to. */
  target: Id;
  /** A required link (a review's investment): the record cannot be kept without it and is left out. */
  required: boolean;
}

type LinkSpec = { field: string; to: TableName; required?: boolean; list?: boolean };

/** Every link between records, by table. */
const LINKS: Partial<Record<TableName, LinkSpec[]>> = {
  programmes: [{ field: 'areaId', to: 'areas', required: true }, { field: 'programmeGroup', to: 'departments', list: true }],
  investments: [
    { field: 'areaId', to: 'areas' }, { field: 'departmentId', to: 'departments' }, { field: 'overallGoalIds', to: 'goals', list: true },
  ],
  reviews: [{ field: 'investmentId', to: 'investments', required: true }, { field: 'correctsReviewId', to: 'reviews' }],
  indicators: [{ field: 'programmeId', to: 'programmes', required: true }],
  realisations: [{ field: 'investmentId', to: 'investments', required: true }],
  notes: [{ field: 'areaId', to: 'areas' }],
  divisionStats: [{ field: 'divisionId', to: 'divisions', required: true }],
};

const has = (doc: PlatsenDocument, table: TableName, id: unknown) => typeof id === 'string' && Object.hasOwn(doc[table], id);

/** The links of `doc` that point at nothing, including those left broken by leaving out records without a required link. */
export function brokenLinks(doc: PlatsenDocument): BrokenLink[] {
  const broken: BrokenLink[] = [];
  let current = doc;
  for (;;) {
    const found: BrokenLink[] = [];
    for (const table of TABLES) {
      for (const record of Object.values(current[table]) as AnyRecord[]) {
        const rec = record as unknown as Record<string, unknown>;
        for (const link of LINKS[table] ?? []) {
          const targets = link.list ? (rec[link.field] as unknown[]) : [rec[link.field]];
          for (const target of targets) {
            if (target !== null && !has(current, link.to, target)) {
              found.push({ table, id: record.id, field: link.field, target: String(target), required: !!link.required });
            }
          }
        }
        if (table === 'tours') {
          for (const scene of (record as { scenes: Array<{ focus: { type: 'area' | 'investment'; id: Id } | null }> }).scenes) {
            const to = scene.focus?.type === 'area' ? 'areas' : 'investments';
            if (scene.focus && !has(current, to, scene.focus.id)) {
              found.push({ table, id: record.id, field: 'scenes.focus', target: scene.focus.id, required: false });
            }
          }
        }
      }
    }
    const fresh = found.filter((b) => !broken.some((o) => o.table === b.table && o.id === b.id && o.field === b.field && o.target === b.target));
    broken.push(...fresh);
    if (!fresh.some((b) => b.required)) return broken;
    current = withoutBrokenLinks(current, fresh);
  }
}

/**
 * The document kept without its broken links: an optional link is cleared (null, or left out of
 * its list, a tour scene loses its focus), a record whose required link is broken is left out.
 */
export function withoutBrokenLinks(doc: PlatsenDocument, broken: readonly BrokenLink[]): PlatsenDocument {
  const next = { ...doc } as Record<TableName, Record<Id, AnyRecord>>;
  for (const b of broken) {
    const rows = { ...next[b.table] };
    const rec = rows[b.id] as unknown as Record<string, unknown> | undefined;
    if (!rec) continue;
    if (b.required) delete rows[b.id];
    else if (b.field === 'scenes.focus') {
      const scenes = (rec.scenes as Array<{ focus: { id: Id } | null }>).map((s) => (s.focus?.id === b.target ? { ...s, focus: null } : s));
      rows[b.id] = { ...rec, scenes } as unknown as AnyRecord;
    } else {
      const value = rec[b.field];
      rows[b.id] = { ...rec, [b.field]: Array.isArray(value) ? value.filter((v) => v !== b.target) : null } as unknown as AnyRecord;
    }
    next[b.table] = rows;
  }
  return next as unknown as PlatsenDocument;
}
