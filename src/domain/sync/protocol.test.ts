import { describe, expect, it } from 'vitest';
import { expectDomainError, testInvestment } from '../test-kit';
import { MAX_MUTATIONS_PER_PUSH, parsePushRequest } from './protocol';

const push = (changes: unknown, base: unknown = { investments: { inv_a: 3 }, notes: { note_1: 2 } }) => ({
  protocol: 1, clientId: 'client-1', mutations: [{ id: 'm1', label: 'command.updateInvestments', changes, base }],
});
const title = { path: ['title'], old: 'Park', new: 'Ny' };

describe('push request', () => {
  it('accepts the app\'s field-level patches as they are: creates, field updates (inside a field group too) and deletes', () => {
    const inv = testInvestment('inv_a');
    const body = push({
      investments: [{ op: 'update', id: 'inv_a', fields: [title, { path: ['budget', 'investment'], old: 1, new: 2 }] }, { op: 'create', id: 'inv_b', record: testInvestment('inv_b') }],
      notes: [{ op: 'delete', id: 'note_1', record: { ...inv, id: 'note_1' } }],
    });
    expect(parsePushRequest(body)).toEqual(body);
  });

  it.each([
    ['another protocol', { ...push({}), protocol: 2 }, 'protocol'],
    ['a record filed under another id', push({ investments: [{ op: 'create', id: 'inv_a', record: testInvestment('inv_b') }] }), 'mutations[0].changes.investments[0].record'],
    ['an unknown table', push({ users: [{ op: 'update', id: 'x', fields: [title] }] }), 'mutations[0].changes.users'],
    ['a change of identity', push({ investments: [{ op: 'update', id: 'inv_a', fields: [{ path: ['id'], old: 'inv_a', new: 'y' }] }] }), 'mutations[0].changes.investments[0].fields[0]'],
    ['a prototype key', push({ investments: [{ op: 'update', id: 'inv_a', fields: [JSON.parse('{"path":["__proto__"],"old":null,"new":{}}')] }] }), 'mutations[0].changes.investments[0].fields[0]'],
    ['a path three deep', push({ investments: [{ op: 'update', id: 'inv_a', fields: [{ path: ['a', 'b', 'c'], old: 1, new: 2 }] }] }), 'mutations[0].changes.investments[0].fields[0]'],
    ['an id that is no id', push({ investments: [{ op: 'update', id: 'constructor', fields: [title] }] }), 'mutations[0].changes.investments[0].id'],
    ['two changes of one record', push({ investments: [{ op: 'update', id: 'inv_a', fields: [title] }, { op: 'update', id: 'inv_a', fields: [title] }] }), 'mutations[0].changes.investments[1].id'],
    ['an update without its base version', push({ investments: [{ op: 'update', id: 'inv_a', fields: [title] }] }, {}), 'mutations[0].base.investments.inv_a'],
    ['an empty mutation', push({}), 'mutations[0].changes'],
    ['no client id', { ...push({}), clientId: '' }, 'clientId'],
  ])('refuses %s, naming where', (_, body, where) => {
    expectDomainError(() => parsePushRequest(body), 'sync.error.malformed', { where });
  });

  it('refuses a push of more mutations than one batch holds', () => {
    const mutations = Array.from({ length: MAX_MUTATIONS_PER_PUSH + 1 }, (_, i) => ({ ...push({}).mutations[0], id: `m${i}` }));
    expectDomainError(() => parsePushRequest({ protocol: 1, clientId: 'c', mutations }), 'sync.error.tooMany');
  });
});
