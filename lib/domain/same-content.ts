/** What JSON.stringify leaves out of an object (and writes as null in an array). */
const absent = (value: unknown) => value === undefined || typeof value === 'function' || typeof value === 'symbol';

function ownPresentKeys(value: object): string[] {
  return Object.keys(value).filter((key) => !absent((value as Record<string, unknown>)[key]));
}

/** NaN and the infinities are written as null. */
const asWritten = (value: unknown) => (typeof value === 'number' && !Number.isFinite(value) ? null : value);

function same(left: unknown, right: unknown): boolean {
  const a = asWritten(left);
  const b = asWritten(right);
  if (a === b) return true;
  if (absent(a) || absent(b)) return false;
  if (a === null || b === null || typeof a !== 'object' || typeof b !== 'object') return false;
  // Dates and the like compare as they serialize.
  if (
    typeof (a as { toJSON?: unknown }).toJSON === 'function' ||
    typeof (b as { toJSON?: unknown }).toJSON === 'function'
  )
    return JSON.stringify(a) === JSON.stringify(b);
  if (Array.isArray(a) || Array.isArray(b)) {
    if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) return false;
    return a.every((item, i) => same(absent(item) ? null : item, absent(b[i]) ? null : b[i]));
  }
  const keys = ownPresentKeys(a);
  if (keys.length !== ownPresentKeys(b).length) return false;
  const x = a as Record<string, unknown>;
  const y = b as Record<string, unknown>;
  return keys.every((key) => !absent(y[key]) && same(x[key], y[key]));
}

/**
 * True when two JSON values are equal whatever the order of their object keys: equal as JSON
 * would write them (absent and undefined alike), compared in place without serializing, since
 * every write decision of scoring and recalculation asks it.
 */
export function sameContent(a: unknown, b: unknown): boolean {
  return same(a, b);
}
