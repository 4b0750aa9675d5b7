import { complaintsReport, quadrantReport, workloadReport } from '../domain/reports.js';
import type { Complaint } from '../schemas/complaint.js';
import type { AccountManagerRepository } from '../store/account-manager-repository.js';
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
  const today = deps.now().toISOString().slice(0, 10);
  const { items, cursor } = await deps.managers.listGuests(tenant, managerId, page);
  return {
    items: items.map(({ profile, score, complaints, summary }) => ({
      guestId: profile.guestId,
      name: profile.name,
      tier: score?.tier ?? null,
      valueScore: score?.valueScore ?? null,
      quadrant: score?.quadrant ?? 'unknown',
      openComplaints: complaints?.open?.length ?? 0,
      followUpsOwed: complaints?.awaitingFollowUp?.length ?? 0,
      nextArrival: summary?.upcoming?.find((date) => date >= today) ?? null,
    })),
    cursor,
  };
}

export async function quadrants(deps: StaffDeps, tenant: string) {
  return quadrantReport(await deps.scores.readAll(tenant));
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
