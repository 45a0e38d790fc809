// @vitest-environment jsdom
// The viewer page in jsdom with a recording fake map: the list, filters, permanent links, the
// snapshot error message, hostile text, and no storage.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parseSnapshot } from '../../src/domain/publish/parse-snapshot';
import type { PublicSnapshot } from '../../src/domain/publish/snapshot-types';
import type { CreateViewerMap, ViewerMapOptions } from '../../src/viewer/viewer-map';
import { ViewerApp } from '../../src/viewer/ViewerApp';
import { DEFAULT_DEPLOY_CONFIG } from '../../src/map/basemap/config';
import { ViewerRoot } from '../../src/viewer/ViewerRoot';

const DEMO_TEXT = readFileSync(join(import.meta.dirname, '..', '..', 'public', 'demo-snapshot.json'), 'utf8');
const demo = () => parseSnapshot(DEMO_TEXT);

interface FakeMap { options: ViewerMapOptions; visible: Array<readonly string[] | null>; selections: unknown[]; focused: unknown[]; places: unknown[] }
let maps: FakeMap[] = [];
const createMap: CreateViewerMap = (options) => {
  const fake: FakeMap = { options, visible: [], selections: [], focused: [], places: [] };
  maps.push(fake);
  return {
    setVisible: (ids) => fake.visible.push(ids),
    setSelection: (t) => fake.selections.push(t),
    showPlace: (p) => fake.places.push(p),
    focus: (g) => fake.focused.push(g),
    resize: () => undefined,
    view: () => options.view,
    destroy: () => undefined,
  };
};
const lastMap = () => maps.at(-1)!;
/** The open area or investment page's heading (the legend has a heading of the same level). */
const pageHeading = () => within(screen.getByRole('article')).getByRole('heading', { level: 2 }).textContent;

function renderViewer(snapshot: PublicSnapshot = demo(), lang: 'sv' | 'en' = 'sv') {
  return render(<ViewerApp snapshot={snapshot} lang={lang} onLang={() => undefined} embed={false} config={DEFAULT_DEPLOY_CONFIG} baseUrl="http://localhost/" style={{ version: 8, sources: {}, layers: [] }} createMap={createMap} />);
}

beforeEach(() => {
  maps = [];
  window.history.replaceState(null, '', '/public.html');
});
afterEach(cleanup);

// Rendering the whole demo list in jsdom takes seconds on a busy two-core machine.
describe('the public viewer', { timeout: 30_000 }, () => {
  it('lists every investment under its area, with phase in words, and says the demo is invented', () => {
    const { container } = renderViewer();
    const items = [...container.querySelectorAll('button.viewer-item .viewer-item-title')].map((e) => e.textContent);
    expect(items.sort()).toEqual(demo().investments.map((i) => i.title).sort());
    expect(screen.getByRole('heading', { level: 3, name: 'Lindängen' })).toBeTruthy();
    expect(screen.getByRole('note').textContent).toMatch(/Påhittat exempel/);
    // Residents' phases, not the gate model's codes.
    expect(screen.getAllByText(/^Pågår ·/).length).toBeGreaterThan(0);
    expect(screen.getAllByText(/^Stoppat – blir inte av ·/)).toHaveLength(1);
    expect(container.textContent).not.toMatch(/\bG[0-9]\b/);
    expect(screen.getByText(/Källor: Malmö stad \(CC0\)/)).toBeTruthy();
  });

  it('filters the list and the map together', () => {
    renderViewer();
    fireEvent.change(screen.getByLabelText('Typ'), { target: { value: 'social' } });
    const social = demo().investments.filter((i) => i.kind === 'social');
    expect(screen.getByText(/investeringar visas/).textContent).toMatch(`${social.length} av 27`);
    expect(lastMap().visible.at(-1)).toEqual(social.map((i) => i.id));
    expect(screen.queryByRole('button', { name: /Upprustning av torget/ })).toBeNull();
    fireEvent.change(screen.getByLabelText('Agenda 2030-mål'), { target: { value: '17' } });
    expect(screen.getAllByRole('button', { name: /Trygghetsvandringar/ })).toHaveLength(1);
    fireEvent.click(screen.getByRole('button', { name: 'Rensa filter' }));
    expect(lastMap().visible.at(-1)).toBeNull();
  });

  it('opens a permanent link: selects, flies there and shows the page; a pick updates the link', () => {
    window.history.replaceState(null, '', '/public.html#investment=inv_holma_05');
    renderViewer(demo(), 'en');
    expect(pageHeading()).toBe('Säkrare skolväg mot Hyllie');
    expect(lastMap().selections.at(-1)).toEqual({ type: 'investment', id: 'inv_holma_05' });
    expect(lastMap().focused).toHaveLength(0); // jsdom lays nothing out: the fly waits for a visible map
    fireEvent.click(screen.getByRole('button', { name: 'Back to Holma' }));
    expect(window.location.hash).toBe('#area=area_holma');
    const page = screen.getByRole('article');
    expect(pageHeading()).toBe('Holma');
    expect(within(page).getByText('What does it cost?')).toBeTruthy();
    fireEvent.click(within(page).getByRole('button', { name: /Multiarena/ }));
    expect(window.location.hash).toBe('#investment=inv_holma_03');
  });

  it('follows the address when the hash changes; a map click selects and updates the link', () => {
    renderViewer();
    act(() => {
      window.history.pushState(null, '', '#area=area_lindangen');
      window.dispatchEvent(new HashChangeEvent('hashchange'));
    });
    expect(pageHeading()).toBe('Lindängen');
    act(() => lastMap().options.onSelect({ type: 'investment', id: 'inv_lindangen_02' }));
    expect(window.location.hash).toBe('#investment=inv_lindangen_02');
    expect(pageHeading()).toBe('Trygghetsbelysning vid centrumtorget');
    act(() => {
      window.history.pushState(null, '', '#investment=nope');
      window.dispatchEvent(new HashChangeEvent('hashchange'));
    });
    expect(screen.getByRole('alert').textContent).toMatch(/finns inte/);
  });

  it('renders hostile strings as text', () => {
    const hostile = '<img src=x onerror="alert(1)"><b>bold</b> {n}';
    const snapshot = demo();
    snapshot.investments[0]!.title = hostile;
    snapshot.investments[0]!.description = hostile;
    snapshot.areas[0]!.name = hostile;
    snapshot.attribution = [hostile];
    const { container } = renderViewer(snapshot);
    expect(screen.getAllByText(hostile, { exact: false }).length).toBeGreaterThan(1);
    expect(container.querySelector('img[src="x"], b')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: new RegExp(`^${hostile.slice(0, 4)}.*Fysisk`) }));
    expect(pageHeading()).toBe(hostile);
    expect(container.querySelector('img[src="x"], b')).toBeNull();
    expect(lastMap().options.tooltip({ ...snapshotProps(), title: hostile })[0]).toBe(hostile);
  });

  it('writes nothing to storage', () => {
    renderViewer();
    fireEvent.change(screen.getByLabelText('Sök i listan'), { target: { value: 'park' } });
    fireEvent.click(screen.getAllByRole('button', { name: /park/i })[0]!);
    expect(localStorage.length).toBe(0);
    expect(sessionStorage.length).toBe(0);
    expect(document.cookie).toBe('');
  });
});

function snapshotProps() {
  return { id: 'x', title: '', kind: 'physical' as const, geomType: 'point' as const, wholeArea: false, shapeZoom: 99, phaseIndex: 0, gateCode: 'G0', status: 'active' as const, c: 0, areaId: null };
}

const CONFIG = JSON.stringify({ municipality: 'Malmö', basemap: 'offline', initialView: { center: [13, 55.58], zoom: 11 } });

describe('loading', () => {
  const respond = (body: string, status = 200): typeof fetch => async (url) =>
    String(url).endsWith('config.json') ? new Response(CONFIG) : new Response(body, { status });
  const params = (lang: 'sv' | 'en') => ({ snapshotUrl: new URL('http://localhost/demo-snapshot.json'), lang, embed: false });

  it('explains a snapshot of another version in the reader\'s language', async () => {
    render(<ViewerRoot params={params('en')} baseUrl="http://localhost/" createMap={createMap}
      fetchImpl={respond('{"format":"platsen-public-snapshot","version":2}')} />);
    expect((await screen.findByRole('alert')).textContent).toMatch(/The published map has version 2, but this viewer reads version 1/);
  });

  it('explains a damaged or missing file, and a link to another site', async () => {
    render(<ViewerRoot params={params('sv')} baseUrl="http://localhost/" createMap={createMap} fetchImpl={respond('{"format":"platsen-public-snapshot","version":1}')} />);
    expect((await screen.findByRole('alert')).textContent).toMatch(/skadad \(fältet "publishedAt"/);
    cleanup();
    render(<ViewerRoot params={params('sv')} baseUrl="http://localhost/" createMap={createMap} fetchImpl={respond('', 404)} />);
    expect((await screen.findByRole('alert')).textContent).toMatch(/kunde inte hämtas \(HTTP 404\)/);
    cleanup();
    render(<ViewerRoot params={{ ...params('sv'), snapshotUrl: null }} baseUrl="http://localhost/" createMap={createMap} fetchImpl={respond('')} />);
    expect((await screen.findByRole('alert')).textContent).toMatch(/annan webbplats/);
  });

  it('shows the viewer once the snapshot is read', async () => {
    render(<ViewerRoot params={params('sv')} baseUrl="http://localhost/" createMap={createMap} fetchImpl={respond(DEMO_TEXT)} />);
    expect(await screen.findByRole('heading', { level: 1, name: 'Malmö (demo)' })).toBeTruthy();
  });
});
