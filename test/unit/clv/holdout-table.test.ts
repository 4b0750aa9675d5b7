import { describe, expect, it } from 'vitest';
import { parseCustomerCsv } from '../../../lib/clv/csv.js';
import {
  buildHoldoutTable,
  countPurchaseDays,
  parseCdnowTransactions,
  renderHoldoutTable,
  type Transaction,
} from '../../../lib/clv/holdout-table.js';
import { readCdnow } from '../domain/clv/support.js';

const transaction = (customer: number, date: string): Transaction => ({ customer, date, cds: 1, dollars: 10 });

describe('countPurchaseDays', () => {
  it('counts days, not rows, and only inside the period (both ends included)', () => {
    const rows = [
      transaction(1, '19970930'),
      transaction(1, '19971001'),
      transaction(1, '19971001'),
      transaction(1, '19980630'),
      transaction(2, '19980701'),
    ];

    const days = countPurchaseDays(rows, '19971001', '19980630');

    expect(days.get(1)).toBe(2);
    expect(days.has(2)).toBe(false);
  });
});

describe('parseCdnowTransactions', () => {
  it('reads whitespace-separated CRLF rows and names the line of a malformed one', () => {
    const rows = parseCdnowTransactions('00004   0001 19970101   2  29.33\r\n00004   0001 19970118   2  29.73\r\n');

    expect(rows).toEqual([
      { customer: 1, date: '19970101', cds: 2, dollars: 29.33 },
      { customer: 1, date: '19970118', cds: 2, dollars: 29.73 },
    ]);
    expect(() => parseCdnowTransactions('00004 0001 19970101 2 29.33\n00004 0001 1997-01-18 2 29.73\n')).toThrow(
      /^line 2:/,
    );
  });
});

describe('buildHoldoutTable', () => {
  it('groups by calibration frequency with an open class 7+, and averages actual and predicted purchases', () => {
    const customers = [0, 0, 3, 9, 12].map((x, i) => ({ calibration: { x, tx: x > 0 ? 5 : 0, T: 10 }, actual: i }));
    const predictors = [{ label: 'double x', predict: (c: { x: number }) => 2 * c.x }];

    const rows = buildHoldoutTable(customers, predictors);

    expect(rows.map((row) => row.frequency)).toEqual(['0', '1', '2', '3', '4', '5', '6', '7+']);
    expect(rows[0]).toMatchObject({ customers: 2, actualTotal: 1, actualMean: 0.5, predictedMean: [0] });
    expect(rows[7]).toMatchObject({ customers: 2, actualTotal: 7, actualMean: 3.5, predictedMean: [21] });
    expect(rows[1]!.customers).toBe(0);
    expect(renderHoldoutTable(rows, ['double x'])).toContain('| 7+ | 2 | 3.500 | 21.000 |');
  });

  it('on CDNOW: 2,357 customers, 1,882 holdout purchase days, 334 of them by customers with no repeat purchase', () => {
    const summary = parseCustomerCsv(readCdnow('cdnow_customers_summary.csv'));
    const transactions = parseCdnowTransactions(readCdnow('CDNOW_sample.txt'));
    const holdout = countPurchaseDays(transactions, '19971001', '19980630');
    const customers = summary.customers.map((calibration, i) => ({
      calibration,
      actual: holdout.get(Number(summary.ids![i])) ?? 0,
    }));

    const rows = buildHoldoutTable(customers, []);

    expect(rows.reduce((sum, row) => sum + row.customers, 0)).toBe(2357);
    expect(rows.reduce((sum, row) => sum + row.actualTotal, 0)).toBe(1882);
    expect(rows[0]!.actualTotal).toBe(334);
  });

  it('on CDNOW: purchase days in the calibration period reproduce each customer’s frequency', () => {
    const summary = parseCustomerCsv(readCdnow('cdnow_customers_summary.csv'));
    const calibration = countPurchaseDays(
      parseCdnowTransactions(readCdnow('CDNOW_sample.txt')),
      '19970101',
      '19970930',
    );

    const mismatches = summary.customers.filter((c, i) => (calibration.get(Number(summary.ids![i])) ?? 0) - 1 !== c.x);

    expect(mismatches).toEqual([]);
  });
});
