import { describe, expect, inject, it } from 'vitest';
import { call, completedStay, uniqueId } from './client.js';
import { eventually } from './eventually.js';

// This file has the second tenant to itself, so runs see only its own guests while other files write.
const admin = () => ({ bearer: inject('credentials').tenants.demo2!.adminToken });
const staff = () => ({ bearer: inject('credentials').tenants.demo2!.staffToken });
const partner = 'otherTenant' as const;

const day = (offsetDays: number) => new Date(Date.now() + offsetDays * 86_400_000).toISOString().slice(0, 10);

async function runToCompletion() {
  const started = await call('/v1/admin/recalculations', { method: 'POST', as: admin() });
  expect(started.status).toBe(202);
  return eventually(
    () => call(`/v1/admin/recalculations/${started.json.jobId}`, { as: admin() }),
    (r) => r.json.status !== 'running',
    60_000,
  );
}

describe('the population recalculation', () => {
  it('runs to success, stores the Pareto and tier reports, and writes nothing when run again', async () => {
    const guests: string[] = [];
    for (let g = 0; g < 6; g += 1) {
      const guestId = uniqueId('pop');
      guests.push(guestId);
      await call(`/v1/guests/${guestId}`, { method: 'PUT', body: { name: 'Population' }, as: partner });
      for (let s = 0; s <= g; s += 1) {
        const stay = {
          checkIn: day(-30 * (s + 1)),
          checkOut: day(-30 * (s + 1) + 2),
          revenue: { room: 1_000 * (g + 1) ** 2 },
        };
        await call(`/v1/guests/${guestId}/stays/s${s}`, { method: 'PUT', body: completedStay(stay), as: partner });
      }
    }
    for (const [g, guestId] of guests.entries()) {
      await eventually(
        () => call(`/v1/guests/${guestId}/score`, { as: partner }),
        (r) => r.status === 200 && r.json.computedFrom.completedStays === g + 1,
      );
    }

    const first = await runToCompletion();
    const pareto = await call('/v1/reports/pareto', { as: staff() });
    const tiers = await call('/v1/reports/tiers', { as: staff() });
    const second = await runToCompletion();

    expect(first.json.status).toBe('succeeded');
    expect(first.json.summary).toMatchObject({
      guestsSeen: expect.any(Number),
      modelVersion: expect.stringMatching(/^fit-/),
    });
    expect(pareto.json.directProfit.topShare).toBeGreaterThan(0.2);
    expect(pareto.json.directProfit.curve).toHaveLength(101);
    expect(Object.keys(tiers.json.tiers).sort()).toEqual(['key', 'normal', 'small']);
    expect(tiers.json.currency).toBe('CNY');
    expect(second.json.summary.scoresWritten).toBe(0);
    expect(second.json.progress).toMatchObject({ segmentsDone: 1, totalSegments: 1 });
    expect(second.json.summary.guestsSeen).toBe(first.json.summary.guestsSeen);
  });

  it('never lets two runs of a tenant overlap', async () => {
    const [a, b] = await Promise.all([
      call('/v1/admin/recalculations', { method: 'POST', as: admin() }),
      call('/v1/admin/recalculations', { method: 'POST', as: admin() }),
    ]);

    expect([a.status, b.status].sort()).toEqual([202, 409]);
    const running = a.status === 202 ? a : b;
    await eventually(
      () => call(`/v1/admin/recalculations/${running.json.jobId}`, { as: admin() }),
      (r) => r.json.status !== 'running',
      60_000,
    );
  });

  it('is for admins only', async () => {
    expect((await call('/v1/admin/recalculations', { method: 'POST', as: 'staff' })).status).toBe(403);
    expect((await call('/v1/admin/recalculations/r-abcdef12', { as: admin() })).status).toBe(404);
  });
});
