// The server refuses what the app refuses, by the app's own rules: reviews append-only, a pass
// against a weak aspect needs a reason, a review is corrected once, follow-ups only at the last
// gate, the investment and area validators, and who decides under full or partial governance.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AnyRecord, Investment } from '../../src/domain/model';
import { ENGINES, type TestServer } from './harness';
import type { Mutation } from '../../src/domain/sync/protocol';
import { create, mutation, passReview, openWorkspace, update, type SharedWorkspace, putsOf } from './workspace-fixture';

describe.each(ENGINES)('domain rules on %s', (engine) => {
  let server: TestServer;
  let ws: SharedWorkspace;
  beforeAll(async () => ({ server, ws } = await openWorkspace(engine)));
  afterAll(() => server?.close());

  const record = (id: string, review = passReview(id, 'inv_park')) => create('reviews', review);
  const status = async (client: Parameters<SharedWorkspace['push']>[0], m: Mutation) => (await ws.push(client, [m])).results[0]!;

  it('under full programme governance only the programme group decides at the gate', async () => {
    const editor = await ws.member('Erik', 'editor', 'dep_park');
    const group = await ws.member('Gun', 'programme', 'dep_fri');
    expect(await status(editor, record('rev_full_e'))).toMatchObject({ status: 'refused', reason: 'sync.refused.governance', params: { investment: 'Parken' } });
    expect(await status(group, record('rev_full_g'))).toMatchObject({ status: 'applied' });
  });

  it('under partial governance the owning department decides; the programme group from elsewhere does not', async () => {
    const owner = await ws.member('Olle', 'editor', 'dep_fri');
    const group = await ws.member('Gert', 'programme', 'dep_park');
    expect(await status(group, record('rev_part_g', passReview('rev_part_g', 'inv_youth')))).toMatchObject({ status: 'refused', reason: 'sync.refused.governance' });
    expect(await status(owner, record('rev_part_o', passReview('rev_part_o', 'inv_youth')))).toMatchObject({ status: 'applied' });
  });

  it('a pass against a weak aspect needs a written reason, as in the app', async () => {
    const weak = passReview('rev_weak', 'inv_park', {}, 'weak');
    expect(await status(ws.admin, record('rev_weak', weak))).toMatchObject({ status: 'refused', reason: 'review.error.reasonRequired' });
    const argued = passReview('rev_weak2', 'inv_park', { reason: 'Marknaden är mogen nu' }, 'weak');
    expect(await status(ws.admin, record('rev_weak2', argued))).toMatchObject({ status: 'applied' });
  });

  it('a review is corrected once, by a new review; a second correction of the same review is refused', async () => {
    await ws.push(ws.admin, [record('rev_c0')]);
    const first = passReview('rev_c1', 'inv_park', { correctsReviewId: 'rev_c0', decision: 'wait' });
    expect(await status(ws.admin, record('rev_c1', first))).toMatchObject({ status: 'applied' });
    const second = passReview('rev_c2', 'inv_park', { correctsReviewId: 'rev_c0', decision: 'stop' });
    expect(await status(ws.admin, record('rev_c2', second))).toMatchObject({ status: 'refused', reason: 'review.error.alreadyCorrected' });
  });

  it('a review must be exactly what the app would record: its gate code follows the gate', async () => {
    const forged = passReview('rev_forged', 'inv_park', { gateCode: 'G5' });
    expect(await status(ws.admin, record('rev_forged', forged))).toMatchObject({ status: 'refused', reason: 'sync.refused.invalid' });
  });

  it('benefits realisation is the programme group\'s, and only at the last gate', async () => {
    const editor = await ws.member('Elin', 'editor');
    const followUp = {
      id: 'real_1', createdAt: '2026-03-03T10:00:00.000Z', updatedAt: '2026-03-03T10:00:00.000Z', investmentId: 'inv_park', date: '2026-03-03',
      realised: { environmental: '', social: 'Fler besökare', economic: '' }, degree: { environmental: null, social: 80, economic: null }, public: false,
    };
    const m = () => create('realisations', followUp);
    expect(await status(editor, m())).toMatchObject({ status: 'refused', reason: 'sync.refused.role' });
    expect(await status(ws.admin, m())).toMatchObject({ status: 'refused', reason: 'realisation.error.notAtLastGate' });
  });

  it('investments and areas pass the app\'s validators', async () => {
    const pulled = await ws.pull(ws.admin);
    const inv = putsOf(pulled.patch, 'investments').find((i) => i.id === 'inv_park') as Investment;
    const version = pulled.versions.investments!.inv_park!;
    const negative = update('investments', 'inv_park', version, { budget: { ...inv.budget, investment: -5 } });
    expect(await status(ws.admin, negative)).toMatchObject({ status: 'refused', reason: 'investment.error.budget' });
    const noName = update('areas', 'area_full', 1, { name: '  ' });
    expect(await status(ws.admin, noName)).toMatchObject({ status: 'refused', reason: 'area.error.nameRequired' });
    const badGeometry = update('investments', 'inv_park', version, { geometry: { type: 'Point', coordinates: [600000, 6160000] } });
    expect(await status(ws.admin, badGeometry)).toMatchObject({ status: 'refused', reason: 'sync.refused.invalid', params: { field: 'geometry' } });
    // Texts are held to the sizes a backup restore allows.
    const at = '2026-03-02T10:00:00.000Z';
    const note = { id: 'note_long', createdAt: at, updatedAt: at, category: 'hope', text: 'x'.repeat(100_001), position: null, areaId: null, matrix: null, public: false };
    expect(await status(ws.admin, create('notes', note as AnyRecord))).toMatchObject({ status: 'refused', reason: 'backup.error.textTooLong', params: { field: 'text' } });
  });

  it('a review goes only with its investment: both deleted in one edit is accepted, the review alone is not, whatever the pushed copy claims', async () => {
    const park = putsOf((await ws.pull(ws.admin)).patch, 'investments').find((i) => i.id === 'inv_park') as Investment;
    const inv = { ...park, id: 'inv_gone', title: 'Rivs' };
    const review = passReview('rev_gone', 'inv_gone');
    const made = await ws.push(ws.admin, [create('investments', inv), create('reviews', review)]);
    expect(made.results.map((r) => r.status)).toEqual(['applied', 'applied']);
    const v = made.cursor;
    expect(await status(ws.admin, mutation('reviews', { op: 'delete', id: 'rev_gone', record: review }, v))).toMatchObject({ status: 'refused', reason: 'sync.refused.appendOnly' });
    const claimed = { ...review, investmentId: 'inv_none' };
    expect(await status(ws.admin, mutation('reviews', { op: 'delete', id: 'rev_gone', record: claimed }, v))).toMatchObject({ status: 'refused', reason: 'sync.refused.appendOnly' });
    const both: Mutation = {
      id: 'delete-both', label: 'command.deleteInvestments', base: { investments: { inv_gone: v }, reviews: { rev_gone: v } },
      changes: { reviews: [{ op: 'delete', id: 'rev_gone', record: review }], investments: [{ op: 'delete', id: 'inv_gone', record: inv }] },
    };
    expect(await status(ws.admin, both)).toMatchObject({ status: 'applied' });
  });
});
