/**
 * Remembers API-key lookups for a while, so the authorizer does not read the table on every
 * request of a busy booking engine. Known keys are kept longer than unknown ones: a revoked
 * key stops working within `knownTtlMs`, and guessing keys cannot hammer the table.
 */
export function cachedKeyLookup(
  lookup: (keyHash: string) => Promise<string | undefined>,
  {
    knownTtlMs,
    unknownTtlMs,
    maxEntries = 10_000,
    now = () => Date.now(),
  }: {
    knownTtlMs: number;
    unknownTtlMs: number;
    maxEntries?: number;
    now?: () => number;
  },
): (keyHash: string) => Promise<string | undefined> {
  const cache = new Map<string, { until: number; tenant: string | undefined }>();
  return async (keyHash) => {
    const hit = cache.get(keyHash);
    if (hit && hit.until > now()) return hit.tenant;
    const tenant = await lookup(keyHash);
    if (cache.size >= maxEntries) cache.delete(cache.keys().next().value!);
    cache.set(keyHash, { tenant, until: now() + (tenant ? knownTtlMs : unknownTtlMs) });
    return tenant;
  };
}
