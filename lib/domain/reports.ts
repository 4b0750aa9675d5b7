import type { Complaint } from '../schemas/complaint.js';
import { type Quadrant, quadrantThresholds } from './scoring/quadrant.js';
import type { Tier } from './scoring/tier.js';

/** What reports need of each guest's score. */
export interface ScoreRow {
  guestId: string;
  tier: Tier;
  valueScore: number;
  quadrant: Quadrant;
  accountManagerId: string | null;
  components: { directProfit: number; potentialProfit: number; influence: number };
  /** 0–10, null until the guest has given feedback. */
  satisfaction?: number | null;
  /** 0–1. */
  loyalty?: number;
}

/** How many guests the quadrant scatter plots at most: the most valuable, so key customers come first. */
export const quadrantPointLimit = 500;

const valueOf = (row: ScoreRow) =>
  row.components.directProfit + row.components.potentialProfit + row.components.influence;
const round = (value: number) => Math.round(value * 100) / 100;

const byValue = (a: ScoreRow, b: ScoreRow) => valueOf(b) - valueOf(a) || a.guestId.localeCompare(b.guestId);

/**
 * Guests and value per satisfaction–loyalty quadrant, the key customers who are hostages or
 * defectors, and the most valuable guests with both scores as points for a scatter.
 */
export function quadrantReport(rows: readonly ScoreRow[], pointLimit = quadrantPointLimit) {
  const quadrants: Record<Quadrant, { guests: number; value: number }> = {
    apostle: { guests: 0, value: 0 },
    mercenary: { guests: 0, value: 0 },
    hostage: { guests: 0, value: 0 },
    defector: { guests: 0, value: 0 },
    unknown: { guests: 0, value: 0 },
  };
  for (const row of rows) {
    quadrants[row.quadrant].guests += 1;
    quadrants[row.quadrant].value = round(quadrants[row.quadrant].value + valueOf(row));
  }
  const atRisk = rows
    .filter((row) => row.tier === 'key' && (row.quadrant === 'hostage' || row.quadrant === 'defector'))
    .sort(byValue)
    .map((row) => ({
      guestId: row.guestId,
      quadrant: row.quadrant,
      valueScore: row.valueScore,
      accountManagerId: row.accountManagerId,
    }));
  const plottable = rows.filter((row) => typeof row.satisfaction === 'number' && typeof row.loyalty === 'number');
  const points = [...plottable]
    .sort(byValue)
    .slice(0, pointLimit)
    .map((row) => ({
      guestId: row.guestId,
      tier: row.tier,
      quadrant: row.quadrant,
      satisfaction: row.satisfaction as number,
      loyalty: row.loyalty as number,
      valueScore: row.valueScore,
    }));
  return {
    guests: rows.length,
    quadrants,
    keyCustomersAtRisk: atRisk,
    thresholds: quadrantThresholds,
    points,
    pointsOmitted: plottable.length - points.length,
  };
}

/** The tenant's key customers, highest value score first (then by value): the list account managers work from. */
export function keyCustomersByValue(rows: readonly ScoreRow[]): ScoreRow[] {
  return rows.filter((row) => row.tier === 'key').sort((a, b) => b.valueScore - a.valueScore || byValue(a, b));
}

/**
 * Key customers per account manager (the configured ones and any named on a guest), and for
 * each key customer without one the least-loaded manager to suggest (counting earlier suggestions, so they spread). Nothing is reassigned.
 */
export function workloadReport(rows: readonly ScoreRow[], managers: readonly { id: string; name: string }[]) {
  const load = new Map<string, number>(managers.map((m) => [m.id, 0]));
  const keyRows = rows.filter((row) => row.tier === 'key');
  for (const row of keyRows)
    if (row.accountManagerId) load.set(row.accountManagerId, (load.get(row.accountManagerId) ?? 0) + 1);
  const workload = [...load].map(([managerId, keyCustomers]) => ({
    managerId,
    name: managers.find((m) => m.id === managerId)?.name ?? null,
    keyCustomers,
  }));
  const planned = new Map(load);
  const unassigned = keyRows
    .filter((row) => !row.accountManagerId)
    .sort((a, b) => b.valueScore - a.valueScore)
    .map((row) => {
      const candidates = [...planned]
        .filter(([id]) => managers.some((m) => m.id === id))
        .sort(([a, x], [b, y]) => x - y || a.localeCompare(b));
      const suggested = candidates[0]?.[0] ?? null;
      if (suggested) planned.set(suggested, (planned.get(suggested) ?? 0) + 1);
      return { guestId: row.guestId, valueScore: row.valueScore, suggestedManagerId: suggested };
    });
  return {
    workload: workload.sort((a, b) => b.keyCustomers - a.keyCustomers || a.managerId.localeCompare(b.managerId)),
    unassignedKeyCustomers: unassigned,
  };
}

/** Complaints by status and category, and how many open ones are past due. */
export function complaintsReport(complaints: readonly Complaint[], now: Date) {
  const byStatus: Record<string, number> = {};
  const byCategory: Record<string, number> = {};
  let overdue = 0;
  let awaitingFollowUpOverdue = 0;
  for (const complaint of complaints) {
    byStatus[complaint.status] = (byStatus[complaint.status] ?? 0) + 1;
    byCategory[complaint.category] = (byCategory[complaint.category] ?? 0) + 1;
    const open = complaint.status !== 'resolved' && complaint.status !== 'followed_up';
    if (open && Date.parse(complaint.dueBy) < now.getTime()) overdue += 1;
    if (
      complaint.status === 'resolved' &&
      complaint.followUpDueBy &&
      Date.parse(complaint.followUpDueBy) < now.getTime()
    )
      awaitingFollowUpOverdue += 1;
  }
  return { total: complaints.length, byStatus, byCategory, overdue, followUpsOverdue: awaitingFollowUpOverdue };
}
