import * as z from 'zod';

/**
 * An ISO 4217 currency code. A function rather than a constant so that the tenant configuration's
 * schema, built only to parse a stored configuration, can build one without importing common.ts,
 * whose schemas a scoring function would otherwise build at every cold start.
 */
export const currencyCodeSchema = () => z.string().regex(/^[A-Z]{3}$/, 'an ISO 4217 code such as CNY, USD or EUR');
