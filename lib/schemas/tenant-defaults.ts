import { defaultGifts, defaultPerkCosts, defaultTierBenefits } from './perk-defaults.js';

/** The longest rolling window a tenant may qualify tiers over: older months can never count again. */
export const longestQualificationWindowMonths = 36;

/**
 * The rules of a tenant that has configured nothing, as plain data: every function that scores or
 * recommends knows them without building the configuration's schema, whose defaults are these.
 * Typed here by inference only (the type comes from that schema, which reads these): tenant-config.ts
 * exports them as a `TenantConfig`, so the compiler checks every field.
 */
export const tenantConfigDefaults = {
  currency: 'CNY',
  exchangeRates: { USD: 7.1, EUR: 7.7, HKD: 0.91, SGD: 5.3 },
  tierShares: { key: 0.2, normal: 0.3 },
  qualificationFloors: {
    key: { nights: 40, stays: 20, spend: 80_000 },
    normal: { nights: 10, stays: 4, spend: 15_000 },
  },
  qualificationWindowMonths: 12,
  gracePeriodDays: 90,
  tierHoldYears: 1,
  annualDiscountRate: 0.1,
  purchaseModel: 'mbgnbd' as const,
  referralCredit: 0.2,
  segmentInfluence: { corporate: 0.1, agency: 0.25, group: 0.15, leisure: 0 },
  defaultLanguage: 'en' as const,
  perkBudget: { shareOfValue: 0.1, minimum: { key: 1200, normal: 400, small: 150, new: 200 } },
  gifts: defaultGifts,
  perkCosts: defaultPerkCosts,
  driverTiers: ['key' as const],
  tierBenefits: defaultTierBenefits,
  complaintSlaHours: {
    high: { key: 2, normal: 4, small: 8, new: 8 },
    medium: { key: 8, normal: 24, small: 24, new: 24 },
    low: { key: 24, normal: 72, small: 72, new: 72 },
  },
  complaintFollowUpDays: 3,
  accountManagers: [],
};
