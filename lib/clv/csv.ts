import type { CustomerHistory } from '../domain/clv/bgnbd.js';
import type { SpendHistory } from '../domain/clv/gamma-gamma.js';

/** Customer summaries read from a CSV file. */
export interface CustomerSummaries {
  customers: CustomerHistory[];
  /** Present only when the file has a spend column (`monetary_value` or `zbar`); one entry per customer. */
  spend?: SpendHistory[];
  /** Present only when the file has an `ID` column; one entry per customer, as written. */
  ids?: string[];
}

/** Column names of the two accepted layouts: lifetimes' and Fader & Hardie's. */
const LAYOUTS = [
  { x: 'frequency', tx: 'recency', T: 'T', spend: 'monetary_value' },
  { x: 'x', tx: 't_x', T: 'T', spend: 'zbar' },
] as const;

function columnIndex(header: string[]) {
  const layout = LAYOUTS.find((candidate) => header.includes(candidate.x)) ?? LAYOUTS[0];
  const find = (name: string): number => header.indexOf(name);
  const missing = [layout.x, layout.tx, layout.T].filter((name) => find(name) < 0);
  if (missing.length > 0) {
    throw new Error(
      `line 1: missing column(s) ${missing.join(', ')}; the header needs frequency,recency,T[,monetary_value] ` +
        `or ID,x,t_x,T,zbar`,
    );
  }
  const optional = (name: string): number | undefined => (find(name) >= 0 ? find(name) : undefined);
  return {
    x: find(layout.x),
    tx: find(layout.tx),
    T: find(layout.T),
    spend: optional(layout.spend),
    id: optional('ID'),
  };
}

function numberAt(cells: string[], index: number, name: string, line: number): number {
  const text = cells[index] ?? '';
  const value = text === '' ? NaN : Number(text);
  if (!Number.isFinite(value)) throw new Error(`line ${line}: column ${name} is not a number: "${text}"`);
  return value;
}

type Columns = ReturnType<typeof columnIndex>;

function parseRow(cells: string[], header: string[], column: Columns, line: number) {
  if (cells.length < header.length) {
    throw new Error(`line ${line}: expected ${header.length} columns, found ${cells.length}`);
  }
  const at = (index: number): number => numberAt(cells, index, header[index]!, line);
  const customer = { x: at(column.x), tx: at(column.tx), T: at(column.T) };
  const { x, tx, T } = customer;
  if (!Number.isInteger(x) || x < 0 || tx < 0 || tx > T) {
    throw new Error(`line ${line}: impossible history x=${x}, tx=${tx}, T=${T} (need integer x ≥ 0, 0 ≤ tx ≤ T)`);
  }
  const meanSpend = column.spend === undefined ? undefined : at(column.spend);
  const id = column.id === undefined ? undefined : cells[column.id]!;
  return { customer, meanSpend, id };
}

/**
 * Parses customer summaries: a header with frequency,recency,T[,monetary_value] or ID,x,t_x,T,zbar, in any
 * column order (other columns are ignored), then one customer per line. CRLF or LF line ends, blank lines
 * and a missing final newline are all fine. Plain comma separation: quoted fields are not supported.
 * @throws Error naming the line for a missing column, a short row, a non-numeric value or an impossible
 * history (negative or fractional x, tx outside [0, T]).
 */
export function parseCustomerCsv(text: string): CustomerSummaries {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  const headerLine = lines[0] ?? '';
  if (headerLine.trim() === '') throw new Error('line 1: empty header');
  const header = headerLine.split(',').map((cell) => cell.trim());
  const column = columnIndex(header);
  const customers: CustomerHistory[] = [];
  const spend: SpendHistory[] = [];
  const ids: string[] = [];
  lines.forEach((raw, index) => {
    if (index === 0 || raw.trim() === '') return;
    const row = parseRow(
      raw.split(',').map((cell) => cell.trim()),
      header,
      column,
      index + 1,
    );
    customers.push(row.customer);
    if (row.meanSpend !== undefined) spend.push({ x: row.customer.x, meanSpend: row.meanSpend });
    if (row.id !== undefined) ids.push(row.id);
  });
  return {
    customers,
    ...(column.spend !== undefined ? { spend } : {}),
    ...(column.id !== undefined ? { ids } : {}),
  };
}
