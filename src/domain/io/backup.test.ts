import { describe, expect, it } from 'vitest';
import { DomainError } from '../errors';
import type { GateReviewV1, InvestmentV1 } from '../migrations';
import { SCHEMA_VERSION, type PlatsenDocument } from '../model';
import { rect, testArea, testDoc, testInvestment, testReview } from '../test-kit';
import { BACKUP_FORMAT, parseBackup, serializeBackup } from './backup';

const NOW = '2026-11-27T09:00:00.000Z';

function sampleDoc(): PlatsenDocument {
  return testDoc({
    areas: [testArea('area_a', 'Lindängen', rect(13, 55.6, 13.01, 55.61))],
    investments: [testInvestment('inv_a', { areaId: 'area_a', visibility: 'public', internalNotes: 'intern' })],
    reviews: [testReview('rev_1', { decision: 'pass', reason: 'Stor nytta', public: true })],
  });
}

/** A backup text with `change` applied to its parsed JSON, for damaged and old files. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- edits reach into any path of the file
function editedBackup(change: (data: Record<string, any>) => void, doc = sampleDoc()): string {
  const data = JSON.parse(serializeBackup(doc, NOW));
  change(data);
  return JSON.stringify(data);
}

function errorOf(f: () => unknown): DomainError {
  try {
    f();
  } catch (e) {
    if (e instanceof DomainError) return e;
    throw e;
  }
  throw new Error('expected a DomainError');
}

describe('workspace backup', () => {
  it('round-trips a document through the versioned envelope', () => {
    const doc = sampleDoc();
    const text = serializeBackup(doc, NOW);
    expect(JSON.parse(text)).toMatchObject({ format: BACKUP_FORMAT, schemaVersion: SCHEMA_VERSION, exportedAt: NOW, app: 'platsen' });
    expect(parseBackup(text)).toEqual(doc);
  });

  it('reads a file that starts with a byte order mark', () => {
    expect(parseBackup(`\uFEFF${serializeBackup(sampleDoc(), NOW)}`)).toEqual(sampleDoc());
  });

  it('names what is wrong with a file that is not a backup', () => {
    expect(errorOf(() => parseBackup('{"format": ')).code).toBe('backup.error.notJson');
    expect(errorOf(() => parseBackup('{"type":"FeatureCollection","features":[]}')).code).toBe('backup.error.format');
    expect(errorOf(() => parseBackup('[]')).code).toBe('backup.error.format');
    expect(errorOf(() => parseBackup(editedBackup((d) => { d.schemaVersion = '2'; }))).code).toBe('backup.error.version');
  });

  it('refuses a backup from a newer version, saying which versions are involved', () => {
    const e = errorOf(() => parseBackup(editedBackup((d) => { d.schemaVersion = SCHEMA_VERSION + 1; })));
    expect(e.code).toBe('backup.error.newerVersion');
    expect(e.params).toEqual({ found: SCHEMA_VERSION + 1, supported: SCHEMA_VERSION });
  });

  it('refuses damaged tables and records, naming the table, record and field', () => {
    expect(errorOf(() => parseBackup(editedBackup((d) => { d.document.investments = []; }))).params).toEqual({ table: 'investments' });
    expect(errorOf(() => parseBackup(editedBackup((d) => { delete d.document.areas; }))).code).toBe('backup.error.table');
    const renamed = errorOf(() => parseBackup(editedBackup((d) => { d.document.investments.inv_a.id = 'inv_b'; })));
    expect([renamed.code, renamed.params]).toEqual(['backup.error.record', { table: 'investments', id: 'inv_a' }]);
    const noKind = errorOf(() => parseBackup(editedBackup((d) => { delete d.document.investments.inv_a.kind; })));
    expect([noKind.code, noKind.params]).toEqual(['backup.error.field', { table: 'investments', id: 'inv_a', field: 'kind' }]);
    const noTitle = errorOf(() => parseBackup(editedBackup((d) => { d.document.investments.inv_a.title = 7; })));
    expect(noTitle.params).toMatchObject({ field: 'title' });
    const twoWorkspaces = errorOf(() => parseBackup(editedBackup((d) => { d.document.workspace.ws2 = { ...d.document.workspace.ws, id: 'ws2' }; })));
    expect([twoWorkspaces.code, twoWorkspaces.params]).toEqual(['backup.error.workspace', { count: 2 }]);
  });

  it('refuses geometry that is missing, malformed, projected or not finite', () => {
    const geometryError = (geometry: unknown) => errorOf(() => parseBackup(editedBackup((d) => { d.document.investments.inv_a.geometry = geometry; })));
    for (const bad of [
      null,
      { type: 'Point', coordinates: [null, 55.6] }, // what NaN becomes in JSON
      { type: 'Point', coordinates: [118_000, 6_160_000] }, // SWEREF 99 TM, not lon/lat
      { type: 'LineString', coordinates: [[13, 55.6]] },
      { type: 'Circle', coordinates: [13, 55.6] },
    ]) {
      expect(geometryError(bad)).toMatchObject({ code: 'backup.error.geometry', params: { table: 'investments', id: 'inv_a' } });
    }
    const ring = errorOf(() => parseBackup(editedBackup((d) => { d.document.areas.area_a.geometry.coordinates[0].pop(); })));
    expect(ring.params).toEqual({ table: 'areas', id: 'area_a' });
  });

  it('never writes a backup it could not read back', () => {
    const doc = sampleDoc();
    doc.investments.inv_a!.geometry = { type: 'Point', coordinates: [Number.NaN, 55.6] };
    expect(errorOf(() => serializeBackup(doc, NOW)).code).toBe('backup.error.geometry');
  });

  it('reads a schema 1 backup, migrating records the same way the database upgrade does', () => {
    const text = editedBackup((d) => {
      d.schemaVersion = 1;
      const { budget: _b, wholeArea: _w, areaOverride: _o, ...inv } = d.document.investments.inv_a;
      d.document.investments.inv_a = { ...inv, budget: 2_500_000 } satisfies InvestmentV1;
      const { benefitRatings: _r, public: _p, ...rev } = d.document.reviews.rev_1;
      d.document.reviews.rev_1 = rev satisfies GateReviewV1;
      for (const table of ['indicators', 'realisations', 'notes', 'tours']) delete d.document[table];
    });
    const doc = parseBackup(text);
    expect(doc.investments.inv_a).toMatchObject({
      budget: { investment: 2_500_000, operatingPerYear: 0, externalFunding: 0 }, wholeArea: false, areaOverride: false,
      internalNotes: 'intern', visibility: 'public',
    });
    // A v1 review was internal: restoring an old backup must not publish its comments.
    expect(doc.reviews.rev_1).toMatchObject({ public: false, reason: 'Stor nytta', benefitRatings: { social: 'notAssessed' } });
    expect(doc.notes).toEqual({});
  });

  it('lets only files older than a table lack it', () => {
    const v2 = editedBackup((d) => { d.schemaVersion = 2; delete d.document.tours; });
    expect(parseBackup(v2).tours).toEqual({});
    const current = editedBackup((d) => { delete d.document.tours; });
    expect(errorOf(() => parseBackup(current)).params).toEqual({ table: 'tours' });
  });
});
