// @vitest-environment jsdom
// The editor's publish dialog: a preview of what residents will see (only public investments),
// what is included and left out by count, and the snapshot download.
import { cleanup, fireEvent, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { testReview } from '../../src/domain/test-kit';
import { parseSnapshot } from '../../src/domain/publish/parse-snapshot';
import { PublishButton, snapshotFileName } from '../../src/features/publish/PublishDialog';
import { programmeDoc, renderWithStore } from '../../src/features/gates/ui-test-kit';

// jsdom has no showModal: the dialog stays closed, so queries inside it ask for hidden elements.
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

function doc() {
  const d = programmeDoc([testReview('rev_1', { investmentId: 'inv_a', decision: 'pass', public: false, reason: 'Internt skäl' })]);
  d.investments.inv_a!.visibility = 'public';
  d.investments.inv_b!.visibility = 'public';
  d.investments.inv_b!.internalNotes = 'Hemlig anteckning';
  return d;
}

describe('publish dialog', () => {
  it('previews only public investments and counts what is included and left out', () => {
    renderWithStore(<PublishButton />, { doc: doc() });
    fireEvent.click(screen.getByRole('button', { name: 'Publicera' }));
    const dialog = screen.getByRole('dialog', { hidden: true });
    const preview = within(dialog).getByRole('region', { name: /Förhandsgranska/, hidden: true });
    expect(within(preview).getByText('Parkstråk')).toBeTruthy();
    expect(within(preview).getByText('Läxhjälp')).toBeTruthy();
    expect(within(preview).queryByText('Belysning')).toBeNull();
    expect(dialog.textContent).toContain('2 offentliga investeringar');
    expect(dialog.textContent).toContain('1 intern investering');
    expect(dialog.textContent).toContain('1 grindbeslut som inte är markerat som offentligt');
    expect(dialog.textContent).toContain('Interna anteckningar utelämnade för 1 publicerad investering');
    expect(dialog.textContent).not.toContain('Hemlig anteckning');
    expect(dialog.textContent).not.toContain('Internt skäl');
  });

  it('counts the public indicators and benefit follow-ups it includes, and those it leaves out', () => {
    const d = doc();
    const stamp = { createdAt: '2026-01-01T00:00:00.000Z', updatedAt: '2026-01-01T00:00:00.000Z' };
    for (const [id, isPublic] of [['ind_1', true], ['ind_2', false]] as const) {
      d.indicators[id] = {
        id, ...stamp, programmeId: 'prog_a', name: id, unit: '%', statistic: null, source: '', baseline: null, target: null,
        measurements: [], benefitDimension: null, sdgs: [], public: isPublic,
      };
    }
    d.realisations.real_1 = {
      id: 'real_1', ...stamp, investmentId: 'inv_a', date: '2026-05-01', public: false,
      realised: { environmental: 'Intern uppföljning', social: '', economic: '' }, degree: { environmental: null, social: null, economic: null },
    };
    renderWithStore(<PublishButton />, { doc: d });
    fireEvent.click(screen.getByRole('button', { name: 'Publicera' }));
    const dialog = screen.getByRole('dialog', { hidden: true });
    expect(dialog.textContent).toContain('1 offentlig indikator med utgångsläge, mål och mätvärden');
    expect(dialog.textContent).toContain('0 offentliga nyttouppföljningar');
    expect(dialog.textContent).toContain('1 indikator som inte är markerad som offentlig');
    expect(dialog.textContent).toContain('1 nyttouppföljning som inte är markerad som offentlig');
    expect(dialog.textContent).not.toContain('Ingår inte i ögonblicksbilden');
    expect(dialog.textContent).not.toContain('Intern uppföljning');
  });

  it('downloads the snapshot as platsen-snapshot-YYYY-MM-DD.json', async () => {
    const blobs: Blob[] = [];
    URL.createObjectURL = vi.fn((b: Blob) => {
      blobs.push(b);
      return 'blob:snapshot';
    });
    URL.revokeObjectURL = vi.fn();
    const clicked: HTMLAnchorElement[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicked.push(this);
    });
    renderWithStore(<PublishButton />, { doc: doc() });
    fireEvent.click(screen.getByRole('button', { name: 'Publicera' }));
    const name = snapshotFileName(new Date());
    fireEvent.click(screen.getByRole('button', { name: `Ladda ner ${name}`, hidden: true }));
    expect(clicked.map((a) => a.download)).toEqual([name]);
    expect(name).toMatch(/^platsen-snapshot-\d{4}-\d{2}-\d{2}\.json$/);
    const snapshot = parseSnapshot(await blobs[0]!.text());
    expect(snapshot.investments.map((i) => i.title)).toEqual(['Parkstråk', 'Läxhjälp']);
    expect(screen.getByRole('status', { hidden: true }).textContent).toContain(name);
  });
});
