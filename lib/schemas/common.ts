import * as z from 'zod';
import { builtOnce } from './built-once.js';
import { currencyCodeSchema } from './currency.js';

/** Identifiers chosen by callers (guestId, stayId, tenant): safe inside keys and URLs. */
export const identifierSchema = z
  .string()
  .min(1)
  .max(128)
  .regex(/^[A-Za-z0-9][A-Za-z0-9._:@-]*$/, 'letters, digits and . _ : @ - only, starting with a letter or digit');

/** The `{guestId}` of every guest route; here rather than beside the guest's schemas, which routes
 * that only name a guest (stays, complaints, recommendations) need not build at cold start. */
export const guestPathSchema = z.object({ guestId: identifierSchema });

/** A calendar date, YYYY-MM-DD, that really exists (no 2026-02-30). */
export const isoDateSchema = z.iso.date();

export const currencySchema = currencyCodeSchema();

export const moneySchema = z.number().finite().min(0).max(1e9);

export { builtOnce } from './built-once.js';

/** A page of `item`s and the cursor of the next, built on first use as the answers' schemas are. */
export function listSchema<T extends z.ZodType>(item: () => T, id: string) {
  return builtOnce(() => z.object({ items: z.array(item()), cursor: z.string().nullable() }).meta({ id }));
}
