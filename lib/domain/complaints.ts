import { type Complaint, type ComplaintInput, type ComplaintStatus, complaintStatuses } from '../schemas/complaint.js';
import type { TenantConfig } from '../schemas/tenant-config.js';
import { ConflictError } from './errors.js';
import type { Audience, ComplaintsSummary } from './recommendations/types.js';

const hourMs = 3_600_000;

/** A new complaint, received now, due by the SLA of its severity and the guest's tier. */
export function receiveComplaint(
  input: ComplaintInput,
  ids: { complaintId: string; guestId: string },
  audience: Audience,
  by: string,
  now: Date,
  config: TenantConfig,
): Complaint {
  const hours = config.complaintSlaHours[input.severity]?.[audience] ?? 24;
  const at = now.toISOString();
  return {
    ...input,
    ...ids,
    status: 'received',
    tierAtReceipt: audience,
    dueBy: new Date(now.getTime() + hours * hourMs).toISOString(),
    followUpDueBy: null,
    history: [{ status: 'received', at, by }],
    version: 1,
    createdAt: at,
    updatedAt: at,
  };
}

/**
 * Moves a complaint one step along listen → understand → solve → follow up. Any other move
 * (a skipped step, a step back, the same step again) is a conflict. Resolving sets the date
 * the follow-up is due.
 */
export function advanceComplaint(
  complaint: Complaint,
  to: ComplaintStatus,
  step: { by: string; note?: string; now: Date },
  config: TenantConfig,
): Complaint {
  const expected = complaintStatuses[complaintStatuses.indexOf(complaint.status) + 1];
  if (to !== expected) {
    throw new ConflictError(
      expected
        ? `complaint ${complaint.complaintId} is ${complaint.status}; the next step is ${expected}, not ${to}`
        : `complaint ${complaint.complaintId} is already followed up; it cannot move to ${to}`,
    );
  }
  const at = step.now.toISOString();
  return {
    ...complaint,
    status: to,
    followUpDueBy:
      to === 'resolved'
        ? new Date(step.now.getTime() + config.complaintFollowUpDays * 24 * hourMs).toISOString()
        : complaint.followUpDueBy,
    history: [...complaint.history, { status: to, at, by: step.by, ...(step.note && { note: step.note }) }],
    version: complaint.version + 1,
    updatedAt: at,
  };
}

/** Where a complaint stands for lists: open until resolved, then awaiting its follow-up, then closed. */
export function complaintState(status: ComplaintStatus): 'open' | 'awaiting_follow_up' | 'closed' {
  if (status === 'resolved') return 'awaiting_follow_up';
  return status === 'followed_up' ? 'closed' : 'open';
}

/** The guest's complaints summary with `complaint` in its current state. */
export function withComplaint(summary: ComplaintsSummary, complaint: Complaint): ComplaintsSummary {
  const others = <T extends { complaintId: string }>(list: T[]) =>
    list.filter((c) => c.complaintId !== complaint.complaintId);
  const state = complaintState(complaint.status);
  const entry = { complaintId: complaint.complaintId, category: complaint.category, severity: complaint.severity };
  return {
    open: [
      ...others(summary.open),
      ...(state === 'open'
        ? [{ ...entry, ...(complaint.stayId && { stayId: complaint.stayId }), dueBy: complaint.dueBy }]
        : []),
    ],
    awaitingFollowUp: [
      ...others(summary.awaitingFollowUp),
      ...(state === 'awaiting_follow_up' ? [{ ...entry, followUpDueBy: complaint.followUpDueBy }] : []),
    ],
  };
}

export const emptyComplaintsSummary: ComplaintsSummary = Object.freeze({ open: [], awaitingFollowUp: [] });
