import * as z from 'zod';
import { identifierSchema, isoDateSchema, builtOnce } from './common.js';

const shortText = z.string().trim().min(1).max(200);
const textList = z.array(z.string().trim().min(1).max(100)).max(50);

export const segmentSchema = z.enum(['corporate', 'leisure', 'agency', 'group']);
export const communicationStyleSchema = z.enum(['formal', 'warm', 'brief', 'detailed']);

export const roomPreferencesSchema = z
  .object({
    floor: z.enum(['low', 'middle', 'high']),
    bed: z.enum(['king', 'queen', 'twin', 'double']),
    pillow: z.string().trim().max(60),
    view: z.string().trim().max(60),
    quiet: z.boolean(),
    temperatureC: z.number().min(16).max(30),
    accessibility: textList,
    smoking: z.boolean(),
  })
  .partial()
  .strict();

export const preferencesSchema = z
  .object({
    room: roomPreferencesSchema,
    dining: z.object({ dietary: textList, allergies: textList, favourites: textList }).partial().strict(),
    gifts: z.object({ likes: textList, dislikes: textList }).partial().strict(),
    transport: z
      .object({ airportPickup: z.boolean(), vehicle: z.string().trim().max(60) })
      .partial()
      .strict(),
  })
  .partial()
  .strict()
  .meta({ id: 'Preferences' });

export const consentSchema = z
  .object({ marketing: z.boolean(), profiling: z.boolean() })
  .partial()
  .strict()
  .meta({ id: 'Consent' });

/** What a caller sends to create or replace a guest profile. */
export const guestInputSchema = z
  .object({
    name: shortText,
    email: z.email().max(254).optional(),
    phone: z
      .string()
      .trim()
      .regex(/^\+?[0-9 ()-]{6,24}$/, 'digits with an optional leading +, spaces, dashes or brackets')
      .optional(),
    loyaltyNumber: z.string().trim().min(1).max(40).optional(),
    birthday: isoDateSchema.optional(),
    company: z.string().trim().max(200).optional(),
    segment: segmentSchema.optional(),
    language: z.enum(['en', 'zh-CN']).optional(),
    communicationStyle: communicationStyleSchema.optional(),
    accountManagerId: identifierSchema.optional(),
    referredBy: identifierSchema.optional(),
    consent: consentSchema.optional(),
    preferences: preferencesSchema.optional(),
  })
  .strict()
  .meta({ id: 'GuestInput' });
export type GuestInput = z.infer<typeof guestInputSchema>;

/** The fields a guest may change about themselves from the mobile app. */
export const guestSelfServiceFields = ['preferences', 'consent', 'language', 'communicationStyle'] as const;

export const guestSchema = builtOnce(() =>
  guestInputSchema
    .extend({
      guestId: identifierSchema,
      version: z.number().int().min(1),
      createdAt: z.iso.datetime(),
      updatedAt: z.iso.datetime(),
    })
    .meta({ id: 'Guest' }),
);
export type Guest = z.infer<ReturnType<typeof guestSchema>>;

export const guestLookupQuerySchema = z
  .object({
    email: z.email().max(254).optional(),
    loyaltyNumber: z.string().trim().min(1).max(40).optional(),
    phone: z.string().trim().min(6).max(24).optional(),
  })
  .refine((q) => [q.email, q.loyaltyNumber, q.phone].filter(Boolean).length === 1, {
    message: 'give exactly one of email, loyaltyNumber or phone',
  });
export type GuestLookupQuery = z.infer<typeof guestLookupQuerySchema>;
