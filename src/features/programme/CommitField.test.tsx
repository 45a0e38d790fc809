// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { StoreContext } from '../../app/store-context';
import '../../i18n/strings';
import { createPlatsenStore } from '../../store/store';
import { CommitField } from './CommitField';

afterEach(cleanup);

function field(value: string, onCommit = vi.fn()) {
  const store = createPlatsenStore(async () => {}, 'sv');
  const ui = (v: string) => <StoreContext.Provider value={store}><CommitField aria-label="Namn" value={v} onCommit={onCommit} /></StoreContext.Provider>;
  const view = render(ui(value));
  return { onCommit, input: () => screen.getByLabelText('Namn') as HTMLInputElement, savedAs: (v: string) => view.rerender(ui(v)) };
}

describe('a commit field whose saved value changes underneath', () => {
  it('shows the new value when untouched, and leaving it writes nothing back', () => {
    const f = field('Malmö');
    f.savedAs('Malmö stad');
    expect(f.input().value).toBe('Malmö stad');
    fireEvent.blur(f.input());
    expect(f.onCommit).not.toHaveBeenCalled();
    expect(screen.queryByText(/Ändrat i en annan flik/)).toBeNull();
  });

  it('keeps the user\'s text, says what the value is now, and Esc brings the new value', () => {
    const f = field('Malmö');
    fireEvent.change(f.input(), { target: { value: 'Mitt namn' } });
    f.savedAs('Deras namn');
    expect(f.input().value).toBe('Mitt namn');
    expect(f.input().getAttribute('aria-describedby')).toBeTruthy();
    expect(screen.getByText(/Ändrat i en annan flik: nu ”Deras namn”/)).toBeTruthy();
    fireEvent.keyDown(f.input(), { key: 'Escape' });
    expect(f.input().value).toBe('Deras namn');
    expect(screen.queryByText(/Ändrat i en annan flik/)).toBeNull();
  });

  it('commits the user\'s text, and takes its saved (cleaned) form back without a warning', () => {
    const f = field('Malmö');
    fireEvent.change(f.input(), { target: { value: '  Lund ' } });
    fireEvent.blur(f.input());
    expect(f.onCommit).toHaveBeenCalledWith('  Lund ');
    f.savedAs('Lund');
    expect(f.input().value).toBe('Lund');
    expect(screen.queryByText(/Ändrat i en annan flik/)).toBeNull();
  });
});
