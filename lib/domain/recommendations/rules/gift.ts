import type { Gift } from '../../../schemas/perk-catalogue.js';
import { excludedIngredients } from '../diet.js';
import { yearlyDateDuringStay, yearsBetween } from '../occasions.js';
import type { Candidate, Reason, RuleContext } from '../types.js';

function occasionOf(context: RuleContext): { kind: 'birthday' | 'anniversary'; reason: Reason } | undefined {
  const { checkIn, checkOut } = context.reservation;
  const birthday = context.guest?.profile.birthday;
  const birthdayOn = birthday && yearlyDateDuringStay(birthday, checkIn, checkOut);
  if (birthdayOn) return { kind: 'birthday', reason: context.reason('BIRTHDAY_DURING_STAY', { date: birthdayOn }) };
  const firstStay = context.guest?.summary.firstStayOn;
  const anniversaryOn = firstStay && yearlyDateDuringStay(firstStay, checkIn, checkOut);
  const years = anniversaryOn ? yearsBetween(firstStay, anniversaryOn) : 0;
  if (anniversaryOn && years >= 1) {
    return { kind: 'anniversary', reason: context.reason('ANNIVERSARY_DURING_STAY', { years, date: anniversaryOn }) };
  }
  return undefined;
}

/**
 * A gift for a birthday or first-stay anniversary within the stay: fitting the guest's tier,
 * matching their likes, never a dislike, nothing their diet or allergies rule out, and never
 * the gift of their last stay.
 */
export function giftRule(context: RuleContext): Candidate[] {
  const occasion = occasionOf(context);
  if (!occasion) return [];
  const profile = context.guest?.profile;
  const likes = new Set(profile?.preferences?.gifts?.likes?.map((l) => l.toLowerCase()) ?? []);
  const dislikes = new Set(profile?.preferences?.gifts?.dislikes?.map((d) => d.toLowerCase()) ?? []);
  const restrictions = [
    ...(profile?.preferences?.dining?.dietary ?? []),
    ...(profile?.preferences?.dining?.allergies ?? []),
  ];
  const excluded = excludedIngredients(restrictions);
  const lastGift = context.guest?.summary.lastGift?.gift;
  const fits = (gift: Gift) =>
    gift.tiers.includes(context.audience) &&
    gift.id !== lastGift &&
    !gift.tags.some((tag) => dislikes.has(tag.toLowerCase()) || dislikes.has(gift.id)) &&
    !gift.contains.some((ingredient) => excluded.has(ingredient));
  const liked = (gift: Gift) => gift.tags.filter((tag) => likes.has(tag.toLowerCase()));
  const rank = (gift: Gift) =>
    liked(gift).length * 10 + (occasion.kind === 'birthday' && gift.tags.includes('cake') ? 3 : 0) + gift.cost / 1e6;
  const chosen = context.config.gifts.filter(fits).sort((a, b) => rank(b) - rank(a))[0];
  if (!chosen) return [];
  const reasons = [occasion.reason];
  if (liked(chosen).length > 0) reasons.push(context.reason('GIFT_MATCHES_LIKES', { items: liked(chosen).join(', ') }));
  if (restrictions.length > 0) reasons.push(context.reason('GIFT_SAFE_FOR_DIET'));
  if (lastGift) reasons.push(context.reason('GIFT_DIFFERS_FROM_LAST', { gift: lastGift }));
  const name = chosen.name[context.language];
  return [
    {
      type: 'gift',
      action: context.text('ACTION_GIFT', { gift: name }),
      details: { giftId: chosen.id, name, occasion: occasion.kind },
      priority: context.audience === 'key' ? 75 : 60,
      cost: chosen.cost,
      obligation: false,
      reasons,
    },
  ];
}
