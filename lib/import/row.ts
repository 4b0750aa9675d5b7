import * as z from 'zod';
import { currencySchema, identifierSchema, isoDateSchema } from '../schemas/common.js';
import { channelSchema, stayStatusSchema, withStayDates } from '../schemas/stay.js';

/** The columns of a PMS export, one row per stay, in this order. */
export const importColumns = [
  'guestId',
  'email',
  'firstName',
  'lastName',
  'birthday',
  'stayId',
  'propertyId',
  'checkIn',
  'checkOut',
  'status',
  'roomRevenue',
  'fnbRevenue',
  'otherRevenue',
  'cost',
  'currency',
  'channel',
] as const;

const optional = <T extends z.ZodType>(schema: T) => z.preprocess((v) => (v === '' ? undefined : v), schema.optional());
const money = z
  .string()
  .trim()
  .transform((v, ctx) => {
    const amount = v === '' ? 0 : Number(v);
    if (!/^-?\d*(\.\d+)?$/.test(v) || !Number.isFinite(amount))
      ctx.addIssue({ code: 'custom', message: `"${v}" is not an amount` });
    else if (amount < 0) ctx.addIssue({ code: 'custom', message: 'may not be negative' });
    return amount;
  });

export const importRowSchema = withStayDates(
  z
    .object({
      guestId: identifierSchema,
      email: optional(z.email()),
      firstName: z.string().trim().max(100),
      lastName: z.string().trim().max(100),
      birthday: optional(isoDateSchema),
      stayId: identifierSchema,
      propertyId: identifierSchema,
      checkIn: isoDateSchema,
      checkOut: isoDateSchema,
      status: stayStatusSchema,
      roomRevenue: money,
      fnbRevenue: money,
      otherRevenue: money,
      cost: money,
      currency: currencySchema,
      channel: optional(channelSchema),
    })
    .refine((row) => `${row.firstName}${row.lastName}`.trim().length > 0, {
      path: ['lastName'],
      message: 'a guest needs a name',
    }),
);
export type ImportRow = z.infer<typeof importRowSchema>;

/** Checks the header before anything is written: every column, by name, in any order. */
export function checkHeader(header: readonly string[]): string | undefined {
  const missing = importColumns.filter((column) => !header.includes(column));
  return missing.length ? `the header lacks ${missing.join(', ')}; expected ${importColumns.join(',')}` : undefined;
}
