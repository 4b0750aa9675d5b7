import { randomBytes } from 'node:crypto';
import { advanceComplaint, emptyComplaintsSummary, receiveComplaint, withComplaint } from '../domain/complaints.js';
import { NotFoundError } from '../domain/errors.js';
import type { Complaint, ComplaintInput, ComplaintListQuery, ComplaintStatus } from '../schemas/complaint.js';
import {
  type ComplaintRepository,
  ComplaintRaceError,
  type StoredComplaintsSummary,
} from '../store/complaint-repository.js';
import type { GuestHeaderRepository } from '../store/guest-header-repository.js';
import type { TenantRepository } from '../store/tenant-repository.js';

export interface ComplaintDeps {
  complaints: ComplaintRepository;
  headers: GuestHeaderRepository;
  tenants: TenantRepository;
  now: () => Date;
}

const maxRaceRetries = 3;

/** Sortable by creation time, unguessable. */
const newComplaintId = (now: Date) => `c-${now.getTime().toString(36)}${randomBytes(5).toString('hex')}`;

async function retryOnRace<T>(attempt: () => Promise<T>): Promise<T> {
  for (let tries = 1; ; tries += 1) {
    try {
      return await attempt();
    } catch (error) {
      if (!(error instanceof ComplaintRaceError) || tries >= maxRaceRetries) throw error;
    }
  }
}

/** Receives a complaint: due by the SLA of its severity and the guest's current tier. */
export async function fileComplaint(
  deps: ComplaintDeps,
  tenant: string,
  guestId: string,
  input: ComplaintInput,
  by: string,
): Promise<Complaint> {
  const now = deps.now();
  const complaintId = newComplaintId(now);
  return retryOnRace(async () => {
    const [header, { config }] = await Promise.all([
      deps.headers.readHeader(tenant, guestId, { consistent: true }),
      deps.tenants.readSettings(tenant),
    ]);
    if (!header.profile) throw new NotFoundError(`no guest ${guestId}`);
    const complaint = receiveComplaint(input, { complaintId, guestId }, header.score?.tier ?? 'new', by, now, config);
    // The guest's header read already holds their complaints summary, with its version: no second read.
    const summary: StoredComplaintsSummary = { ...emptyComplaintsSummary, version: 0, ...header.complaints };
    await deps.complaints.save(tenant, complaint, undefined, summary, withComplaint(summary, complaint));
    return complaint;
  });
}

/** Moves a complaint one step; who, when and the note are kept on the complaint. */
export function moveComplaint(
  deps: ComplaintDeps,
  tenant: string,
  ids: { guestId: string; complaintId: string },
  step: { status: ComplaintStatus; note?: string; by: string },
): Promise<Complaint> {
  return retryOnRace(async () => {
    const [{ complaint, summary }, { config }] = await Promise.all([
      deps.complaints.read(tenant, ids.guestId, ids.complaintId),
      deps.tenants.readSettings(tenant),
    ]);
    if (!complaint) throw new NotFoundError(`no complaint ${ids.complaintId} for guest ${ids.guestId}`);
    const moved = advanceComplaint(complaint, step.status, { by: step.by, note: step.note, now: deps.now() }, config);
    await deps.complaints.save(tenant, moved, complaint.version, summary, withComplaint(summary, moved));
    return moved;
  });
}

/** The tenant's complaints in one state, most urgent first; `overdue` is open and past due. */
export function listComplaints(deps: ComplaintDeps, tenant: string, query: ComplaintListQuery) {
  const state = query.status === 'overdue' ? 'open' : query.status;
  const dueBefore = query.status === 'overdue' ? deps.now().toISOString() : undefined;
  return deps.complaints.list(tenant, state, { limit: query.limit, cursor: query.cursor, dueBefore });
}
