import { NotFoundError } from '../domain/errors.js';
import type { ScoreView } from '../schemas/score.js';
import type { GuestHeaderRepository } from '../store/guest-header-repository.js';

/** The guest's latest score as written by the stream processor. */
export async function getScore(headers: GuestHeaderRepository, tenant: string, guestId: string): Promise<ScoreView> {
  const header = await headers.readHeader(tenant, guestId);
  if (!header.profile) throw new NotFoundError(`no guest ${guestId}`);
  if (!header.score) throw new NotFoundError(`guest ${guestId} has no score yet; scores follow a write within seconds`);
  const { belowTierSince: _below, inputs: _inputs, ...score } = header.score;
  return { guestId, ...score };
}
