import { Readable } from 'node:stream';
import { GetCommand } from '@aws-sdk/lib-dynamodb';
import { describe, expect, inject, it } from 'vitest';
import { ImportHeaderError, importStays } from '../../lib/import/importer.js';
import { importColumns } from '../../lib/import/row.js';
import { openStore } from '../../lib/store/client.js';
import { keys } from '../../lib/store/keys.js';
import { uniqueId } from './client.js';

const store = () =>
  openStore({ tableName: inject('credentials').dynamodb.table, endpoint: inject('credentials').dynamodb.endpoint });

function exportFile(guests: number, staysEach: number, prefix: string): string[] {
  const lines = [importColumns.join(',')];
  for (let g = 0; g < guests; g += 1) {
    for (let s = 0; s < staysEach; s += 1) {
      const month = String(s + 1).padStart(2, '0');
      lines.push(
        `${prefix}-${g},${prefix}-${g}@example.com,Li,"Wei, Jr.",1980-02-29,res-${g}-${s},sh-bund,2025-${month}-03,2025-${month}-05,completed,1200.50,300,0,500,CNY,direct`,
      );
    }
  }
  return lines;
}

async function run(lines: string[], tenant: string) {
  const rejected: { line: number; reason: string }[] = [];
  const totals: [checked: number, of: number][] = [];
  const counts = await importStays(Readable.from(lines.map((line) => `${line}\r\n`)), {
    tenant,
    store: store(),
    onReject: (line, reason) => rejected.push({ line, reason }),
    onTotalsProgress: (checked, of) => totals.push([checked, of]),
  });
  return { counts, rejected, totals };
}

describe('the bulk import', () => {
  it('lands 5,000 good stays once, names the 3 bad lines, and changes nothing the second time', async () => {
    const tenant = uniqueId('imp');
    const lines = exportFile(1000, 5, 'pms');
    lines.splice(11, 0, 'bad-1,a@b.co,A,B,,r1,sh-bund,2025-02-30,2025-03-02,completed,1,1,1,1,CNY,direct');
    lines.splice(22, 0, 'bad-2,a@b.co,A,B,,r2,sh-bund,2025-03-05,2025-03-02,completed,1,1,1,1,CNY,direct');
    lines.splice(33, 0, 'bad-3,a@b.co,A,B,,r3,sh-bund,2025-03-01,2025-03-02,completed,lots,1,1,1,CNY,direct');

    const first = await run(lines, tenant);
    const second = await run(lines, tenant);
    const { Item } = await store().client.send(
      new GetCommand({ TableName: store().tableName, Key: keys.staySummary(tenant, 'pms-7') }),
    );

    expect(first.counts).toMatchObject({
      rows: 5003,
      written: 5000,
      rejected: 3,
      guestsCreated: 1000,
      summariesWritten: 1000,
    });
    expect(first.rejected.map((r) => r.line)).toEqual([12, 23, 34]);
    // The guests' totals are reported as they are checked, to the last of the file's 1,000 guests.
    for (const { totals } of [first, second]) {
      expect(totals.length).toBeGreaterThan(1);
      expect(totals.at(-1)).toEqual([1000, 1000]);
      expect(totals.every(([checked], i) => i === 0 || checked > totals[i - 1]![0])).toBe(true);
    }
    expect(first.rejected.map((r) => r.reason)).toEqual([
      expect.stringMatching(/^checkIn:/),
      expect.stringMatching(/^checkOut: must be after checkIn/),
      expect.stringMatching(/^roomRevenue: "lots" is not an amount/),
    ]);
    expect(second.counts).toMatchObject({
      written: 0,
      unchanged: 5000,
      rejected: 3,
      guestsCreated: 0,
      summariesWritten: 0,
    });
    expect(Item).toMatchObject({ completedStays: 5, nights: 10, byCurrency: { CNY: { revenue: 7502.5, cost: 2500 } } });
  });

  it('refuses a file with a wrong header before writing anything', async () => {
    const lines = ['guestId,email,name', 'g1,a@b.co,A'];

    await expect(run(lines, uniqueId('imp'))).rejects.toThrow(ImportHeaderError);
  });

  it('reads a UTF-8 byte-order mark, quoted fields and columns in any order', async () => {
    const tenant = uniqueId('imp');
    const header = [...importColumns].reverse();
    const row = [
      'direct',
      'CNY',
      '10',
      '0',
      '0',
      '100',
      'completed',
      '2025-01-02',
      '2025-01-01',
      'p1',
      's1',
      '',
      '"Zhang ""Min"""',
      '张',
      '',
      'g1',
    ];

    const { counts, rejected } = await run([`\uFEFF${header.join(',')}`, row.join(',')], tenant);
    const { Item } = await store().client.send(
      new GetCommand({ TableName: store().tableName, Key: keys.profile(tenant, 'g1') }),
    );

    expect(rejected).toEqual([]);
    expect(counts.written).toBe(1);
    expect(Item?.name).toBe('张 Zhang "Min"');
  });

  it("keeps totals true to the stored stays when a new guest's stay is named twice, far apart in the file", async () => {
    const tenant = uniqueId('imp');
    const filler = exportFile(150, 1, 'filler').slice(1);
    const stay = (revenue: number) =>
      `twice,,Li,Wei,,res-1,sh-bund,2025-03-03,2025-03-05,completed,${revenue},0,0,100,CNY,direct`;
    const lines = [importColumns.join(','), stay(1000), ...filler, stay(1500)];

    const { counts } = await run(lines, tenant);
    const { Item: summary } = await store().client.send(
      new GetCommand({ TableName: store().tableName, Key: keys.staySummary(tenant, 'twice') }),
    );
    const { Item: stored } = await store().client.send(
      new GetCommand({ TableName: store().tableName, Key: keys.stay(tenant, 'twice', 'res-1') }),
    );

    expect(counts.guestsCreated).toBe(151);
    expect(summary).toMatchObject({ completedStays: 1, byCurrency: { CNY: { revenue: stored?.revenue.room } } });
  });
});
