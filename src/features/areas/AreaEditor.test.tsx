// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { StoreContext } from '../../app/store-context';
import { rect } from '../../domain/spatial/area-fixtures';
import { testArea, testDoc, testInvestment } from '../../domain/test-kit';
import '../../i18n/strings';
import { createPlatsenStore } from '../../store/store';
import { AreaEditor } from './AreaEditor';
import { AreaList } from './AreaList';

afterEach(cleanup);

function setup(ui: React.ReactNode) {
  const store = createPlatsenStore(async () => {}, 'sv');
  store.load(testDoc({
    areas: [
      testArea('a', 'Rosengård', rect(0, 0, 1000, 1000)),
      // Covers the east half of Rosengård: 50 ha shared, half of it.
      testArea('b', 'Östra Rosengård', rect(500, 0, 1000, 1000)),
      testArea('c', 'Almhög', rect(5000, 0, 300, 300)),
    ],
    investments: [
      testInvestment('i1', { areaId: 'a', budget: { investment: 2_000_000, operatingPerYear: 0, externalFunding: 0 } }),
      testInvestment('i2', { areaId: 'a', wholeArea: true, geometry: rect(0, 0, 1000, 1000) }),
    ],
  }));
  render(<StoreContext.Provider value={store}>{ui}</StoreContext.Provider>);
  return store;
}

describe('AreaEditor', () => {
  it('renames the area as one undoable edit, and explains a refused name', async () => {
    const store = setup(<AreaEditor id="a" />);
    fireEvent.click(screen.getByRole('button', { name: 'Ändra namn och beskrivning' }));
    const name = screen.getByRole('textbox', { name: /^Namn/ });
    fireEvent.change(name, { target: { value: '  ' } });
    await act(async () => { fireEvent.click(screen.getByRole('button', { name: 'Spara' })); });
    expect(screen.getByRole('alert').textContent).toBe('Ge området ett namn.');
    expect(store.getState().doc.areas.a!.name).toBe('Rosengård');

    fireEvent.change(name, { target: { value: 'Rosengård centrum' } });
    fireEvent.change(screen.getByRole('textbox', { name: 'Beskrivning' }), { target: { value: 'Kring torget' } });
    await act(async () => { fireEvent.click(screen.getByRole('button', { name: 'Spara' })); });
    expect(store.getState().doc.areas.a).toMatchObject({ name: 'Rosengård centrum', description: 'Kring torget' });
    expect(store.getState().past).toHaveLength(1);
    await act(() => store.undo());
    expect(store.getState().doc.areas.a).toMatchObject({ name: 'Rosengård', description: '' });
  });

  it('tells which areas overlap and by how much', () => {
    setup(<AreaEditor id="a" />);
    const items = within(screen.getByRole('status')).getAllByRole('listitem').map((li) => li.textContent);
    expect(items).toHaveLength(1);
    expect(items[0]).toMatch(/^Östra Rosengård: 50(,\d)? ha \(50 % av detta område\)$/);
  });

  it('asks before deleting, saying what happens to the attached investments, which stay', async () => {
    const store = setup(<AreaEditor id="a" />);
    store.setSession({ selection: { type: 'area', ids: ['a'] } });
    fireEvent.click(screen.getByRole('button', { name: 'Ta bort område' }));
    const dialog = screen.getByRole('dialog', { name: 'Ta bort Rosengård?', hidden: true });
    expect(dialog.textContent).toContain('2 investeringar hör till området: de finns kvar');
    expect(dialog.textContent).toContain('1 av dem gäller hela området');
    await act(async () => { fireEvent.click(within(dialog).getByRole('button', { name: 'Ta bort', hidden: true })); });
    const { doc, session } = store.getState();
    expect(doc.areas.a).toBeUndefined();
    expect(Object.keys(doc.investments).sort()).toEqual(['i1', 'i2']);
    expect(session.selection).toBeNull();
  });

  it('offers no edits in presentation mode', () => {
    const store = setup(<AreaEditor id="a" />);
    act(() => store.setSession({ mode: 'present' }));
    expect(screen.queryByRole('button', { name: 'Ta bort område' })).toBeNull();
  });
});

describe('AreaList', () => {
  it('searches ignoring accents, sorts by budget, and selects the chosen area', () => {
    const store = setup(<AreaList />);
    const titles = () => screen.getAllByRole('button', { pressed: false }).map((b) => b.querySelector('.item-title')?.textContent);
    expect(titles()).toEqual(['Almhög', 'Rosengård', 'Östra Rosengård']);
    fireEvent.change(screen.getByRole('searchbox', { name: 'Sök område' }), { target: { value: 'rosengard' } });
    expect(titles()).toEqual(['Rosengård', 'Östra Rosengård']);
    fireEvent.change(screen.getByRole('combobox', { name: 'Sortera efter' }), { target: { value: 'budget' } });
    expect(titles()).toEqual(['Rosengård', 'Östra Rosengård']);
    expect(screen.getByRole('button', { name: /^Rosengård/ }).textContent).toMatch(/1 km² · 2 investeringar · 2\s000\s000 kr$/);
    fireEvent.click(screen.getByRole('button', { name: /^Östra Rosengård/ }));
    expect(store.getState().session.selection).toEqual({ type: 'area', ids: ['b'] });
  });
});
