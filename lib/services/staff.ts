import { InvalidInputError } from '../domain/errors.js';
import { complaintsReport, keyCustomersByValue, quadrantReport, workloadReport } from '../domain/reports.js';
import type { Complaint } from '../schemas/complaint.js';
import type { AccountManagerRepository, ManagedGuestItems } from '../store/account-manager-repository.js';
import type { ComplaintRepository } from '../store/complaint-repository.js';
import type { TenantRepository } from '../store/tenant-repository.js';
import type { TenantScoresRepository } from '../store/tenant-scores-repository.js';

export interface StaffDeps {
  managers: AccountManagerRepository;
  scores: TenantScoresRepository;
  complaints: ComplaintRepository;
  tenants: TenantRepository;
  now: () => Date;
}

/** A manager's guests with what the manager acts on: tier, value, quadrant, open complaints, next arrival. */
export async function managerGuests(
  deps: StaffDeps,
  tenant: string,
  managerId: string,
  page: { limit: number; cursor?: string },
) {
  const { items, cursor } = await deps.managers.listGuests(tenant, managerId, page);
  return { items: items.map(staffListEntry(deps.now())), cursor };
}

const staffListEntry = (now: Date) => {
  const today = now.toISOString().slice(0, 10);
  return ({ profile, score, complaints, summary }: ManagedGuestItems) => ({
    guestId: profile.guestId,
    name: profile.name,
    accountManagerId: profile.accountManagerId ?? null,
    tier: score?.tier ?? null,
    valueScore: score?.valueScore ?? null,
    quadrant: score?.quadrant ?? 'unknown',
    openComplaints: complaints?.open?.length ?? 0,
    followUpsOwed: complaints?.awaitingFollowUp?.length ?? 0,
    nextArrival: summary?.upcoming?.find((date) => date >= today) ?? null,
  });
};

const invalidOffsetCursor = () =>
  new InvalidInputError('the cursor is not valid for this list', [
    { path: 'cursor', message: 'pass back the cursor exactly as a previous page of this list returned it' },
  ]);

/** The list is ranked afresh on every call, so its cursor is a place in the ranking. */
function offsetOf(cursor: string | undefined): number {
  if (cursor === undefined) return 0;
  const rank = /^rank:(\d{1,9})$/.exec(Buffer.from(cursor, 'base64url').toString('utf8'));
  if (!rank) throw invalidOffsetCursor();
  return Number(rank[1]);
}
const cursorAt = (offset: number) => Buffer.from(`rank:${offset}`).toString('base64url');

/**
 * The tenant's key customers, most valuable first, with what their account manager acts on.
 * `managerId` narrows the list to one manager's key customers; `none` to those without one.
 */
export async function keyCustomers(
  deps: StaffDeps,
  tenant: string,
  query: { limit: number; cursor?: string; managerId?: string },
) {
  const start = offsetOf(query.cursor);
  const ranked = keyCustomersByValue(await deps.scores.readAll(tenant)).filter(
    (row) =>
      query.managerId === undefined ||
      (query.managerId === 'none' ? !row.accountManagerId : row.accountManagerId === query.managerId),
  );
  const page = ranked.slice(start, start + query.limit);
  const items = await deps.managers.readGuests(
    tenant,
    page.map((row) => row.guestId),
  );
  const end = start + page.length;
  return {
    total: ranked.length,
    items: items.map(staffListEntry(deps.now())),
    cursor: end < ranked.length ? cursorAt(end) : null,
  };
}

export async function quadrants(deps: StaffDeps, tenant: string) {
  const [rows, { config }] = await Promise.all([deps.scores.readAll(tenant), deps.tenants.readSettings(tenant)]);
  // Values are summed in the tenant's base currency.
  return { ...quadrantReport(rows), currency: config.currency };
}

export async function workload(deps: StaffDeps, tenant: string) {
  const [rows, { config }] = await Promise.all([deps.scores.readAll(tenant), deps.tenants.readSettings(tenant)]);
  return workloadReport(rows, config.accountManagers);
}

async function allComplaints(deps: StaffDeps, tenant: string): Promise<Complaint[]> {
  const all: Complaint[] = [];
  for (const state of ['open', 'awaiting_follow_up', 'closed']) {
    let cursor: string | undefined;
    do {
      const page = await deps.complaints.list(tenant, state, { limit: 100, cursor });
      all.push(...page.items);
      cursor = page.cursor ?? undefined;
    } while (cursor);
  }
  return all;
}

export async function complaintStatistics(deps: StaffDeps, tenant: string) {
  return complaintsReport(await allComplaints(deps, tenant), deps.now());
}
