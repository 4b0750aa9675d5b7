import * as z from 'zod';
import { currencySchema, identifierSchema, isoDateSchema, moneySchema, builtOnce } from './common.js';

export const stayStatusSchema = z.enum(['reserved', 'in_house', 'completed', 'cancelled', 'no_show']);
export const channelSchema = z.enum(['direct', 'ota', 'corporate', 'agency', 'group']);

const stayFieldsSchema = z
  .object({
    propertyId: identifierSchema,
    checkIn: isoDateSchema,
    checkOut: isoDateSchema,
    status: stayStatusSchema,
    roomType: z.string().trim().min(1).max(60).optional(),
    channel: channelSchema.optional(),
    purpose: z.enum(['business', 'leisure', 'event', 'other']).optional(),
    revenue: z
      .object({ room: moneySchema.default(0), fnb: moneySchema.default(0), other: moneySchema.default(0) })
      .strict()
      .default({ room: 0, fnb: 0, other: 0 }),
    cost: moneySchema.default(0),
    /** The room the guest actually had, so preferences can be learned from history. */
    roomFeatures: z
      .object({
        floor: z.enum(['low', 'middle', 'high']),
        bed: z.enum(['king', 'queen', 'twin', 'double']),
        view: z.string().trim().min(1).max(60),
      })
      .partial()
      .strict()
      .optional(),
    /** The gift the guest received on this stay, so the next one differs. */
    giftGiven: z.string().trim().min(1).max(60).optional(),
    currency: currencySchema,
  })
  .strict();

/** The rules of a stay's dates, wherever a stay is described: check-out after check-in, at most 365 nights. */
export function withStayDates<T extends z.ZodType<{ checkIn: string; checkOut: string }>>(schema: T): T {
  return schema
    .refine((s) => s.checkOut > s.checkIn, { path: ['checkOut'], message: 'must be after checkIn' })
    .refine((s) => daysBetween(s.checkIn, s.checkOut) <= 365, {
      path: ['checkOut'],
      message: 'a stay lasts at most 365 nights',
    });
}

export const stayInputSchema = withStayDates(stayFieldsSchema).meta({ id: 'StayInput' });
export type StayInput = z.infer<typeof stayInputSchema>;

export const staySchema = builtOnce(() =>
  stayFieldsSchema
    .extend({
      guestId: identifierSchema,
      stayId: identifierSchema,
      nights: z.number().int(),
      version: z.number().int(),
      createdAt: z.iso.datetime(),
      updatedAt: z.iso.datetime(),
    })
    .meta({ id: 'Stay' }),
);
export type Stay = z.infer<ReturnType<typeof staySchema>>;

export const stayPathSchema = z.object({ guestId: identifierSchema, stayId: identifierSchema });

/** Whole nights between two ISO dates. */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(to) - Date.parse(from)) / 86_400_000);
}
