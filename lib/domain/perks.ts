import type { TenantConfig } from '../schemas/tenant-config.js';
import { fill, type Language } from './i18n.js';
import type { GuestFacts } from './recommendations/types.js';
import { qualifyTier, type Tier, type WindowTotals, windowTotals } from './scoring/tier.js';

const nextTier: Record<Tier, Tier | null> = { small: 'normal', normal: 'key', key: null };
const rank: Record<Tier, number> = { small: 0, normal: 1, key: 2 };
type Path = 'nights' | 'stays' | 'spend';

export interface PathProgress {
  path: Path | 'value';
  required: number;
  current: number;
  stillNeeded: number;
}

const offerTexts = {
  BIRTHDAY_MONTH: [
    'Celebrate your birthday with us: a cake and late check-out on a stay this month',
    '生日当月入住：赠送蛋糕并延迟退房',
  ],
  WELCOME_BACK: ['We miss you: complimentary breakfast on your next stay', '期待您再次光临：下次入住赠送早餐'],
  ALMOST_NEXT_TIER: ['Only {count} {path} to {tier}', '再 {count} {path} 即可升至{tier}'],
} as const;

function pathProgress(floor: TenantConfig['qualificationFloors']['key'], totals: WindowTotals): PathProgress[] {
  return (['nights', 'stays', 'spend'] as const)
    .filter((path) => floor[path] !== undefined)
    .map((path) => {
      const required = floor[path]!;
      const current = Math.round(totals[path] * 100) / 100;
      return { path, required, current, stillNeeded: Math.max(0, Math.round((required - current) * 100) / 100) };
    });
}

/** The day the oldest stays counted now leave the rolling window (what is needed must come before). */
function windowClosesOn(byMonth: GuestFacts['summary']['byMonth'], today: Date, months: number): string {
  const first = new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth() - months + 1, 1))
    .toISOString()
    .slice(0, 7);
  const oldest = Object.keys(byMonth)
    .filter((m) => m >= first)
    .sort()[0];
  const [year, month] = (oldest ?? today.toISOString().slice(0, 7)).split('-').map(Number) as [number, number];
  return new Date(Date.UTC(year, month - 1 + months, 0)).toISOString().slice(0, 10);
}

/**
 * The mobile app's view of a guest's membership: tier and its benefits, progress to the next
 * tier on every qualification path, what keeps the current tier, and personal offers.
 */
export function perksFor(guest: GuestFacts, config: TenantConfig, language: Language, today: Date) {
  const tier: Tier = guest.score?.tier ?? 'small';
  const totals = windowTotals(guest.summary.byMonth, today, config);
  const text = (code: keyof typeof offerTexts, params?: Record<string, string | number>) => ({
    code,
    text: fill(offerTexts[code][language === 'zh-CN' ? 1 : 0], params),
  });
  const target = nextTier[tier];
  const floorsOf = (t: Tier) => (t === 'small' ? {} : config.qualificationFloors[t]);
  const valueNeeded = (t: Tier) => 100 * (1 - config.tierShares.key - (t === 'normal' ? config.tierShares.normal : 0));
  const valuePath = (t: Tier): PathProgress => {
    const current = guest.score?.valueScore ?? 0;
    return {
      path: 'value',
      required: valueNeeded(t),
      current,
      stillNeeded: Math.max(0, Math.round((valueNeeded(t) - current) * 10) / 10),
    };
  };
  const progress = target && {
    tier: target,
    paths: [valuePath(target), ...pathProgress(floorsOf(target), totals)],
    by: windowClosesOn(guest.summary.byMonth, today, config.qualificationWindowMonths),
  };
  const qualified = qualifyTier(guest.score?.valueScore ?? 0, totals, config);
  const offers = [];
  const birthday = guest.profile.birthday;
  if (birthday && birthday.slice(5, 7) === today.toISOString().slice(5, 7)) offers.push(text('BIRTHDAY_MONTH'));
  if ((guest.score?.clv.pAlive ?? 1) < 0.5) offers.push(text('WELCOME_BACK'));
  const closest = progress?.paths.filter(
    (p) => p.path !== 'value' && p.stillNeeded > 0 && p.stillNeeded <= p.required * 0.2,
  )[0];
  if (closest && target)
    offers.push(text('ALMOST_NEXT_TIER', { count: closest.stillNeeded, path: closest.path, tier: target }));
  return {
    guestId: guest.profile.guestId,
    tier,
    benefits: (config.tierBenefits[tier] ?? []).map((b) => ({ code: b.code, text: b.text[language] })),
    progress: progress ?? null,
    keep: {
      tier,
      qualifiesNow: rank[qualified.tier] >= rank[tier],
      paths: tier === 'small' ? [] : [valuePath(tier), ...pathProgress(floorsOf(tier), totals)],
      windowMonths: config.qualificationWindowMonths,
      gracePeriodDays: config.gracePeriodDays,
    },
    offers,
    accountManagerId: guest.profile.accountManagerId ?? null,
  };
}
