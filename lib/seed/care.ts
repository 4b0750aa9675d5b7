import type { ComplaintInput } from '../schemas/complaint.js';
import type { FeedbackInput } from '../schemas/feedback.js';
import type { StayInput } from '../schemas/stay.js';
import type { SeededRandom } from './random.js';

/** The account managers a seeded tenant has, so key-customer lists have names to show. */
export const seedAccountManagers = [
  { id: 'am-li', name: 'Li Na' },
  { id: 'am-chen', name: 'Chen Hao' },
  { id: 'am-smith', name: 'Olivia Smith' },
  { id: 'am-tanaka', name: 'Kenji Tanaka' },
] as const;

const complaintTexts: { category: ComplaintInput['category']; description: string }[] = [
  { category: 'noise', description: 'Construction noise from the next room before 8 am.' },
  { category: 'cleanliness', description: 'Bathroom not cleaned on the second day.' },
  { category: 'billing', description: 'Minibar charged twice on the final bill.' },
  { category: 'service', description: 'Airport pickup arrived forty minutes late.' },
  { category: 'room', description: 'Air conditioning could not be set below 26 °C.' },
  { category: 'food', description: 'Breakfast ignored the gluten-free request.' },
];

export interface SeedCare {
  accountManagerId?: string;
  feedback: FeedbackInput[];
  complaints: ComplaintInput[];
}

const likert = (random: SeededRandom, around: number) => Math.max(1, Math.min(7, around + random.integer(-1, 1)));

/**
 * What staff see of a guest besides stays: a manager for some loyal guests, feedback on some
 * completed stays (mostly content, some not, so every quadrant has guests), and a few recent
 * complaints. Drawn from its own generator so the profiles and stays stay as they were.
 */
export function careFor(random: SeededRandom, stays: { stayId: string; stay: StayInput }[]): SeedCare {
  const completed = stays.filter(({ stay }) => stay.status === 'completed');
  const unhappy = random.chance(0.3);
  const feedback = completed
    .filter(() => random.chance(0.4))
    .slice(0, 5)
    .map(({ stayId, stay }): FeedbackInput => {
      const overall = unhappy ? random.integer(2, 6) : random.integer(7, 10);
      const perception = unhappy ? 3 : 6;
      return {
        stayId,
        propertyId: stay.propertyId,
        overall,
        wouldReturn: Math.max(0, Math.min(10, overall + random.integer(-2, 1))),
        ...(random.chance(0.5) && {
          servqual: {
            reliability: { expectation: 6, perception: likert(random, perception) },
            responsiveness: { expectation: 6, perception: likert(random, perception) },
            empathy: { expectation: 5, perception: likert(random, perception) },
          },
        }),
      };
    });
  const latest = [...completed].sort((a, b) => b.stay.checkIn.localeCompare(a.stay.checkIn))[0];
  const complaints: ComplaintInput[] =
    latest && random.chance(unhappy ? 0.3 : 0.04)
      ? [
          {
            stayId: latest.stayId,
            ...random.pick(complaintTexts),
            severity: random.pick(['low', 'medium', 'medium', 'high'] as const),
          },
        ]
      : [];
  const managed = completed.length >= 4 && random.chance(0.8);
  return {
    ...(managed && { accountManagerId: random.pick(seedAccountManagers).id }),
    feedback,
    complaints,
  };
}
