import * as z from 'zod';
import { builtOnce } from './built-once.js';
import { currencyCodeSchema } from './currency.js';
import { perkCatalogueSchemas } from './perk-catalogue.js';
import { longestQualificationWindowMonths, tenantConfigDefaults as defaults } from './tenant-defaults.js';

/**
 * The version of the schema below, stored with every configuration written: one stored under the
 * current version is read without parsing (see storedConfigOf). Bump it with any change to the
 * schema; a unit test holds the schema's JSON Schema hash, so it fails until you do.
 */
export const tenantConfigSchemaVersion = 1;

/**
 * A hotel group's scoring rules. Every field has a default (tenant-defaults.ts), so a tenant that
 * never configured anything still gets sensible tiers and values. Built on first use: only a stored
 * configuration is parsed with it, and the defaults are known without it.
 */
export const tenantConfigSchema = builtOnce(() => {
  const perks = perkCatalogueSchemas();
  const currencySchema = currencyCodeSchema();
  const floorSchema = z
    .object({
      nights: z.number().int().min(0),
      stays: z.number().int().min(0),
      spend: z.number().min(0),
    })
    .partial()
    .strict();
  return z
    .object({
      currency: currencySchema.default(defaults.currency),
      /** How many units of the base currency one unit of each other currency is worth. */
      exchangeRates: z.record(currencySchema, z.number().positive()).default(defaults.exchangeRates),
      tierShares: z
        .object({ key: z.number().min(0).max(1), normal: z.number().min(0).max(1) })
        .refine((s) => s.key + s.normal <= 1, 'key + normal may not exceed 1')
        .default(defaults.tierShares),
      /** Guests reaching any floor within the window qualify for that tier whatever their percentile. */
      qualificationFloors: z.object({ key: floorSchema, normal: floorSchema }).default(defaults.qualificationFloors),
      qualificationWindowMonths: z
        .number()
        .int()
        .min(1)
        .max(longestQualificationWindowMonths)
        .default(defaults.qualificationWindowMonths),
      gracePeriodDays: z.number().int().min(0).max(730).default(defaults.gracePeriodDays),
      /** Status earned holds to the end of the year this many years after it was earned (1: the following year). */
      tierHoldYears: z.number().int().min(0).max(5).default(defaults.tierHoldYears),
      annualDiscountRate: z.number().min(0).max(1).default(defaults.annualDiscountRate),
      purchaseModel: z.enum(['bgnbd', 'mbgnbd']).default(defaults.purchaseModel),
      /** Share of a referred guest's direct profit credited to whoever referred them. */
      referralCredit: z.number().min(0).max(1).default(defaults.referralCredit),
      /** Bookings that agencies, corporates and groups sway count for more than their own stays. */
      segmentInfluence: z
        .object({ corporate: z.number(), agency: z.number(), group: z.number(), leisure: z.number() })
        .partial()
        .default(defaults.segmentInfluence),
      defaultLanguage: z.enum(['en', 'zh-CN']).default(defaults.defaultLanguage),
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
        .default(defaults.perkBudget),
      gifts: z.array(perks.gift).max(200).default(defaults.gifts),
      perkCosts: perks.perkCosts.default(defaults.perkCosts),
      /** Who gets a driver without asking for one. */
      driverTiers: z.array(z.enum(['key', 'normal', 'small'])).default(defaults.driverTiers),
      tierBenefits: perks.tierBenefits.default(defaults.tierBenefits),
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
        .default(defaults.complaintSlaHours),
      /** Days after resolution by which the guest is called back. */
      complaintFollowUpDays: z.number().int().min(0).max(60).default(defaults.complaintFollowUpDays),
      accountManagers: z
        .array(z.object({ id: z.string().min(1).max(128), name: z.string().min(1).max(200) }))
        .max(500)
        .default(defaults.accountManagers),
    })
    .strict()
    .meta({ id: 'TenantConfig' });
});

export type TenantConfig = z.infer<ReturnType<typeof tenantConfigSchema>>;

/** The rules of a tenant that has configured nothing (what the schema makes of `{}`). */
export const defaultTenantConfig: TenantConfig = defaults;

export { longestQualificationWindowMonths } from './tenant-defaults.js';
