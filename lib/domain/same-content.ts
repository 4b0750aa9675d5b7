function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, inner: unknown) =>
    inner && typeof inner === 'object' && !Array.isArray(inner)
      ? Object.fromEntries(Object.entries(inner).sort(([a], [b]) => a.localeCompare(b)))
      : inner,
  );
}

/** True when two JSON values are equal whatever the order of their object keys. */
export function sameContent(a: unknown, b: unknown): boolean {
  return canonical(a) === canonical(b);
}
