import * as z from 'zod';
import { currencySchema, identifierSchema, isoDateSchema, builtOnce } from './common.js';
import { withStayDates } from './stay.js';

/** The booking engine's question at reservation time. */
export const reservationRequestSchema = withStayDates(
  z
    .object({
      guestId: identifierSchema.optional(),
      email: z.email().max(254).optional(),
      loyaltyNumber: z.string().trim().min(1).max(40).optional(),
      propertyId: identifierSchema,
      checkIn: isoDateSchema,
      checkOut: isoDateSchema,
      roomType: z.string().trim().min(1).max(60).optional(),
      arrival: z
        .object({
          mode: z.enum(['air', 'rail', 'car', 'other']),
          airport: z.string().trim().min(2).max(10).optional(),
          station: z.string().trim().min(1).max(100).optional(),
          flightNumber: z.string().trim().min(2).max(10).optional(),
          at: z.iso
            .datetime({ offset: true, message: 'an ISO 8601 date-time with offset, e.g. 2026-12-24T15:40:00+08:00' })
            .optional(),
        })
        .strict()
        .optional(),
      adults: z.number().int().min(1).max(20).optional(),
      children: z.number().int().min(0).max(20).optional(),
      purpose: z.enum(['business', 'leisure', 'event', 'other']).optional(),
      currency: currencySchema.optional(),
    })
    .strict()
    .refine((r) => [r.guestId, r.email, r.loyaltyNumber].filter(Boolean).length === 1, {
      path: ['guestId'],
      message: 'give exactly one of guestId, email or loyaltyNumber',
    }),
).meta({ id: 'ReservationRequest' });
export type ReservationRequest = z.infer<typeof reservationRequestSchema>;

const reasonSchema = builtOnce(() => z.object({ code: z.string(), message: z.string() }));

export const recommendationSchema = builtOnce(() =>
  z.object({
    type: z.enum(['room', 'gift', 'driver', 'dining', 'butler', 'service_recovery', 'upgrade', 'welcome']),
    action: z.string(),
    details: z.record(z.string(), z.unknown()),
    priority: z.number().int().min(1).max(100),
    estimatedCost: z.object({ amount: z.number(), currency: z.string() }),
    reasons: z.array(reasonSchema()).min(1),
  }),
);

export const recommendationResponseSchema = builtOnce(() =>
  z
    .object({
      guestId: z.string().nullable(),
      tier: z.enum(['key', 'normal', 'small', 'new']),
      language: z.enum(['en', 'zh-CN']),
      accountManagerId: z.string().nullable(),
      roomPreferences: z.record(z.string(), z.unknown()),
      recommendations: z.array(recommendationSchema()),
      budget: z.object({
        amount: z.number(),
        allocated: z.number(),
        currency: z.string(),
        omitted: z.array(z.object({ type: z.string(), action: z.string(), reasons: z.array(reasonSchema()) })),
      }),
    })
    .meta({ id: 'Recommendations' }),
);
