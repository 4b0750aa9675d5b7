import { PreconditionFailedError } from '../domain/errors.js';

/** `undefined`: no precondition; `'*'`: must exist; a number: must be that version. */
export type VersionPrecondition = number | '*' | undefined;

const maxRaceRetries = 3;

/** Retries a read-modify-write when another writer won the race, unless the caller pinned a version. */
export async function withRaceRetry<T>(ifMatch: VersionPrecondition, attempt: () => Promise<T>): Promise<T> {
  for (let tries = 1; ; tries += 1) {
    try {
      return await attempt();
    } catch (error) {
      if (!(error instanceof PreconditionFailedError) || ifMatch !== undefined || tries >= maxRaceRetries) throw error;
    }
  }
}
