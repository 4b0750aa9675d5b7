import type { Gift, PerkCosts, TierBenefits } from './perk-catalogue.js';

// The perk catalogue of a tenant that has configured none: plain data, so that no function builds a
// schema to know it.

const gift = (
  id: string,
  en: string,
  zh: string,
  cost: number,
  tags: string[],
  contains: string[],
  tiers: Gift['tiers'],
) => ({ id, name: { en, 'zh-CN': zh }, cost, tags, contains, tiers }) satisfies Gift;

export const defaultGifts: Gift[] = [
  gift('tea-set', 'Premium tea set', '精品茶礼盒', 380, ['tea'], [], ['key', 'normal']),
  gift('wine', 'Bottle of red wine', '红葡萄酒一瓶', 450, ['wine'], ['alcohol'], ['key']),
  gift(
    'chocolates',
    'Handmade chocolates',
    '手工巧克力',
    160,
    ['chocolate', 'sweets'],
    ['dairy', 'nuts', 'sugar'],
    ['key', 'normal', 'small', 'new'],
  ),
  gift('fruit-basket', 'Seasonal fruit basket', '时令水果篮', 180, ['fruit'], [], ['key', 'normal', 'small', 'new']),
  gift('flowers', 'Fresh flowers', '鲜花', 220, ['flowers'], [], ['key', 'normal', 'small']),
  gift(
    'birthday-cake',
    'Birthday cake',
    '生日蛋糕',
    260,
    ['cake', 'sweets'],
    ['gluten', 'dairy', 'egg', 'sugar'],
    ['key', 'normal', 'small', 'new'],
  ),
  gift('book', 'Local culture book', '本地文化书籍', 150, ['books'], [], ['key', 'normal', 'small', 'new']),
];

const benefit = (code: string, en: string, zh: string) => ({ code, text: { en, 'zh-CN': zh } });

export const defaultTierBenefits: TierBenefits = {
  key: [
    benefit('DEDICATED_MANAGER', 'A dedicated account manager', '专属客户经理'),
    benefit('AIRPORT_TRANSFER', 'Airport transfer with a dedicated driver', '专车机场接送'),
    benefit('ROOM_UPGRADE', 'Room upgrade when available', '视房态免费升级'),
    benefit('LATE_CHECKOUT', 'Late check-out until 16:00', '延迟退房至16:00'),
    benefit('KEY_EVENTS', 'Invitations to key-guest events', '贵宾专属活动邀请'),
  ],
  normal: [
    benefit('WELCOME_AMENITY', 'Welcome amenity', '欢迎礼遇'),
    benefit('LATE_CHECKOUT', 'Late check-out until 14:00', '延迟退房至14:00'),
  ],
  small: [benefit('MEMBER_RATE', 'Member rates on direct bookings', '官网预订会员价')],
};

export const defaultPerkCosts: PerkCosts = { driver: 300, upgrade: 500, welcome: 80, recovery: 200 };
