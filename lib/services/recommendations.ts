import { type Language, pickLanguage } from '../domain/i18n.js';
import { recommendForStay, type RecommendationResult } from '../domain/recommendations/engine.js';
import type { GuestFacts } from '../domain/recommendations/types.js';
import type { ReservationRequest } from '../schemas/recommendation.js';
import type { GuestHeaderRepository } from '../store/guest-header-repository.js';
import type { GuestRepository } from '../store/guest-repository.js';
import type { TenantRepository } from '../store/tenant-repository.js';

export interface RecommendationDeps {
  guests: GuestRepository;
  headers: GuestHeaderRepository;
  tenants: TenantRepository;
}

async function findGuestId(deps: RecommendationDeps, tenant: string, request: ReservationRequest) {
  if (request.guestId) return request.guestId;
  const lookup = request.email ? { email: request.email } : { loyaltyNumber: request.loyaltyNumber! };
  const matches = await deps.guests.findBy(tenant, lookup);
  // Two profiles sharing an email (a family, an assistant booking) are not guessed between.
  return matches.length === 1 ? matches[0]!.guestId : undefined;
}

/**
 * The booking engine's call: finds the guest (by id: one read of their partition; by email
 * or loyalty number: one index query more) and asks the engine what to do for this stay.
 */
export async function recommendForReservation(
  deps: RecommendationDeps,
  tenant: string,
  request: ReservationRequest,
  acceptLanguage: string | undefined,
): Promise<RecommendationResult> {
  const [guestId, settings] = await Promise.all([
    findGuestId(deps, tenant, request),
    deps.tenants.readSettings(tenant),
  ]);
  const header = guestId ? await deps.headers.readHeader(tenant, guestId) : undefined;
  const guest: GuestFacts | null = header?.profile
    ? { profile: header.profile, summary: header.summary, score: header.score, complaints: header.complaints }
    : null;
  const language: Language = pickLanguage(acceptLanguage, guest?.profile.language ?? settings.config.defaultLanguage);
  return recommendForStay(guest, request, settings.config, language);
}
