/**
 * A token bucket per caller, as API Gateway's throttling behaves: `ratePerSecond` sustained,
 * `burst` at once; a caller over it is answered 429 until tokens refill.
 */
export function rateLimiter(ratePerSecond: number, burst: number, now: () => number = () => performance.now()) {
  const buckets = new Map<string, { tokens: number; at: number }>();
  return {
    allow(caller: string): boolean {
      const time = now();
      const bucket = buckets.get(caller) ?? { tokens: burst, at: time };
      bucket.tokens = Math.min(burst, bucket.tokens + ((time - bucket.at) / 1000) * ratePerSecond);
      bucket.at = time;
      const allowed = bucket.tokens >= 1;
      if (allowed) bucket.tokens -= 1;
      buckets.set(caller, bucket);
      return allowed;
    },
  };
}
