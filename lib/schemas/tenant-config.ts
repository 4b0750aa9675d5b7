import { z } from 'zod';
import { currencySchema } from './common.js';

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
    qualificationWindowMonths: z.number().int().min(1).max(36).default(12),
    gracePeriodDays: z.number().int().min(0).max(730).default(90),
    annualDiscountRate: z.number().min(0).max(1).default(0.1),
    purchaseModel: z.enum(['bgnbd', 'mbgnbd']).default('mbgnbd'),
    /** Share of a referred guest's direct profit credited to whoever referred them. */
    referralCredit: z.number().min(0).max(1).default(0.2),
    /** Bookings that agencies, corporates and groups sway count for more than their own stays. */
    segmentInfluence: z
      .object({ corporate: z.number(), agency: z.number(), group: z.number(), leisure: z.number() })
      .partial()
      .default({ corporate: 0.1, agency: 0.25, group: 0.15, leisure: 0 }),
  })
  .strict()
  .meta({ id: 'TenantConfig' });

export type TenantConfig = z.infer<typeof tenantConfigSchema>;

/** The rules of a tenant that has configured nothing. */
export const defaultTenantConfig: TenantConfig = tenantConfigSchema.parse({});
