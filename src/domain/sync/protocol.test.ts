import { describe, expect, it } from 'vitest';
import { expectDomainError, testInvestment } from '../test-kit';
import { MAX_MUTATIONS_PER_PUSH, parsePushRequest } from './protocol';

const push = (changes: unknown[], extra: Record<string, unknown> = {}) => ({
  protocol: 1, clientId: 'client-1', mutations: [{ id: 'm1', label: 'command.updateInvestments', changes }], ...extra,
});

describe('push request', () => {
  it('accepts creates, field updates and deletes as sent', () => {
    const inv = testInvestment('inv_a');
    const body = push([
      { op: 'create', table: 'investments', id: 'inv_a', record: inv },
      { op: 'update', table: 'investments', id: 'inv_a', base: 3, set: { title: 'Ny' } },
      { op: 'delete', table: 'notes', id: 'note_1', base: 2 },
    ]);
    expect(parsePushRequest(body)).toEqual(body);
  });

  it.each([
    ['another protocol', { ...push([]), protocol: 2 }, 'protocol'],
    ['a record filed under another id', push([{ op: 'create', table: 'investments', id: 'inv_a', record: testInvestment('inv_b') }]), 'mutations[0].changes[0].record'],
    ['an unknown table', push([{ op: 'update', table: 'users', id: 'x', base: 1, set: { a: 1 } }]), 'mutations[0].changes[0].table'],
    ['a change of identity', push([{ op: 'update', table: 'areas', id: 'x', base: 1, set: { id: 'y' } }]), 'mutations[0].changes[0].set.id'],
    ['a prototype key', push([{ op: 'update', table: 'areas', id: 'x', base: 1, set: JSON.parse('{"__proto__":{}}') }]), 'mutations[0].changes[0].set.__proto__'],
    ['an id that is no id', push([{ op: 'delete', table: 'areas', id: '__proto__', base: 1 }]), 'mutations[0].changes[0].id'],
    ['a negative base', push([{ op: 'delete', table: 'areas', id: 'x', base: -1 }]), 'mutations[0].changes[0].base'],
    ['an empty mutation', push([]), 'mutations[0].changes'],
    ['no client id', { ...push([]), clientId: '' }, 'clientId'],
  ])('refuses %s, naming where', (_, body, where) => {
    expectDomainError(() => parsePushRequest(body), 'sync.error.malformed', { where });
  });

  it('refuses a push of more mutations than one batch holds', () => {
    const mutations = Array.from({ length: MAX_MUTATIONS_PER_PUSH + 1 }, (_, i) => ({ id: `m${i}`, label: 'x', changes: [{ op: 'delete', table: 'areas', id: 'a', base: 1 }] }));
    expectDomainError(() => parsePushRequest({ protocol: 1, clientId: 'c', mutations }), 'sync.error.tooMany');
  });
});
