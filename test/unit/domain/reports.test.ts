import { describe, expect, it } from 'vitest';
import { keyCustomersByValue, quadrantReport, type ScoreRow, workloadReport } from '../../../lib/domain/reports.js';

const row = (guestId: string, overrides: Partial<ScoreRow> = {}): ScoreRow => ({
  guestId,
  tier: 'key',
  valueScore: 90,
  quadrant: 'apostle',
  accountManagerId: null,
  components: { directProfit: 1000, potentialProfit: 100, influence: 0 },
  ...overrides,
});

describe('reports', () => {
  it('sums guests and value per quadrant and lists key hostages and defectors', () => {
    const report = quadrantReport([
      row('a'),
      row('b', { quadrant: 'hostage' }),
      row('c', { quadrant: 'defector', tier: 'normal' }),
    ]);
    expect(report.quadrants.apostle).toEqual({ guests: 1, value: 1100 });
    expect(report.keyCustomersAtRisk.map((k) => k.guestId)).toEqual(['b']);
  });

  it('spreads suggestions over the least-loaded managers', () => {
    const rows = [
      row('a', { accountManagerId: 'm1' }),
      row('b', { accountManagerId: 'm1' }),
      row('x'),
      row('y'),
      row('z', { tier: 'small' }),
    ];
    const report = workloadReport(rows, [
      { id: 'm1', name: 'Ann' },
      { id: 'm2', name: 'Bo' },
    ]);
    expect(report.workload).toEqual([
      { managerId: 'm1', name: 'Ann', keyCustomers: 2 },
      { managerId: 'm2', name: 'Bo', keyCustomers: 0 },
    ]);
    expect(report.unassignedKeyCustomers.map((u) => u.suggestedManagerId)).toEqual(['m2', 'm2']);
  });
});

describe('quadrant points and key customers', () => {
  const scored = (guestId: string, profit: number, overrides: Partial<ScoreRow> = {}) =>
    row(guestId, {
      components: { directProfit: profit, potentialProfit: 0, influence: 0 },
      satisfaction: 8,
      loyalty: 0.7,
      ...overrides,
    });

  it('plots the most valuable guests that have both scores, and counts the rest', () => {
    const report = quadrantReport(
      [
        scored('low', 10, { tier: 'small' }),
        scored('high', 900),
        scored('silent', 5000, { satisfaction: null }),
        scored('mid', 500, { tier: 'normal' }),
      ],
      2,
    );
    expect(report.points.map((p) => p.guestId)).toEqual(['high', 'mid']);
    expect(report.points[1]).toEqual({
      guestId: 'mid',
      tier: 'normal',
      quadrant: 'apostle',
      satisfaction: 8,
      loyalty: 0.7,
      valueScore: 90,
    });
    expect(report.pointsOmitted).toBe(1);
    expect(report.thresholds).toEqual({ satisfaction: 7, loyalty: 0.5 });
  });

  it('ranks key customers by value score, then value, then id, and leaves the other tiers out', () => {
    const ranked = keyCustomersByValue([
      scored('b', 100),
      scored('n', 9000, { tier: 'normal' }),
      scored('a', 100),
      scored('c', 300),
      scored('top', 50, { valueScore: 99 }),
    ]);
    expect(ranked.map((r) => r.guestId)).toEqual(['top', 'c', 'a', 'b']);
  });
});
