import { describe, expect, it } from 'vitest';
import { call, completedStay, uniqueId } from './client.js';
import { eventually } from './eventually.js';

const day = (offsetDays: number) => new Date(Date.now() + offsetDays * 86_400_000).toISOString().slice(0, 10);

async function guest(stays = 0, room = 2_000) {
  const guestId = uniqueId('cf');
  await call(`/v1/guests/${guestId}`, { method: 'PUT', body: { name: 'Complaining Guest' } });
  for (let i = 0; i < stays; i += 1) {
    const offset = -20 * (i + 1);
    await call(`/v1/guests/${guestId}/stays/s${i}`, {
      method: 'PUT',
      body: completedStay({ checkIn: day(offset), checkOut: day(offset + 2), revenue: { room }, cost: room * 0.3 }),
    });
  }
  return guestId;
}

const complain = (guestId: string, body: Record<string, unknown> = {}) =>
  call(`/v1/guests/${guestId}/complaints`, {
    method: 'POST',
    body: { category: 'noise', severity: 'high', description: 'Loud party next door', ...body },
  });
const move = (guestId: string, complaintId: string, status: string, as: 'partner' | 'staff' = 'staff') =>
  call(`/v1/guests/${guestId}/complaints/${complaintId}`, {
    method: 'PATCH',
    body: { status, note: `now ${status}` },
    as,
  });

describe('complaints', () => {
  it('receives a high-severity complaint with a due date', async () => {
    const guestId = await guest();
    const before = Date.now();

    const { status, json } = await complain(guestId);

    expect(status).toBe(201);
    // The guest is 'new' until the stream scores their profile, then 'small': the SLA is the same.
    expect(json).toMatchObject({
      status: 'received',
      severity: 'high',
      tierAtReceipt: expect.stringMatching(/^(new|small)$/),
    });
    expect(Date.parse(json.dueBy) - before).toBeGreaterThan(7 * 3_600_000);
    expect(Date.parse(json.dueBy) - before).toBeLessThanOrEqual(8 * 3_600_000 + 60_000);
  });

  it('refuses to skip from received to resolved, then takes the four steps in order', async () => {
    const guestId = await guest();
    const { json: complaint } = await complain(guestId);

    const skip = await move(guestId, complaint.complaintId, 'resolved');
    const steps = [];
    for (const status of ['acknowledged', 'understood', 'resolved', 'followed_up']) {
      steps.push(await move(guestId, complaint.complaintId, status, status === 'acknowledged' ? 'partner' : 'staff'));
    }
    const back = await move(guestId, complaint.complaintId, 'understood');

    expect(skip.status).toBe(409);
    expect(skip.headers.get('content-type')).toBe('application/problem+json');
    expect(steps.map((s) => s.status)).toEqual([200, 200, 200, 200]);
    expect(steps[2]!.json.followUpDueBy).toEqual(expect.any(String));
    expect(steps[3]!.json.history.map((h: { status: string }) => h.status)).toEqual([
      'received',
      'acknowledged',
      'understood',
      'resolved',
      'followed_up',
    ]);
    expect(steps[3]!.json.history[1]).toMatchObject({
      by: expect.stringMatching(/^apikey:/),
      note: 'now acknowledged',
    });
    expect(back.status).toBe(409);
  });

  it("answers 404 for another tenant's complaint and changes nothing", async () => {
    const guestId = await guest();
    const { json: complaint } = await complain(guestId);

    const foreign = await call(`/v1/guests/${guestId}/complaints/${complaint.complaintId}`, {
      method: 'PATCH',
      body: { status: 'acknowledged' },
      as: 'otherTenant',
    });
    const ours = await move(guestId, complaint.complaintId, 'acknowledged');

    expect(foreign.status).toBe(404);
    expect(ours.status).toBe(200);
  });

  it('refuses a stay of another guest', async () => {
    const guestId = await guest(1);
    const other = await guest();

    const response = await complain(other, { stayId: 's0' });

    expect(response.status).toBe(400);
    expect(response.json.errors[0].path).toBe('body.stayId');
  });

  it('lists open complaints for staff, most urgent first, with key customers’ shorter SLAs on top', async () => {
    const small = await guest();
    const { json: low } = await complain(small, { severity: 'low' });
    const { json: high } = await complain(small, { severity: 'high' });

    const { status, json } = await call('/v1/complaints?status=open&limit=100', { as: 'staff' });
    const order = json.items.map((c: { complaintId: string }) => c.complaintId);
    const partner = await call('/v1/complaints', { as: 'partner' });

    expect(status).toBe(200);
    expect(order.indexOf(high.complaintId)).toBeLessThan(order.indexOf(low.complaintId));
    const dueDates = json.items.map((c: { dueBy: string }) => c.dueBy);
    expect(dueDates).toEqual([...dueDates].sort());
    expect(partner.status).toBe(403);
  });
});

describe('feedback', () => {
  it('accepts an overall score of 2 and refuses 11 or an unknown SERVQUAL dimension', async () => {
    const guestId = await guest();

    const two = await call(`/v1/guests/${guestId}/feedback`, { method: 'POST', body: { overall: 2 } });
    const eleven = await call(`/v1/guests/${guestId}/feedback`, { method: 'POST', body: { overall: 11 } });
    const unknown = await call(`/v1/guests/${guestId}/feedback`, {
      method: 'POST',
      body: { overall: 5, servqual: { friendliness: { expectation: 5, perception: 5 } } },
    });

    expect(two.status).toBe(201);
    expect(eleven.status).toBe(400);
    expect(eleven.json.errors[0].path).toBe('body.overall');
    expect(unknown.status).toBe(400);
  });

  it('turns a loyal key customer who complained and is unsatisfied into a hostage, with a service-recovery recommendation', async () => {
    const guestId = await guest(5, 30_000);
    await eventually(
      () => call(`/v1/guests/${guestId}/score`),
      (r) => r.status === 200 && r.json.tier === 'key',
    );
    const { json: complaint } = await complain(guestId, { stayId: 's0' });

    await call(`/v1/guests/${guestId}/feedback`, {
      method: 'POST',
      body: {
        stayId: 's0',
        overall: 3,
        wouldReturn: 6,
        servqual: { responsiveness: { expectation: 7, perception: 2 }, empathy: { expectation: 6, perception: 3 } },
      },
    });
    const score = await eventually(
      () => call(`/v1/guests/${guestId}/score`),
      (r) => r.json.quadrant !== 'unknown',
    );
    const { json } = await call('/v1/recommendations', {
      method: 'POST',
      body: { guestId, propertyId: 'sh-bund', checkIn: day(10), checkOut: day(12) },
    });
    const recovery = json.recommendations.filter((r: { type: string }) => r.type === 'service_recovery');
    const codes = recovery.flatMap((r: { reasons: { code: string }[] }) => r.reasons.map((x) => x.code));

    expect(score.json.quadrant).toBe('hostage');
    expect(score.json.satisfaction).toBeLessThan(7);
    expect(codes).toEqual(expect.arrayContaining(['OPEN_COMPLAINT_LAST_STAY', 'HOSTAGE_NEEDS_RECOVERY']));
    expect(recovery[0].details.complaintId).toBe(complaint.complaintId);
  });
});
