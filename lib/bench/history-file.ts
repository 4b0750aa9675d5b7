import { Readable } from 'node:stream';
import { importColumns } from '../import/row.js';

const day = 86_400_000;
const isoDate = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/**
 * A PMS export of `guests` guests with `stays` completed one-night stays each, every other day
 * backwards from `until`: a long history spreads over many months of the guest's totals.
 */
export function historyExport(prefix: string, guests: number, stays: number, until: Date): Readable {
  function* lines() {
    yield `${importColumns.join(',')}\n`;
    for (let g = 0; g < guests; g += 1) {
      for (let s = 0; s < stays; s += 1) {
        const checkIn = until.getTime() - (stays - s) * 2 * day;
        const stay = [`${prefix}-${g}`, '', 'Bench', `Guest ${g}`, '', `s${s}`, 'sh-bund', isoDate(checkIn)];
        yield `${[...stay, isoDate(checkIn + day), 'completed', 1000, 200, 0, 400, 'CNY', 'direct'].join(',')}\n`;
      }
    }
  }
  return Readable.from(lines());
}
