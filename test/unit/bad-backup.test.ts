// The bad-backup corpus: backups broken the ways real files are (a hand edit, an old bug, two files
// merged by hand). Each is either refused with a Swedish message that says why and that nothing
// changed, or its broken links are listed for the user's choice; either way the workspace already
// in the browser loses nothing.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { replaceDocument } from '../../src/domain/commands/replace-document';
import { DomainError } from '../../src/domain/errors';
import { parseBackup, serializeBackup } from '../../src/domain/io/backup';
import { brokenLinks, withoutBrokenLinks } from '../../src/domain/io/backup-checks';
import '../../src/i18n/strings';
import { translate } from '../../src/i18n/translate';
import { openTabs } from '../../src/store/tabs-kit';
import { baseDocument } from '../fixtures/make-bad-backups';
import { FIXTURES } from './io-fixtures';

const folder = join(FIXTURES, 'bad-backup');
const read = (file: string) => readFileSync(join(folder, file), 'utf8');
/** The Swedish message, with the narrow spaces that group digits as plain spaces. */
const sv = (e: DomainError) => translate('sv', e.code, e.params).replace(/[\u00a0\u202f]/g, ' ');

const REFUSED: Array<[file: string, code: string, swedish: string]> = [
  ['id-proto.platsen.json', 'backup.error.id', 'id "__proto__" inte är ett giltigt id'],
  ['id-constructor.platsen.json', 'backup.error.id', 'id "constructor" inte är ett giltigt id'],
  ['id-empty.platsen.json', 'backup.error.id', 'tabellen "areas" vars id "" inte är ett giltigt id'],
  ['id-not-a-string.platsen.json', 'backup.error.id', 'id "7" inte är ett giltigt id'],
  ['id-twice.platsen.json', 'backup.error.duplicateId', 'två poster med id "inv_1" i tabellen "investments"'],
  ['title-too-long.platsen.json', 'backup.error.textTooLong', 'fältet "title" i posten "inv_1" (investments) är 2 000 tecken långt, men högst 1 000'],
];

const REPORTED: Array<[file: string, links: Array<[table: string, id: string, field: string, required: boolean]>]> = [
  ['review-without-investment.platsen.json', [['reviews', 'rev_1', 'investmentId', true]]],
  ['investment-without-area.platsen.json', [['investments', 'inv_1', 'areaId', false]]],
  ['investment-without-department.platsen.json', [['investments', 'inv_1', 'departmentId', false]]],
  // Leaving out the programme leaves its indicator without one too.
  ['programme-without-area.platsen.json', [['programmes', 'prog_1', 'areaId', true], ['indicators', 'ind_1', 'programmeId', true]]],
];

let kit: Awaited<ReturnType<typeof openTabs>> | undefined;
afterEach(() => kit?.close());

/** A browser holding a workspace of its own, into which a backup is restored. */
async function workspaceInBrowser() {
  const mine = parseBackup(serializeBackup(baseDocument(), '2026-03-02T00:00:00.000Z'));
  mine.investments.inv_1!.title = 'Mitt parkstråk';
  kit = await openTabs(1, mine);
  return { store: kit.tabs[0]!.store, before: await kit.stored() };
}

describe('bad-backup corpus', { timeout: 30_000 }, () => {
  it('covers every file in the folder', () => {
    expect(readdirSync(folder).sort()).toEqual([...REFUSED.map((c) => c[0]), ...REPORTED.map((c) => c[0])].sort());
  });

  it.each(REFUSED)('%s is refused: %s', async (file, code, swedish) => {
    const { before } = await workspaceInBrowser();
    let error: unknown;
    try {
      parseBackup(read(file));
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(DomainError);
    const { code: got, params } = error as DomainError;
    expect(got).toBe(code);
    const message = sv(new DomainError(got, params));
    expect(message).toContain(swedish);
    expect(message).toContain('Inget har ändrats.');
    expect(await kit!.stored()).toEqual(before);
  });

  it('refuses a 50 MB description, saying the limit', () => {
    const data = JSON.parse(read('investment-without-area.platsen.json'));
    data.document.investments.inv_1.description = 'x'.repeat(50 * 1024 * 1024);
    let error: DomainError | undefined;
    try {
      parseBackup(JSON.stringify(data));
    } catch (e) {
      error = e as DomainError;
    }
    expect(sv(error!)).toContain('fältet "description" i posten "inv_1" (investments) är 52 428 800 tecken långt, men högst 100 000 tecken');
  });

  it.each(REPORTED)('%s: its broken links are listed; cancel keeps everything, "restore without them" loses nothing else', async (file, links) => {
    const theirs = parseBackup(read(file));
    const broken = brokenLinks(theirs);
    expect(broken.map((b) => [b.table, b.id, b.field, b.required])).toEqual(links);

    // Cancel: no command is run, the workspace stays as it was.
    const { store, before } = await workspaceInBrowser();
    expect(await kit!.stored()).toEqual(before);

    // Restore without the broken links: every record kept except those that cannot be without theirs.
    expect(await store.dispatch(replaceDocument, { next: withoutBrokenLinks(theirs, broken) })).toEqual({ ok: true });
    const stored = await kit!.stored();
    for (const [table, rows] of Object.entries(theirs)) {
      for (const id of Object.keys(rows)) {
        const left = broken.some((b) => b.required && b.table === table && b.id === id);
        expect(Object.hasOwn(stored[table as keyof typeof stored], id), `${table} ${id}`).toBe(!left);
      }
    }
    for (const b of broken.filter((x) => !x.required)) {
      expect((stored[b.table] as unknown as Record<string, Record<string, unknown>>)[b.id]![b.field]).toBeNull();
    }
    expect(brokenLinks(stored)).toEqual([]);
    // And it is one undoable step back to the workspace as it was.
    await store.undo();
    expect(await kit!.stored()).toEqual(before);
  });
});
