// @vitest-environment jsdom
import { cleanup, fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { workspaceOf } from '../../domain/model';
import { renderWithStore } from '../gates/ui-test-kit';
import { ResidentPhaseSettings } from './ResidentPhaseSettings';

afterEach(cleanup);

describe('the stages residents see, in the workspace settings', () => {
  it('shows each gate with its default stage and saves a change, undoably', async () => {
    const { store } = renderWithStore(<ResidentPhaseSettings />);
    const g4 = screen.getByLabelText('G4 Leverans visas som') as HTMLSelectElement;
    expect(g4.value).toBe('ongoing');
    expect((screen.getByLabelText('G2 Planering visas som') as HTMLSelectElement).value).toBe('decided');
    fireEvent.change(g4, { target: { value: 'done' } });
    await waitFor(() => expect(workspaceOf(store.getState().doc)!.settings.residentPhases?.['gate-g4']).toBe('done'));
    await store.undo();
    expect(workspaceOf(store.getState().doc)!.settings.residentPhases).toBeUndefined();
  });

  it('refuses stages that go back along the gates, says so, and keeps the old choice', async () => {
    const { store } = renderWithStore(<ResidentPhaseSettings />);
    fireEvent.change(screen.getByLabelText('G1 Förstudie visas som'), { target: { value: 'done' } });
    expect((await screen.findByRole('alert')).textContent).toMatch(/följa grindarnas ordning/);
    expect((screen.getByLabelText('G1 Förstudie visas som') as HTMLSelectElement).value).toBe('planned');
    expect(workspaceOf(store.getState().doc)!.settings.residentPhases).toBeUndefined();
  });
});
