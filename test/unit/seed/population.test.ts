import { describe, expect, it } from 'vitest';
import { generatePopulation } from '../../../lib/seed/population.js';
import { guestInputSchema } from '../../../lib/schemas/guest.js';
import { stayInputSchema } from '../../../lib/schemas/stay.js';
import { feedbackInputSchema } from '../../../lib/schemas/feedback.js';
import { complaintInputSchema } from '../../../lib/schemas/complaint.js';
import { seedAccountManagers } from '../../../lib/seed/care.js';

const asOf = new Date('2026-12-01T00:00:00Z');
const profitOf = (guest: ReturnType<typeof generatePopulation>[number]) =>
  guest.stays
    .filter(({ stay }) => stay.status === 'completed')
    .reduce((sum, { stay }) => sum + stay.revenue.room + stay.revenue.fnb + stay.revenue.other - stay.cost, 0);

describe('the seed population', () => {
  it('is the same for the same seed and different for another', () => {
    expect(generatePopulation({ guests: 50, seed: 7, asOf })).toEqual(
      generatePopulation({ guests: 50, seed: 7, asOf }),
    );
    expect(generatePopulation({ guests: 50, seed: 8, asOf })).not.toEqual(
      generatePopulation({ guests: 50, seed: 7, asOf }),
    );
  });

  it('only holds profiles and stays that the API accepts', () => {
    for (const guest of generatePopulation({ guests: 200, seed: 1, asOf })) {
      expect(guestInputSchema.safeParse(guest.profile).error?.issues).toBeUndefined();
      for (const { stay } of guest.stays) expect(stayInputSchema.safeParse(stay).error?.issues).toBeUndefined();
    }
  });

  it("sends feedback and complaints the API accepts, each about one of the guest's completed stays", () => {
    for (const guest of generatePopulation({ guests: 300, seed: 5, asOf })) {
      const completed = new Set(guest.stays.filter((s) => s.stay.status === 'completed').map((s) => s.stayId));
      for (const feedback of guest.feedback) {
        expect(feedbackInputSchema.safeParse(feedback).error?.issues).toBeUndefined();
        expect(completed.has(feedback.stayId!)).toBe(true);
      }
      for (const complaint of guest.complaints) {
        expect(complaintInputSchema.safeParse(complaint).error?.issues).toBeUndefined();
        expect(completed.has(complaint.stayId!)).toBe(true);
      }
    }
  });

  it('has content and unhappy guests, some complaints, and managers only for repeat guests', () => {
    const population = generatePopulation({ guests: 500, seed: 6, asOf });
    const overall = population.flatMap((g) => g.feedback.map((f) => f.overall));
    const managed = population.filter((g) => g.profile.accountManagerId);
    const managerIds: string[] = seedAccountManagers.map((m) => m.id);
    expect(overall.filter((o) => o >= 7).length).toBeGreaterThan(overall.length / 2);
    expect(overall.some((o) => o < 7)).toBe(true);
    expect(population.filter((g) => g.complaints.length > 0).length).toBeGreaterThan(5);
    expect(managed.length).toBeGreaterThan(10);
    for (const guest of managed) {
      expect(managerIds).toContain(guest.profile.accountManagerId);
      expect(guest.stays.filter((s) => s.stay.status === 'completed').length).toBeGreaterThanOrEqual(4);
    }
  });

  it('gives the top fifth of guests most of the profit', () => {
    const profits = generatePopulation({ guests: 2000, seed: 3, asOf })
      .map(profitOf)
      .sort((a, b) => b - a);
    const total = profits.reduce((a, b) => a + b, 0);
    const topFifth = profits.slice(0, 400).reduce((a, b) => a + b, 0);
    expect(topFifth / total).toBeGreaterThan(0.6);
  });

  it('includes cancellations, no-shows and every segment', () => {
    const population = generatePopulation({ guests: 500, seed: 4, asOf });
    const statuses = new Set(population.flatMap((g) => g.stays.map((s) => s.stay.status)));
    const segments = new Set(population.map((g) => g.profile.segment));
    expect(statuses).toEqual(new Set(['completed', 'cancelled', 'no_show', 'reserved']));
    expect(segments).toEqual(new Set(['corporate', 'leisure', 'agency', 'group']));
  });
});
