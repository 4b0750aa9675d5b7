import type { TenantConfig } from '../../schemas/tenant-config.js';

/** An amount in the tenant's base currency, and the currencies that could not be converted. */
export interface BaseAmount {
  amount: number;
  unconverted: string[];
}

/** Sums amounts held per currency into the tenant's base currency using its configured rates. */
export function toBaseCurrency(byCurrency: Record<string, number>, config: TenantConfig): BaseAmount {
  let amount = 0;
  const unconverted: string[] = [];
  for (const [currency, value] of Object.entries(byCurrency)) {
    const rate = currency === config.currency ? 1 : config.exchangeRates[currency];
    if (rate === undefined) unconverted.push(currency);
    else amount += value * rate;
  }
  return { amount: Math.round(amount * 100) / 100, unconverted: unconverted.sort() };
}
