import type { Candidate, Reason, RuleContext } from '../types.js';

/** Diet, allergies and favourite dishes passed to the kitchen; allergies are an obligation. */
export function diningRule(context: RuleContext): Candidate[] {
  const dining = context.guest?.profile.preferences?.dining;
  const dietary = dining?.dietary ?? [];
  const allergies = dining?.allergies ?? [];
  const favourites = dining?.favourites ?? [];
  const reasons: Reason[] = [];
  if (allergies.length) reasons.push(context.reason('ALLERGIES', { items: allergies.join(', ') }));
  if (dietary.length) reasons.push(context.reason('DIETARY_NEEDS', { items: dietary.join(', ') }));
  if (favourites.length) reasons.push(context.reason('FAVOURITE_DISHES', { items: favourites.join(', ') }));
  if (reasons.length === 0) return [];
  return [
    {
      type: 'dining',
      action: context.text('ACTION_DINING'),
      details: { dietary, allergies, favourites },
      priority: allergies.length ? 85 : 50,
      cost: 0,
      obligation: allergies.length > 0,
      reasons,
    },
  ];
}

/** Key customers are greeted by their dedicated account manager, or get one assigned. */
export function butlerRule(context: RuleContext): Candidate[] {
  if (!context.profiling || context.audience !== 'key') return [];
  const manager = context.guest?.profile.accountManagerId;
  return [
    {
      type: 'butler',
      action: manager ? context.text('ACTION_BUTLER', { manager }) : context.text('ACTION_BUTLER_UNASSIGNED'),
      details: { accountManagerId: manager ?? null },
      priority: 65,
      cost: 0,
      obligation: false,
      reasons: [context.reason('KEY_CUSTOMER_DEDICATED_MANAGER')],
    },
  ];
}

/** An upgrade for key customers and the most valuable guests. */
export function upgradeRule(context: RuleContext): Candidate[] {
  const score = context.guest?.score;
  if (!context.profiling || !score || (score.tier !== 'key' && score.valueScore < 90)) return [];
  return [
    {
      type: 'upgrade',
      action: context.text('ACTION_UPGRADE'),
      details: { fromRoomType: context.reservation.roomType ?? null },
      priority: 55,
      cost: context.config.perkCosts.upgrade,
      obligation: false,
      reasons: [context.reason('UPGRADE_FOR_TIER', { tier: score.tier, score: score.valueScore })],
    },
  ];
}

/** A first stay (or a guest the hotel does not know yet) gets a welcome. */
export function welcomeRule(context: RuleContext): Candidate[] {
  if (context.guest && context.guest.summary.completedStays > 0) return [];
  return [
    {
      type: 'welcome',
      action: context.text('ACTION_WELCOME'),
      details: {},
      priority: 40,
      cost: context.config.perkCosts.welcome,
      obligation: false,
      reasons: [context.reason(context.guest ? 'FIRST_STAY' : 'UNKNOWN_GUEST')],
    },
  ];
}
