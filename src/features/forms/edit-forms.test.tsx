// @vitest-environment jsdom
// The record changes under an open edit form (another tab saved, an undo): each form shows the new
// values where the user changed nothing, keeps the user's own changes, says what changed, and
// saves only what the user changed. (The investment form is tested with two real tabs in
// investments/EditInvestment.test.tsx.)
import { act, cleanup, fireEvent, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { usePlatsen } from '../../app/store-context';
import { updateIndicator } from '../../domain/commands/indicators';
import { updateArea } from '../../domain/commands/update-area';
import type { Indicator } from '../../domain/model';
import { AreaEditor } from '../areas/AreaEditor';
import { programmeDoc, renderWithStore } from '../gates/ui-test-kit';
import { IndicatorForm } from '../indicators/IndicatorForm';

afterEach(cleanup);

const T0 = '2026-01-15T09:00:00.000Z';
const indicator: Indicator = {
  id: 'ind_1', programmeId: 'prog_a', createdAt: T0, updatedAt: T0, name: 'Trygghet', unit: '%', statistic: null, source: 'Enkät',
  baseline: { value: 40, year: 2024 }, target: { value: 60, year: 2030 }, measurements: [], benefitDimension: null, sdgs: [], public: false,
};

function LiveIndicatorForm() {
  const ind = usePlatsen((s) => s.doc.indicators.ind_1);
  return <IndicatorForm programmeId="prog_a" areaId="area_a" indicator={ind} onDone={() => undefined} />;
}

describe('edit forms whose record changes while they are open', { timeout: 20_000 }, () => {
  it('area: the new description shows, the user\'s new name is kept, and saving keeps both', async () => {
    const { store } = renderWithStore(<AreaEditor id="area_a" />);
    fireEvent.click(screen.getByRole('button', { name: 'Ändra namn och beskrivning' }));
    fireEvent.change(screen.getByLabelText(/^Namn/), { target: { value: 'Lindängen centrum' } });
    await act(() => store.dispatch(updateArea, { id: 'area_a', changes: { description: 'Skrivet i en annan flik' } }));
    expect((screen.getByLabelText('Beskrivning') as HTMLTextAreaElement).value).toBe('Skrivet i en annan flik');
    expect(screen.getByText('Ändrat i en annan flik medan du redigerade: Beskrivning.', { exact: false })).toBeTruthy();
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Spara' })));
    expect(store.getState().doc.areas.area_a).toMatchObject({ name: 'Lindängen centrum', description: 'Skrivet i en annan flik' });
  });

  it('indicator: a target saved elsewhere is not written back by a save of the name', async () => {
    const doc = programmeDoc();
    doc.indicators.ind_1 = indicator;
    const { store } = renderWithStore(<LiveIndicatorForm />, { doc });
    fireEvent.change(screen.getByLabelText('Namn'), { target: { value: 'Upplevd trygghet' } });
    await act(() => store.dispatch(updateIndicator, { id: 'ind_1', changes: { target: { value: 75, year: 2030 } } }));
    const target = screen.getByRole('group', { name: 'Mål' });
    expect((within(target).getByLabelText('Värde') as HTMLInputElement).value).toBe('75');
    expect(screen.getByRole('status').textContent).toContain('Mål');
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Spara' })));
    expect(store.getState().doc.indicators.ind_1).toMatchObject({ name: 'Upplevd trygghet', target: { value: 75, year: 2030 } });
    expect(store.getState().past.at(-1)?.patch.indicators?.[0]).toMatchObject({ op: 'update', fields: expect.arrayContaining([expect.objectContaining({ path: ['name'] })]) });
  });
});
