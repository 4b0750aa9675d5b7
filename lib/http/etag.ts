import type { VersionPrecondition } from '../services/version-precondition.js';
import { HttpProblemError } from './problem.js';

/** The entity tag of a stored version. */
export const etagOf = (version: number): string => `"v${version}"`;

/** Reads `If-Match`: absent, `*`, or one of our entity tags (weak or strong). */
export function parseIfMatch(header: string | undefined): VersionPrecondition {
  if (header === undefined) return undefined;
  const value = header.trim();
  if (value === '*') return '*';
  const match = /^(?:W\/)?"v(\d{1,15})"$/.exec(value);
  if (!match) {
    throw new HttpProblemError(400, 'Bad Request', 'If-Match must be an ETag this API returned, such as "v3"', [
      { path: 'header.if-match', message: 'not an ETag of this API' },
    ]);
  }
  return Number(match[1]);
}
