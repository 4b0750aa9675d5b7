import { InvalidInputError } from '../domain/errors.js';

type Key = Record<string, string>;

const invalidCursor = () =>
  new InvalidInputError('the cursor is not valid for this list', [
    { path: 'cursor', message: 'pass back the cursor exactly as a previous page of this list returned it' },
  ]);

/** An opaque page marker for the key DynamoDB stopped at. */
export function encodeCursor(lastKey: Record<string, unknown> | undefined): string | null {
  return lastKey ? Buffer.from(JSON.stringify(lastKey)).toString('base64url') : null;
}

/**
 * Reads a cursor back, and only accepts it for the list it was made for: each attribute in
 * `exact` must match and each in `prefixes` must start with its prefix, so a cursor cannot
 * steer a query into another tenant's or guest's data.
 */
export function decodeCursor(cursor: string | undefined, exact: Key, prefixes: Key = {}): Key | undefined {
  if (cursor === undefined) return undefined;
  let decoded: unknown;
  try {
    decoded = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw invalidCursor();
  }
  if (typeof decoded !== 'object' || decoded === null || Array.isArray(decoded)) throw invalidCursor();
  const entries = Object.entries(decoded);
  if (entries.length > 6 || entries.some(([, value]) => typeof value !== 'string')) throw invalidCursor();
  const key = decoded as Key;
  for (const [name, value] of Object.entries(exact)) {
    if (key[name] !== value) throw invalidCursor();
  }
  for (const [name, prefix] of Object.entries(prefixes)) {
    if (!key[name]?.startsWith(prefix)) throw invalidCursor();
  }
  return key;
}
