type Pattern = { readonly [key: string]: Pattern | readonly (string | number | boolean | null)[] };

/**
 * Whether an event matches a Lambda/EventBridge filter pattern of the simple form used here:
 * nested objects, with arrays of allowed exact values at the leaves.
 */
export function matchesPattern(event: unknown, pattern: Pattern): boolean {
  if (typeof event !== 'object' || event === null) return false;
  const record = event as Record<string, unknown>;
  return Object.entries(pattern).every(([key, expected]) => {
    const actual = record[key];
    if (Array.isArray(expected)) return expected.includes(actual as never);
    return matchesPattern(actual, expected as Pattern);
  });
}
