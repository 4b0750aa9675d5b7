import { describe, expect, it } from 'vitest';
import { quadrantReport, type ScoreRow, workloadReport } from '../../../lib/domain/reports.js';

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
