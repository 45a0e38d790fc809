// @vitest-environment jsdom
// Every gate and programme component, in both languages: no raw i18n key reaches the screen (text,
// labels, tooltips) and axe finds no violation.
import { act, cleanup, fireEvent, screen } from '@testing-library/react';
import axe from 'axe-core';
import type { ReactNode } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import type { Lang } from '../../store/session';
import { AsOfSlider } from '../as-of/AsOfSlider';
import { AreaPanel } from '../programme/AreaPanel';
import { GateBoardView } from './GateBoardView';
import { ALL_PROGRAMMES } from './board-model';
import { GateSection } from './GateSection';
import { GateSettings } from './GateSettings';
import { historyReviews, programmeDoc, renderWithStore } from './ui-test-kit';

afterEach(cleanup);

const RAW_KEY = /^[a-z]+(\.[a-zA-Z0-9-]+)+$/;

/** Everything a user can see or hear: text nodes and the texts of labelling attributes. */
function shownTexts(root: HTMLElement): string[] {
  const out: string[] = [];
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) out.push(n.textContent ?? '');
  for (const el of root.querySelectorAll('*')) {
    for (const attr of ['aria-label', 'title', 'aria-valuetext', 'placeholder']) {
      const v = el.getAttribute(attr);
      if (v) out.push(v);
    }
  }
  return out.map((s) => s.trim()).filter(Boolean);
}

async function expectClean(container: HTMLElement) {
  const raw = shownTexts(container).filter((s) => RAW_KEY.test(s) || s.split(/[\s:,()]+/).some((w) => RAW_KEY.test(w)));
  expect(raw).toEqual([]);
  const result = await axe.run(container, { rules: { 'color-contrast': { enabled: false } } });
  expect(result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.html).join(' | ')}`)).toEqual([]);
}

const views: Array<[string, () => ReactNode, (lang: Lang) => void]> = [
  ['gate section with its form and history', () => <GateSection id="inv_c" />, () => {
    fireEvent.click(screen.getAllByRole('button', { name: /^(Rätta|Correct)/ })[0]!);
  }],
  ['gate section with a new review open', () => <GateSection id="inv_a" />, (lang) => {
    fireEvent.click(screen.getByRole('button', { name: lang === 'sv' ? 'Bedöm vid grind G0' : 'Assess at gate G0' }));
  }],
  ['gate board', () => <GateBoardView view={{ ...ALL_PROGRAMMES, areaId: 'area_a' }} />, () => {}],
  ['gate board of all programmes', () => <GateBoardView view={ALL_PROGRAMMES} />, () => {}],
  ['area panel: programme', () => <AreaPanel id="area_a" />, () => {}],
  ['area panel: roll-ups', () => <AreaPanel id="area_a" />, () => {
    fireEvent.click(screen.getAllByRole('tab')[2]!);
  }],
  ['as-of slider', () => <AsOfSlider />, () => {
    fireEvent.click(screen.getByRole('checkbox'));
  }],
  ['gate settings', () => <GateSettings />, () => {
    fireEvent.click(screen.getAllByRole('button', { name: /G1/ }).at(-1)!);
  }],
];

describe.each(['sv', 'en'] as const)('components in %s', (lang) => {
  it.each(views)('%s: no raw keys, no axe violations', async (_, ui, interact) => {
    const { container } = renderWithStore(ui(), { lang, doc: programmeDoc(historyReviews()) });
    await act(async () => interact(lang));
    await expectClean(container);
  });
});

describe('gate settings', () => {
  it('refuses to remove a gate with reviews, saying why, and removes an unused one', async () => {
    const { store } = renderWithStore(<GateSettings />, { lang: 'en', doc: programmeDoc(historyReviews()) });
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Remove G1' })));
    expect(screen.getByRole('alert').textContent).toBe('The gate cannot be removed: past gate reviews were made at it (2). Rename it instead.');
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Remove G4' })));
    expect(store.getState().doc.workspace.ws!.settings.gates.map((g) => g.code)).toEqual(['G0', 'G1', 'G2', 'G3', 'G5']);
    expect(screen.getByRole('alert').textContent).toBe('');
  });

  it('renames on leaving the field, moves and adds gates', async () => {
    const { store } = renderWithStore(<GateSettings />, { lang: 'en' });
    const gates = () => store.getState().doc.workspace.ws!.settings.gates;
    const name = screen.getByLabelText('English name of gate 3');
    fireEvent.change(name, { target: { value: 'Design' } });
    await act(async () => fireEvent.blur(name));
    expect(gates()[2]!.name).toEqual({ sv: 'Planering', en: 'Design' });
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Move G2 up' })));
    expect(gates().map((g) => g.code)).toEqual(['G0', 'G2', 'G1', 'G3', 'G4', 'G5']);
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Move G2 up' }));
    fireEvent.change(screen.getByLabelText('Code'), { target: { value: 'G6' } });
    fireEvent.change(screen.getByLabelText('Name in Swedish'), { target: { value: 'Uppföljning' } });
    fireEvent.change(screen.getByLabelText('Name in English'), { target: { value: 'Follow-up' } });
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Add gate' })));
    expect(gates().at(-1)).toMatchObject({ code: 'G6', name: { sv: 'Uppföljning', en: 'Follow-up' } });
    expect(store.getState().past).toHaveLength(3);
  });
});
