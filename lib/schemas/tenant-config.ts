import * as z from 'zod';
import { currencySchema } from './common.js';
import {
  defaultGifts,
  defaultTierBenefits,
  giftSchema,
  perkCostsSchema,
  tierBenefitsSchema,
} from './perk-catalogue.js';

const floorSchema = z
  .object({
    nights: z.number().int().min(0),
    stays: z.number().int().min(0),
    spend: z.number().min(0),
  })
  .partial()
  .strict();

/**
 * A hotel group's scoring rules. Every field has a default, so a tenant that never
 * configured anything still gets sensible tiers and values.
 */
/** The longest rolling window a tenant may qualify tiers over: older months can never count again. */
export const longestQualificationWindowMonths = 36;

export const tenantConfigSchema = z
  .object({
    currency: currencySchema.default('CNY'),
    /** How many units of the base currency one unit of each other currency is worth. */
    exchangeRates: z.record(currencySchema, z.number().positive()).default({ USD: 7.1, EUR: 7.7, HKD: 0.91, SGD: 5.3 }),
    tierShares: z
      .object({ key: z.number().min(0).max(1), normal: z.number().min(0).max(1) })
      .refine((s) => s.key + s.normal <= 1, 'key + normal may not exceed 1')
      .default({ key: 0.2, normal: 0.3 }),
    /** Guests reaching any floor within the window qualify for that tier whatever their percentile. */
    qualificationFloors: z
      .object({ key: floorSchema, normal: floorSchema })
      .default({ key: { nights: 40, stays: 20, spend: 80_000 }, normal: { nights: 10, stays: 4, spend: 15_000 } }),
    qualificationWindowMonths: z.number().int().min(1).max(longestQualificationWindowMonths).default(12),
    gracePeriodDays: z.number().int().min(0).max(730).default(90),
    /** Status earned holds to the end of the year this many years after it was earned (1: the following year). */
    tierHoldYears: z.number().int().min(0).max(5).default(1),
    /** How often the population is recalculated, in hours (the AWS schedule and the local timer). */
    recalculationIntervalHours: z
      .number()
      .int()
      .min(1)
      .max(24 * 7)
      .default(24),
    annualDiscountRate: z.number().min(0).max(1).default(0.1),
    purchaseModel: z.enum(['bgnbd', 'mbgnbd']).default('mbgnbd'),
    /** Share of a referred guest's direct profit credited to whoever referred them. */
    referralCredit: z.number().min(0).max(1).default(0.2),
    /** Bookings that agencies, corporates and groups sway count for more than their own stays. */
    segmentInfluence: z
      .object({ corporate: z.number(), agency: z.number(), group: z.number(), leisure: z.number() })
      .partial()
      .default({ corporate: 0.1, agency: 0.25, group: 0.15, leisure: 0 }),
    defaultLanguage: z.enum(['en', 'zh-CN']).default('en'),
    /** Spend on a stay follows the guest's value: a share of their 12-month expected profit, with a floor per tier. */
    perkBudget: z
      .object({
        shareOfValue: z.number().min(0).max(1),
        minimum: z.object({
          key: z.number().min(0),
          normal: z.number().min(0),
          small: z.number().min(0),
          new: z.number().min(0),
        }),
      })
      .default({ shareOfValue: 0.1, minimum: { key: 1200, normal: 400, small: 150, new: 200 } }),
    gifts: z.array(giftSchema).max(200).default(defaultGifts),
    perkCosts: perkCostsSchema.default({ driver: 300, upgrade: 500, welcome: 80, recovery: 200 }),
    /** Who gets a driver without asking for one. */
    driverTiers: z.array(z.enum(['key', 'normal', 'small'])).default(['key']),
    tierBenefits: tierBenefitsSchema.default(defaultTierBenefits),
    /** Hours to resolve a complaint, by severity and by the guest's tier: key customers' are shortest. */
    complaintSlaHours: z
      .record(
        z.enum(['high', 'medium', 'low']),
        z.object({
          key: z.number().positive(),
          normal: z.number().positive(),
          small: z.number().positive(),
          new: z.number().positive(),
        }),
      )
      .default({
        high: { key: 2, normal: 4, small: 8, new: 8 },
        medium: { key: 8, normal: 24, small: 24, new: 24 },
        low: { key: 24, normal: 72, small: 72, new: 72 },
      }),
    /** Days after resolution by which the guest is called back. */
    complaintFollowUpDays: z.number().int().min(0).max(60).default(3),
    accountManagers: z
      .array(z.object({ id: z.string().min(1).max(128), name: z.string().min(1).max(200) }))
      .max(500)
      .default([]),
  })
  .strict()
  .meta({ id: 'TenantConfig' });

export type TenantConfig = z.infer<typeof tenantConfigSchema>;

/** The rules of a tenant that has configured nothing. */
export const defaultTenantConfig: TenantConfig = tenantConfigSchema.parse({});
