/**
 * Every key value of the single table is built here and nowhere else.
 * The tenant leads every partition key, so no query can cross tenants.
 * Identifiers never contain `#` (see identifierSchema), so keys cannot collide.
 */
const guestPartition = (tenant: string, guestId: string) => `T#${tenant}#G#${guestId}`;

/** Sort keys of the items that describe a guest as a whole; one Query on this prefix reads them all. */
export const guestHeaderPrefix = 'G#';
export const stayPrefix = 'STAY#';
/** From a guest's totals to their last stay: one Query reads the totals and every stay together. */
export const summaryThroughStays = { from: 'G#SUMMARY', to: `${stayPrefix}\uffff` } as const;

export const keys = {
  guestPartition,
  profile: (tenant: string, guestId: string) => ({ pk: guestPartition(tenant, guestId), sk: 'G#PROFILE' }),
  staySummary: (tenant: string, guestId: string) => ({ pk: guestPartition(tenant, guestId), sk: 'G#SUMMARY' }),
  score: (tenant: string, guestId: string) => ({ pk: guestPartition(tenant, guestId), sk: 'G#SCORE' }),
  stay: (tenant: string, guestId: string, stayId: string) => ({
    pk: guestPartition(tenant, guestId),
    sk: `${stayPrefix}${stayId}`,
  }),
  referrals: (tenant: string, guestId: string) => ({ pk: guestPartition(tenant, guestId), sk: 'G#REFERRALS' }),
  feedbackSummary: (tenant: string, guestId: string) => ({ pk: guestPartition(tenant, guestId), sk: 'G#FEEDBACK' }),
  complaintsSummary: (tenant: string, guestId: string) => ({ pk: guestPartition(tenant, guestId), sk: 'G#COMPLAINTS' }),
  complaint: (tenant: string, guestId: string, complaintId: string) => ({
    pk: guestPartition(tenant, guestId),
    sk: `COMPLAINT#${complaintId}`,
  }),
  feedback: (tenant: string, guestId: string, feedbackId: string) => ({
    pk: guestPartition(tenant, guestId),
    sk: `FEEDBACK#${feedbackId}`,
  }),
  propertyServqual: (tenant: string, propertyId: string) => ({
    pk: `T#${tenant}`,
    sk: `PROPERTY#${propertyId}#SERVQUAL`,
  }),
  recalculationLease: (tenant: string) => ({ pk: `T#${tenant}`, sk: 'RECALC#LEASE' }),
  recalculationJob: (tenant: string, jobId: string) => ({ pk: `T#${tenant}`, sk: `RECALC#JOB#${jobId}` }),
  report: (tenant: string, name: string) => ({ pk: `T#${tenant}`, sk: `REPORT#${name}` }),
  tenantRegistry: () => ({ pk: 'TENANTS', sk: 'TENANTS' }),
  tenantPartition: (tenant: string) => `T#${tenant}`,
  tenantConfig: (tenant: string) => ({ pk: `T#${tenant}`, sk: 'CONFIG' }),
  population: (tenant: string) => ({ pk: `T#${tenant}`, sk: 'POPULATION' }),
  apiKey: (keyHash: string) => ({ pk: `APIKEY#${keyHash}`, sk: 'APIKEY' }),
};

/** Index keys a guest profile carries, so it can be found by contact details or manager. */
export const guestIndexKeys = {
  email: (tenant: string, email: string) => ({ gsi1pk: `T#${tenant}#EMAIL#${email}` }),
  phone: (tenant: string, phone: string) => ({ gsi2pk: `T#${tenant}#PHONE#${phone}` }),
  loyaltyNumber: (tenant: string, loyaltyNumber: string) => ({ gsi3pk: `T#${tenant}#LOYALTY#${loyaltyNumber}` }),
  accountManager: (tenant: string, managerId: string) => ({ gsi4pk: `T#${tenant}#AM#${managerId}` }),
};

/** Where a complaint is listed for staff: by state, most urgent (earliest due) first. */
export const complaintIndexKeys = (tenant: string, state: string, sortDate: string, complaintId: string) => ({
  gsi1pk: `T#${tenant}#COMPLAINTS#${state}`,
  gsi1sk: `${sortDate}#${complaintId}`,
});

/**
 * A tenant's scores are spread over this many partitions of the scores index, by a hash of the
 * guest: the scheduled recalculation reads each with a Query of its own, in parallel on AWS (a
 * Scan would read every tenant's scores), and no partition grows past 1/64 of the tenant.
 */
export const scoreShards = 64;

/** FNV-1a of the guest id, modulo the shards: stable, so a guest's score always lands in one shard. */
export function scoreShardOf(guestId: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < guestId.length; i += 1) hash = Math.imul(hash ^ guestId.charCodeAt(i), 0x01000193);
  return (hash >>> 0) % scoreShards;
}

/** The index partition of one shard of a tenant's scores. */
export const scoreShardPartition = (tenant: string, shard: number) => `T#${tenant}#SCORES#${shard}`;

/** Where a guest's score is listed among the tenant's scores, for reports and the scheduled recalculation. */
export const scoreIndexKeys = (tenant: string, guestId: string) => ({
  gsi2pk: scoreShardPartition(tenant, scoreShardOf(guestId)),
  gsi2sk: guestId,
});

/** How contact details are compared: case and punctuation do not matter. */
export const normalize = {
  email: (email: string) => email.trim().toLowerCase(),
  phone: (phone: string) => phone.replace(/[^0-9+]/g, ''),
  loyaltyNumber: (loyaltyNumber: string) => loyaltyNumber.trim().toUpperCase(),
};

/** The tenant and guest a guest-partition key belongs to, or undefined for any other key. */
export function parseGuestPartition(pk: string): { tenant: string; guestId: string } | undefined {
  const match = /^T#([^#]+)#G#([^#]+)$/.exec(pk);
  return match ? { tenant: match[1]!, guestId: match[2]! } : undefined;
}
