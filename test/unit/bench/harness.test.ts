import { describe, expect, it } from 'vitest';
import { resultsTable } from '../../../lib/bench/report.js';
import { atLeast, exactly, measuredArgument, ratioAtMost, slowdownAtMost } from '../../../lib/bench/result.js';
import { alternate } from '../../../lib/bench/rounds.js';
import { commandsBetween } from '../../../lib/store/call-counter.js';

describe('bench results', () => {
  it('passes a ratio at its goal and misses it above', () => {
    expect(ratioAtMost('p50', 13, 10, 'ms', 1.3)).toMatchObject({ ratio: 1.3, pass: true, goal: '≤ 1.3×' });
    expect(ratioAtMost('p50', 13.1, 10, 'ms', 1.3).pass).toBe(false);
  });

  it('states a throughput against its floor as how many times slower it is', () => {
    expect(slowdownAtMost('rows', 1000, 1500, 'rows/s', 1.5)).toMatchObject({ ratio: 1.5, pass: true });
    expect(slowdownAtMost('rows', 900, 1500, 'rows/s', 1.5).pass).toBe(false);
    // A ratio from paired rounds decides, not the two medians' quotient.
    expect(ratioAtMost('p50', 14, 10, 'ms', 1.3, 1.2)).toMatchObject({ ratio: 1.2, pass: true });
  });

  it('checks absolute and exact goals', () => {
    expect(atLeast('rows', 1999, 'rows/s', 2000).pass).toBe(false);
    expect(exactly('calls', 1, 'calls', 1).pass).toBe(true);
    expect(exactly('calls', 1.005, 'calls', 1).pass).toBe(false);
    expect(measuredArgument('floor', 68, 55, 'ms')).toMatchObject({ ratio: 1.236, pass: true });
  });

  it('prints one table row a result, with misses marked', () => {
    const table = resultsTable([ratioAtMost('a', 2, 1, 'ms', 1.5), atLeast('b', 3, 'rows/s', 2)]);
    expect(table.split('\n')).toHaveLength(4);
    expect(table).toContain('| a | 2.00 ms | 1.00 ms | 2.00× | ≤ 1.5× | **miss** |');
    expect(table).toContain('| b | 3.00 rows/s |  |  | ≥ 2 rows/s | pass |');
  });
});

describe('bench rounds', () => {
  it('alternates floor and product, each first in every other round', async () => {
    const order: string[] = [];
    const measured = await alternate(
      3,
      async () => order.push('floor'),
      async () => order.push('product'),
    );
    expect(order).toEqual(['floor', 'product', 'product', 'floor', 'floor', 'product']);
    expect(measured.floor).toHaveLength(3);
  });
});

describe('command counts', () => {
  it('counts what was sent between two snapshots, by operation', () => {
    expect(commandsBetween({ QueryCommand: 3 }, { QueryCommand: 5, PutItemCommand: 1 })).toEqual({
      total: 3,
      byOperation: { QueryCommand: 2, PutItemCommand: 1 },
    });
  });
});
