import { describe, expect, it } from 'vitest';
import { DEFAULT_GATES } from '../../domain/gates';
import '../../i18n/strings';
import '../../i18n/strings/map';
import { translate } from '../../i18n/translate';
import { legendSections } from '../legend/legend-model';
import { drawnLegend } from './drawn-legend';

const t = (key: string, params?: Record<string, string | number>) => translate('sv', key, params);
const base = legendSections(DEFAULT_GATES, { type: 'phase' }, 'sv', t);
const labels = (sections: ReturnType<typeof drawnLegend>) => sections.flatMap((s) => s.entries.map((e) => e.label));

describe('drawnLegend', () => {
  it('says "selected" only when something is selected', () => {
    expect(labels(drawnLegend(base, { selected: true, notes: [] }, t))).toContain('Vald (orange)');
    expect(labels(drawnLegend(base, { selected: false, notes: [] }, t))).not.toContain('Vald (orange)');
  });

  it('lists the categories of the notes drawn, in the method’s order, with their pins', () => {
    const sections = drawnLegend(base, { selected: false, notes: ['action', 'proud', 'obstacle-economic'] }, t);
    expect(sections.at(-1)).toEqual({
      title: 'Workshoplappar',
      entries: [
        { label: 'Stolta över', swatches: [{ kind: 'note', category: 'proud' }] },
        { label: 'Hinder: ekonomiskt', swatches: [{ kind: 'note', category: 'obstacle-economic' }] },
        { label: 'Handling', swatches: [{ kind: 'note', category: 'action' }] },
      ],
    });
    expect(drawnLegend(base, { selected: false, notes: [] }, t).some((s) => s.title === 'Workshoplappar')).toBe(false);
  });
});
