// @vitest-environment jsdom
import { act, cleanup, fireEvent, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { renderWithStore } from '../gates/ui-test-kit';
import { ProgrammePanel } from './ProgrammePanel';

afterEach(cleanup);

describe('programme panel', () => {
  it('saves a text field as one undoable step when it is left, not per keystroke', async () => {
    const { store } = renderWithStore(<ProgrammePanel areaId="area_a" />);
    const vision = screen.getByLabelText('Vision') as HTMLTextAreaElement;
    expect(vision.value).toBe('En trygg stadsdel');
    for (const text of ['En', 'En grön', 'En grön och trygg stadsdel']) fireEvent.change(vision, { target: { value: text } });
    expect(store.getState().past).toHaveLength(0);
    await act(async () => fireEvent.blur(vision));
    expect(store.getState().doc.programmes.prog_a!.vision).toBe('En grön och trygg stadsdel');
    expect(store.getState().past.map((h) => h.label)).toEqual(['command.updateProgramme']);

    await act(() => store.undo());
    expect(store.getState().doc.programmes.prog_a!.vision).toBe('En trygg stadsdel');
    expect(vision.value).toBe('En trygg stadsdel');
  });

  it('edits the programme group, the governance mode and the values, one step each', async () => {
    const { store } = renderWithStore(<ProgrammePanel areaId="area_a" />, { lang: 'en' });
    await act(async () => fireEvent.click(screen.getByLabelText('Fritidsförvaltningen')));
    await act(async () => fireEvent.click(screen.getByLabelText(/^Full programme governance/)));
    await act(async () => fireEvent.change(screen.getByLabelText('Trust'), { target: { value: '4' } }));
    const programme = store.getState().doc.programmes.prog_a!;
    expect(programme.programmeGroup).toEqual(['dep_sbk', 'dep_fri']);
    expect(programme.governanceMode).toBe('full');
    expect(programme.values).toMatchObject({ trust: 4, goals: 4, leadership: 5 });
    expect(store.getState().past).toHaveLength(3);
  });

  it('shows hard and soft values side by side', () => {
    renderWithStore(<ProgrammePanel areaId="area_a" />);
    const [hard, soft] = screen.getAllByRole('heading', { level: 4 }).map((h) => h.parentElement!);
    expect(hard!.textContent).toMatch(/Hårda värden.*Mål.*Budget.*Chefskap/);
    expect(soft!.textContent).toMatch(/Mjuka värden.*Kultur.*Tillit.*Ledarskap/);
    expect((screen.getByLabelText('Ledarskap') as HTMLSelectElement).value).toBe('5');
    expect((screen.getByLabelText('Tillit') as HTMLSelectElement).value).toBe('');
  });
});
