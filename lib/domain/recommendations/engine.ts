import type { TenantConfig } from '../../schemas/tenant-config.js';
import type { Language } from '../i18n.js';
import { allocate, perkBudget } from './budget.js';
import { message } from './messages.js';
import { butlerRule, diningRule, upgradeRule, welcomeRule } from './rules/care.js';
import { driverRule } from './rules/driver.js';
import { giftRule } from './rules/gift.js';
import { recoveryRule } from './rules/recovery.js';
import { roomPreferencesOf, roomRule } from './rules/room.js';
import type { Audience, GuestFacts, Recommendation, Reservation, Rule, RuleContext } from './types.js';

const rules: Rule[] = [roomRule, giftRule, driverRule, diningRule, butlerRule, recoveryRule, upgradeRule, welcomeRule];

export interface RecommendationResult {
  guestId: string | null;
  tier: Audience;
  language: Language;
  accountManagerId: string | null;
  roomPreferences: Record<string, unknown>;
  recommendations: Recommendation[];
  budget: {
    amount: number;
    allocated: number;
    currency: string;
    omitted: { type: string; action: string; reasons: { code: string; message: string }[] }[];
  };
}

/** Money is shown in the stay's currency when the tenant has a rate for it, else in the base currency. */
function currencyFor(reservation: Reservation, config: TenantConfig) {
  const wanted = reservation.currency;
  const rate = wanted && wanted !== config.currency ? config.exchangeRates[wanted] : undefined;
  if (!wanted || !rate) return { currency: config.currency, convert: (amount: number) => amount };
  return { currency: wanted, convert: (amount: number) => Math.round((amount / rate) * 100) / 100 };
}

/**
 * What to do for a guest at reservation time, each with its reasons, within a perk budget
 * that follows the guest's value. Without profiling consent, only what the guest stated and
 * service obligations are used. `guest` is null for a guest the hotel does not know.
 */
export function recommendForStay(
  guest: GuestFacts | null,
  reservation: Reservation,
  config: TenantConfig,
  language: Language,
): RecommendationResult {
  const profiling = guest?.profile.consent?.profiling !== false;
  const audience: Audience = !guest ? 'new' : profiling ? (guest.score?.tier ?? 'small') : 'small';
  const context: RuleContext = {
    guest,
    reservation,
    config,
    language,
    profiling,
    audience,
    reason: (code, params) => ({ code, message: message(code, language, params) }),
    text: (code, params) => message(code, language, params),
  };
  const budget = perkBudget(guest, audience, profiling, config);
  const { kept, omitted, spent } = allocate(
    rules.flatMap((rule) => rule(context)),
    budget,
  );
  const { currency, convert } = currencyFor(reservation, config);
  const overBudget = context.reason('OVER_BUDGET', { budget: `${convert(budget)} ${currency}` });
  return {
    guestId: guest?.profile.guestId ?? null,
    tier: guest ? (guest.score?.tier ?? 'small') : 'new',
    language,
    accountManagerId: guest?.profile.accountManagerId ?? null,
    roomPreferences: roomPreferencesOf(context).preferences,
    recommendations: kept.map(({ cost, obligation: _obligation, ...rest }) => ({
      ...rest,
      estimatedCost: { amount: convert(cost), currency },
    })),
    budget: {
      amount: convert(budget),
      allocated: convert(spent),
      currency,
      omitted: omitted.map((c) => ({ type: c.type, action: c.action, reasons: [...c.reasons, overBudget] })),
    },
  };
}
