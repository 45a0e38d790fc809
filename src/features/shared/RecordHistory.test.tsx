// @vitest-environment jsdom
// A record's history in a shared workspace: asked from the server when opened, listed newest
// first with who, which edit and which fields; its loading and failure said in words; nothing at
// all in a local workspace.
import { cleanup, fireEvent, screen, within } from '@testing-library/react';
import type { ReactNode } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { BootContext } from '../../app/boot-context';
import type { SharedContext } from '../../app/shared-boot';
import { renderWithStore } from '../gates/ui-test-kit';
import { OfflineError, type HistoryItem, type WorkspaceApi } from '../../sync/api';
import { RecordHistory } from './RecordHistory';

afterEach(cleanup);

const ITEMS: HistoryItem[] = [
  { seq: 3, at: '2026-03-01T09:00:00.000Z', label: 'command.addInvestment', authorName: 'Ada', authorEmail: 'ada@kommun.se', inverse: null,
    changes: { investments: [{ op: 'create', id: 'inv_a', record: {} }] } },
  { seq: 7, at: '2026-03-02T13:30:00.000Z', label: 'command.updateInvestments', authorName: '', authorEmail: 'eva@kommun.se', inverse: null,
    changes: { investments: [
      { op: 'update', id: 'inv_other', fields: [{ path: ['title'], old: 'X', new: 'Y' }] },
      { op: 'update', id: 'inv_a', fields: [
        { path: ['title'], old: 'Parken', new: 'Parken vid ån' },
        { path: ['updatedAt'], old: '2026-03-01T09:00:00.000Z', new: '2026-03-02T13:30:00.000Z' },
      ] },
    ] } },
];

/** The component inside a shared workspace whose server answers `history` with `answer`. */
function inShared(ui: ReactNode, answer: () => Promise<HistoryItem[]>) {
  const asked: string[] = [];
  const api = { history: (table: string, id: string) => { asked.push(`${table}/${id}`); return answer(); } } as Partial<WorkspaceApi>;
  const shared = { workspaceId: 'sw_1', api: { workspace: () => api } } as unknown as SharedContext;
  renderWithStore(<BootContext.Provider value={{ shared } as never}>{ui}</BootContext.Provider>);
  return asked;
}

describe('a record\'s history in a shared workspace', { timeout: 20_000 }, () => {
  it('lists each accepted change of this record, newest first: edit, author, time and fields', async () => {
    const asked = inShared(<RecordHistory table="investments" id="inv_a" />, async () => ITEMS);
    const section = screen.getByRole('region', { name: 'Ändringshistorik' });
    fireEvent.click(within(section).getByRole('button', { name: 'Visa ändringshistoriken' }));
    const items = await within(section).findAllByRole('listitem').then(() => section.querySelectorAll('ol > li'));
    expect(asked).toEqual(['investments/inv_a']);
    expect(items).toHaveLength(2);
    // No name: the email says who.
    expect(items[0]!.textContent).toContain('Ändra investeringar · eva@kommun.se · ');
    expect(items[0]!.textContent).toContain('Titel: ”Parken” → ”Parken vid ån”');
    expect(items[0]!.textContent).not.toContain('”Y”'); // another record's change in the same edit
    expect(items[0]!.querySelectorAll('ul > li')).toHaveLength(1); // updatedAt is bookkeeping, said by the time
    expect(items[0]!.querySelector('time')?.getAttribute('dateTime')).toBe('2026-03-02T13:30:00.000Z');
    expect(items[1]!.textContent).toContain('Lägg till investering · Ada · ');
    expect(items[1]!.textContent).toContain('Skapades.');
    expect(within(section).getByRole('button', { name: 'Dölj ändringshistoriken' }).getAttribute('aria-expanded')).toBe('true');
  });

  it('says it is fetching, and says why it could not', async () => {
    let fail: (e: unknown) => void = () => {};
    inShared(<RecordHistory table="areas" id="area_1" />, () => new Promise((_, reject) => { fail = reject; }));
    fireEvent.click(screen.getByRole('button', { name: 'Visa ändringshistoriken' }));
    expect(screen.getByRole('status').textContent).toBe('Hämtar ändringshistoriken från servern …');
    fail(new OfflineError(new TypeError('fetch failed')));
    expect((await screen.findByRole('alert')).textContent).toBe('Ändringshistoriken kunde inte hämtas: servern går inte att nå. Försök igen när nätverket är tillbaka.');
  });

  it('shows nothing in a local workspace', () => {
    renderWithStore(<BootContext.Provider value={{ shared: null } as never}><RecordHistory table="investments" id="inv_a" /></BootContext.Provider>);
    expect(screen.queryByText('Ändringshistorik')).toBeNull();
  });
});
