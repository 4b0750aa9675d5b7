import { describe, expect, it } from 'vitest';
import {
  advanceComplaint,
  emptyComplaintsSummary,
  receiveComplaint,
  withComplaint,
} from '../../../lib/domain/complaints.js';
import { ConflictError } from '../../../lib/domain/errors.js';
import { defaultTenantConfig } from '../../../lib/schemas/tenant-config.js';

const now = new Date('2026-12-04T10:00:00.000Z');
const input = { category: 'noise' as const, severity: 'high' as const, description: 'Loud' };
const received = (audience: 'key' | 'small' = 'small') =>
  receiveComplaint(input, { complaintId: 'c-1', guestId: 'g1' }, audience, 'staff-1', now, defaultTenantConfig);

describe('complaints', () => {
  it("gives a key customer's high-severity complaint the shortest due date", () => {
    expect(received('key').dueBy).toBe('2026-12-04T12:00:00.000Z');
    expect(received('small').dueBy).toBe('2026-12-04T18:00:00.000Z');
  });

  it('moves one step at a time and records who, when and the note', () => {
    const acknowledged = advanceComplaint(
      received(),
      'acknowledged',
      { by: 'u2', note: 'called', now },
      defaultTenantConfig,
    );
    expect(acknowledged.history.at(-1)).toEqual({
      status: 'acknowledged',
      at: now.toISOString(),
      by: 'u2',
      note: 'called',
    });
    expect(acknowledged.version).toBe(2);
  });

  it('refuses a skipped step, a step back and a step after the last', () => {
    const complaint = received();
    expect(() => advanceComplaint(complaint, 'resolved', { by: 'u', now }, defaultTenantConfig)).toThrow(ConflictError);
    const acknowledged = advanceComplaint(complaint, 'acknowledged', { by: 'u', now }, defaultTenantConfig);
    expect(() => advanceComplaint(acknowledged, 'received', { by: 'u', now }, defaultTenantConfig)).toThrow(
      ConflictError,
    );
    let done = acknowledged;
    for (const status of ['understood', 'resolved', 'followed_up'] as const)
      done = advanceComplaint(done, status, { by: 'u', now }, defaultTenantConfig);
    expect(() => advanceComplaint(done, 'followed_up', { by: 'u', now }, defaultTenantConfig)).toThrow(
      /already followed up/,
    );
  });

  it('sets the follow-up date on resolution and moves the complaint along the summary', () => {
    let complaint = received();
    let summary = withComplaint(emptyComplaintsSummary, complaint);
    expect(summary.open.map((c) => c.complaintId)).toEqual(['c-1']);
    for (const status of ['acknowledged', 'understood', 'resolved'] as const)
      complaint = advanceComplaint(complaint, status, { by: 'u', now }, defaultTenantConfig);
    summary = withComplaint(summary, complaint);

    expect(complaint.followUpDueBy).toBe('2026-12-07T10:00:00.000Z');
    expect(summary.open).toEqual([]);
    expect(summary.awaitingFollowUp.map((c) => c.complaintId)).toEqual(['c-1']);
  });
});
