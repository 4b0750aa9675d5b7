import { describe, expect, it } from 'vitest';
import { parseCustomerCsv } from '../../../lib/clv/csv.js';
import { readCdnow } from '../domain/clv/support.js';

describe('parseCustomerCsv', () => {
  it('reads the lifetimes layout with spend, in any column order, ignoring extra columns', () => {
    const text = 'T,monetary_value,note,frequency,recency\n38.86,22.35,a,2,30.43\n27,0,b,0,0\n';

    const parsed = parseCustomerCsv(text);

    expect(parsed.customers).toEqual([
      { x: 2, tx: 30.43, T: 38.86 },
      { x: 0, tx: 0, T: 27 },
    ]);
    expect(parsed.spend).toEqual([
      { x: 2, meanSpend: 22.35 },
      { x: 0, meanSpend: 0 },
    ]);
    expect(parsed.ids).toBeUndefined();
  });

  it('reads the Fader–Hardie layout with CRLF, blank lines and no final newline', () => {
    const text = 'ID,x,t_x,T,zbar\r\n1,2,30.43,38.86,22.35\r\n\r\n2,1,1.71,38.86,11.77';

    const parsed = parseCustomerCsv(text);

    expect(parsed.customers).toEqual([
      { x: 2, tx: 30.43, T: 38.86 },
      { x: 1, tx: 1.71, T: 38.86 },
    ]);
    expect(parsed.spend?.map((s) => s.meanSpend)).toEqual([22.35, 11.77]);
    expect(parsed.ids).toEqual(['1', '2']);
  });

  it('leaves spend out when the file has no spend column', () => {
    expect(parseCustomerCsv('frequency,recency,T\n1,2,3\n').spend).toBeUndefined();
  });

  it('names the missing columns on line 1', () => {
    expect(() => parseCustomerCsv('frequency,T\n1,3\n')).toThrow(/line 1: missing column\(s\) recency/);
    expect(() => parseCustomerCsv('a,b,c\n1,2,3\n')).toThrow(/line 1: missing column\(s\) frequency, recency, T/);
  });

  it('names the line and column of a non-numeric value, counting blank lines', () => {
    expect(() => parseCustomerCsv('frequency,recency,T\n1,2,3\n\n1,abc,3\n')).toThrow(
      'line 4: column recency is not a number: "abc"',
    );
  });

  it('rejects short rows, empty cells and impossible histories with their line numbers', () => {
    expect(() => parseCustomerCsv('frequency,recency,T\n1,2\n')).toThrow(/^line 2: expected 3 columns/);
    expect(() => parseCustomerCsv('frequency,recency,T\n1,,3\n')).toThrow(/^line 2: column recency is not a number/);
    expect(() => parseCustomerCsv('frequency,recency,T\n1,4,3\n')).toThrow(/^line 2: impossible history/);
    expect(() => parseCustomerCsv('frequency,recency,T\n1.5,2,3\n')).toThrow(/^line 2: impossible history/);
  });

  it('reads all 2,357 CDNOW customers from each shipped file, with identical histories', () => {
    const summary = parseCustomerCsv(readCdnow('cdnow_customers_summary.csv'));
    const withSpend = parseCustomerCsv(readCdnow('cdnow_customers_summary_with_transactions.csv'));
    const quickstart = parseCustomerCsv(readCdnow('clv_quickstart.csv'));

    expect(summary.customers).toHaveLength(2357);
    expect(withSpend.customers).toEqual(summary.customers);
    expect(quickstart.customers).toEqual(summary.customers);
    expect(quickstart.spend).toEqual(withSpend.spend);
    expect(summary.customers.reduce((sum, c) => sum + c.x, 0)).toBe(2457);
  });
});
