import * as z from 'zod';

/**
 * The schemas of the perk catalogue in a tenant's configuration, built together by the tenant
 * configuration's schema when it is built (only a stored configuration needs them; the defaults
 * are plain data in perk-defaults.ts).
 */
export function perkCatalogueSchemas() {
  /** Text for people, in every language the product speaks. */
  const localizedText = z.object({ en: z.string().min(1).max(300), 'zh-CN': z.string().min(1).max(300) });
  const audience = z.enum(['key', 'normal', 'small', 'new']);
  const gift = z.object({
    id: z.string().min(1).max(40),
    name: localizedText,
    /** In the tenant's base currency. */
    cost: z.number().min(0),
    /** Matched against the guest's gift likes and dislikes. */
    tags: z.array(z.string().min(1).max(40)).max(20),
    /** Ingredients that a diet or an allergy may rule out (alcohol, nuts, dairy, gluten, sugar, pork, egg). */
    contains: z.array(z.string().min(1).max(40)).max(20),
    tiers: z.array(audience).min(1),
  });
  const perkCosts = z.object({
    driver: z.number().min(0),
    upgrade: z.number().min(0),
    welcome: z.number().min(0),
    recovery: z.number().min(0),
  });
  const tierBenefits = z.record(
    z.enum(['key', 'normal', 'small']),
    z.array(z.object({ code: z.string(), text: localizedText })),
  );
  return { gift, perkCosts, tierBenefits };
}

type PerkCatalogueSchemas = ReturnType<typeof perkCatalogueSchemas>;
export type Gift = z.infer<PerkCatalogueSchemas['gift']>;
export type PerkCosts = z.infer<PerkCatalogueSchemas['perkCosts']>;
export type TierBenefits = z.infer<PerkCatalogueSchemas['tierBenefits']>;
