// @vitest-environment jsdom
import { cleanup, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { Indicator } from '../../domain/model';
import { renderWithStore } from '../gates/ui-test-kit';
import { TrendChart } from './TrendChart';
import { niceRange } from '../../ui/trend-layout';

afterEach(cleanup);

const indicator: Indicator = {
  id: 'ind_1', programmeId: 'prog_a', createdAt: '2026-01-01T00:00:00.000Z', updatedAt: '2026-01-01T00:00:00.000Z',
  name: 'Arbetslöshet', unit: '%', statistic: 'unemp', source: 'SCB', baseline: { value: 12.5, year: 2024 },
  target: { value: 8, year: 2030 },
  measurements: [{ value: 11, date: '2025-06-30' }, { value: 10.2, date: '2026-06-30' }],
  benefitDimension: null, sdgs: [], public: false,
};

const one = (selector: string) => document.querySelector(selector)!;
const num = (el: Element, attr: string) => Number(el.getAttribute(attr));

describe('indicator trend chart', () => {
  it('draws the baseline as a point, the measurements as a line, and the target as a point on a dashed line', () => {
    renderWithStore(<TrendChart indicator={indicator} />);
    expect(document.querySelectorAll('rect[data-kind="baseline"]')).toHaveLength(1);
    const dots = document.querySelectorAll('circle[data-kind="measurement"]');
    expect(dots).toHaveLength(2);
    expect(one('polyline[data-kind="measurement-line"]').getAttribute('points')!.split(' ')).toHaveLength(2);
    expect(document.querySelectorAll('polygon[data-kind="target"]')).toHaveLength(1);
    // The dashed line leads from the latest measurement to the target.
    const dash = one('line[data-kind="target-line"]');
    expect(num(dash, 'x1')).toBeCloseTo(num(dots[1]!, 'cx'));
    expect(num(dash, 'y1')).toBeCloseTo(num(dots[1]!, 'cy'));
  });

  it('puts time across and higher values higher up', () => {
    renderWithStore(<TrendChart indicator={indicator} />);
    const baseline = one('rect[data-kind="baseline"]');
    const [first, second] = [...document.querySelectorAll('circle[data-kind="measurement"]')];
    const targetPoints = one('polygon[data-kind="target"]').getAttribute('points')!.split(' ').map((p) => p.split(',').map(Number));
    const targetX = targetPoints[0]![0]!;
    const baselineX = num(baseline, 'x') + 5;
    expect(baselineX).toBeLessThan(num(first!, 'cx'));
    expect(num(first!, 'cx')).toBeLessThan(num(second!, 'cx'));
    expect(num(second!, 'cx')).toBeLessThan(targetX);
    // 12.5 > 11 > 10.2 > 8: each lower on the screen (larger y) than the one before.
    expect(num(baseline, 'y') + 5).toBeLessThan(num(first!, 'cy'));
    expect(num(first!, 'cy')).toBeLessThan(num(second!, 'cy'));
  });

  it('tells the numbers in text to people who cannot see the chart', () => {
    renderWithStore(<TrendChart indicator={indicator} />);
    const chart = screen.getByRole('img', { name: /Utveckling för Arbetslöshet/ });
    expect(chart.getAttribute('aria-labelledby')).toMatch(/desc/);
    expect(chart.querySelector('desc')!.textContent).toMatch(
      /^Utgångsläge 12,5 % \(2024\), 2 mätvärden \(senast 10,2 % \(30 juni 2026\)\), mål 8 % \(2030\)\.$/,
    );
  });

  it('says there is nothing to show for an indicator without values', () => {
    renderWithStore(<TrendChart indicator={{ ...indicator, baseline: null, target: null, measurements: [] }} />);
    expect(screen.getByText('Inga värden att visa än.')).toBeTruthy();
    expect(document.querySelector('svg')).toBeNull();
  });
});

describe('chart axis', () => {
  it('rounds the value axis outwards to a round step that contains every value', () => {
    expect(niceRange(6, 21.3)).toEqual([5, 25]);
    expect(niceRange(-3, 4)).toEqual([-4, 4]);
    const [lo, hi] = niceRange(41.5, 41.5);
    expect(lo).toBeLessThanOrEqual(41.5);
    expect(hi).toBeGreaterThan(41.5);
  });
});
