import { fill, type Language } from '../i18n.js';

/** Every text the engine shows a person, by code, in English and Simplified Chinese. */
const catalogue = {
  // reasons
  PREFERS_HIGH_FLOOR: ['The guest asked for a high floor', '客人要求高楼层'],
  PREFERS_MIDDLE_FLOOR: ['The guest asked for a middle floor', '客人要求中间楼层'],
  PREFERS_LOW_FLOOR: ['The guest asked for a low floor', '客人要求低楼层'],
  STATED_ROOM_PREFERENCE: ['The guest asked for: {items}', '客人要求：{items}'],
  LEARNED_FROM_HISTORY: ['Booked most often before: {items}', '过往入住最常选择：{items}'],
  ACCESSIBILITY_NEED: ['Accessibility needs come first: {items}', '无障碍需求优先：{items}'],
  BIRTHDAY_DURING_STAY: ["The guest's birthday ({date}) falls during the stay", '客人生日（{date}）在入住期间'],
  ANNIVERSARY_DURING_STAY: ['{years} year(s) since the first stay, on {date}', '首次入住{years}周年（{date}）'],
  GIFT_MATCHES_LIKES: ['Matches what the guest likes: {items}', '符合客人喜好：{items}'],
  GIFT_SAFE_FOR_DIET: ['Contains nothing the guest’s diet or allergies rule out', '不含客人饮食禁忌或过敏成分'],
  GIFT_DIFFERS_FROM_LAST: ['Different from the last stay’s gift ({gift})', '与上次入住礼品（{gift}）不同'],
  ARRIVES_BY_AIR_WITH_PICKUP_PREFERENCE: ['Arrives by air and prefers an airport pickup', '乘飞机抵达且希望接机'],
  ARRIVES_BY_RAIL_WITH_PICKUP_PREFERENCE: ['Arrives by rail and prefers a pickup', '乘火车抵达且希望接站'],
  KEY_CUSTOMER_TRANSFER: ['Key customers are met on arrival', '重要客户享受接送服务'],
  DIETARY_NEEDS: ['Dietary needs: {items}', '饮食要求：{items}'],
  ALLERGIES: ['Allergies: {items}', '过敏：{items}'],
  FAVOURITE_DISHES: ['Favourite dishes: {items}', '喜爱的菜品：{items}'],
  KEY_CUSTOMER_DEDICATED_MANAGER: ['Key customers have a dedicated account manager', '重要客户配有专属客户经理'],
  OPEN_COMPLAINT_LAST_STAY: ['Complaint {id} ({category}) is still open', '投诉 {id}（{category}）尚未解决'],
  COMPLAINT_AWAITING_FOLLOW_UP: ['Complaint {id} was resolved but not yet followed up', '投诉 {id} 已解决但尚未回访'],
  HOSTAGE_NEEDS_RECOVERY: ['Loyal but unsatisfied: service must improve', '忠诚但不满意：需改进服务'],
  DEFECTOR_AT_RISK: [
    'Unsatisfied and drifting away: may speak against the hotel',
    '不满意且正在流失：可能发表负面评价',
  ],
  AT_RISK_OF_LAPSING: ['Likely to stop coming (P(alive) {pAlive})', '流失风险较高（活跃概率 {pAlive}）'],
  UPGRADE_FOR_TIER: ['{tier} customer, value score {score}', '{tier}客户，价值得分 {score}'],
  FIRST_STAY: ['First stay with the hotel group', '首次入住本集团'],
  UNKNOWN_GUEST: ['No profile yet: treat as a new guest', '尚无客户档案：按新客接待'],
  OVER_BUDGET: ['Left out: the stay’s perk budget ({budget}) is used up', '未推荐：本次入住礼遇预算（{budget}）已用完'],
  // actions
  ACTION_ROOM: ['Assign a room: {items}', '安排客房：{items}'],
  ACTION_GIFT: ['Place {gift} in the room', '在客房放置{gift}'],
  ACTION_DRIVER: ['Send a driver to {place}; pick up at {pickup}', '安排司机前往{place}，接人时间 {pickup}'],
  ACTION_DINING: ['Tell the kitchen and restaurants before arrival', '入住前告知厨房和餐厅'],
  ACTION_BUTLER: [
    'Account manager {manager} greets the guest and is their contact',
    '客户经理 {manager} 迎接客人并作为其联系人',
  ],
  ACTION_BUTLER_UNASSIGNED: ['Assign a dedicated account manager before arrival', '入住前指派专属客户经理'],
  ACTION_GM_WELCOME: ['General manager welcomes the guest and closes complaint {id}', '总经理亲自迎接并处理投诉 {id}'],
  ACTION_FOLLOW_UP_CALL: ['Call the guest about complaint {id} during the stay', '入住期间就投诉 {id} 回访客人'],
  ACTION_RECOVERY_GESTURE: ['Welcome gesture and a call after the stay', '入住礼遇并在离店后回访'],
  ACTION_UPGRADE: ['Upgrade to the next room category if available', '如有房源，升级至更高房型'],
  ACTION_WELCOME: ['Welcome card and amenity for a first stay', '首次入住欢迎卡及礼遇'],
} as const satisfies Record<string, readonly [string, string]>;

export type MessageCode = keyof typeof catalogue;

/** The text of `code` in `language`. */
export function message(code: MessageCode, language: Language, params?: Record<string, string | number>): string {
  const [en, zh] = catalogue[code];
  return fill(language === 'zh-CN' ? zh : en, params);
}
