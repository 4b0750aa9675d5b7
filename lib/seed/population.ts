import type { GuestInput } from '../schemas/guest.js';
import type { StayInput } from '../schemas/stay.js';
import { careFor, type SeedCare } from './care.js';
import { type SeededRandom, seededRandom } from './random.js';

export interface SeedGuest {
  guestId: string;
  profile: GuestInput;
  stays: { stayId: string; stay: StayInput }[];
  feedback: SeedCare['feedback'];
  complaints: SeedCare['complaints'];
}

const familyNames = [
  'Wang',
  'Li',
  'Zhang',
  'Liu',
  'Chen',
  'Yang',
  'Huang',
  'Zhao',
  'Smith',
  'Müller',
  'Tanaka',
  'Garcia',
];
const givenNames = ['Wei', 'Fang', 'Jing', 'Lei', 'Min', 'Jun', 'Yan', 'Emma', 'Lukas', 'Yuki', 'Sofia', 'James'];
const companies = ['Sinopec Travel', 'Huawei', 'Tencent', 'ACME Corp', 'Global Events Ltd', 'Silk Road Agency'];
const properties = ['sh-bund', 'bj-guomao', 'gz-tianhe', 'hk-central', 'sg-marina'];
const roomTypes = ['deluxe-king', 'deluxe-twin', 'executive', 'suite'];
const giftLikes = ['tea', 'wine', 'chocolate', 'flowers', 'books', 'fruit'];
const segmentShares = [
  ['corporate', 0.4],
  ['leisure', 0.4],
  ['agency', 0.1],
  ['group', 0.1],
] as const;
const dayMs = 86_400_000;

function segmentFor(random: SeededRandom): GuestInput['segment'] {
  let roll = random.next();
  for (const [segment, share] of segmentShares) {
    if ((roll -= share) < 0) return segment;
  }
  return 'leisure';
}

const isoDay = (time: number) => new Date(time).toISOString().slice(0, 10);

function profileFor(random: SeededRandom, index: number, segment: GuestInput['segment']): GuestInput {
  const name = `${random.pick(familyNames)} ${random.pick(givenNames)}`;
  const birthYear = random.integer(1950, 2000);
  return {
    name,
    email: `guest${index}@example.com`,
    phone: `+86 138 ${String(10_000_000 + index).slice(-8)}`,
    loyaltyNumber: `LN${String(index).padStart(7, '0')}`,
    birthday: `${birthYear}-${String(random.integer(1, 12)).padStart(2, '0')}-${String(random.integer(1, 28)).padStart(2, '0')}`,
    segment,
    language: random.chance(0.6) ? 'zh-CN' : 'en',
    ...(segment !== 'leisure' && { company: random.pick(companies) }),
    ...(index > 10 && random.chance(0.1) && { referredBy: `guest-${random.integer(0, index - 1)}` }),
    consent: { marketing: random.chance(0.7), profiling: random.chance(0.8) },
    preferences: {
      room: {
        floor: random.pick(['low', 'middle', 'high'] as const),
        bed: random.pick(['king', 'twin'] as const),
        quiet: random.chance(0.5),
      },
      gifts: { likes: [random.pick(giftLikes)] },
      transport: { airportPickup: random.chance(0.3) },
    },
  };
}

function stayFor(random: SeededRandom, asOf: number, segment: GuestInput['segment'], spendLevel: number): StayInput {
  const checkIn = asOf - random.integer(-60, 3 * 365) * dayMs;
  const nights = segment === 'corporate' ? random.integer(1, 3) : random.integer(1, 7);
  const room = Math.round(nights * 800 * Math.min(spendLevel, 6) * (0.8 + random.next() * 0.4));
  const future = checkIn > asOf;
  const status = future
    ? 'reserved'
    : random.chance(0.07)
      ? 'cancelled'
      : random.chance(0.03)
        ? 'no_show'
        : 'completed';
  return {
    propertyId: random.pick(properties),
    checkIn: isoDay(checkIn),
    checkOut: isoDay(checkIn + nights * dayMs),
    status,
    roomType: random.pick(roomTypes),
    channel:
      segment === 'corporate' ? 'corporate' : segment === 'agency' ? 'agency' : random.pick(['direct', 'ota'] as const),
    purpose: segment === 'corporate' ? 'business' : 'leisure',
    revenue: { room, fnb: Math.round(room * random.next() * 0.4), other: Math.round(room * random.next() * 0.1) },
    cost: Math.round(room * 0.45),
    currency: 'CNY',
  };
}

/**
 * A synthetic hotel population: a fifth of the guests bring most of the profit (Pareto-
 * distributed stay counts and spend), mixed segments, birthdays, preferences, three years
 * of stays with some cancellations and no-shows, feedback, complaints and account managers. The same seed and date give the same guests.
 */
export function generatePopulation(options: { guests: number; seed: number; asOf: Date }): SeedGuest[] {
  const random = seededRandom(options.seed);
  const careRandom = seededRandom(options.seed + 1_000_003);
  return Array.from({ length: options.guests }, (_, index) => {
    const segment = segmentFor(random);
    const loyalty = random.pareto(1.16);
    const stayCount = Math.min(60, Math.max(1, Math.round(loyalty)));
    const spendLevel = Math.min(6, random.pareto(2));
    const profile = profileFor(random, index, segment);
    const stays = Array.from({ length: stayCount }, (_s, stayIndex) => ({
      stayId: `res-${index}-${stayIndex}`,
      stay: stayFor(random, options.asOf.getTime(), segment, spendLevel),
    }));
    const { accountManagerId, feedback, complaints } = careFor(careRandom, stays);
    return {
      guestId: `guest-${index}`,
      profile: accountManagerId ? { ...profile, accountManagerId } : profile,
      stays,
      feedback,
      complaints,
    };
  });
}
