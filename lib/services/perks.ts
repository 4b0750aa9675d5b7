import { pickLanguage } from '../domain/i18n.js';
import { NotFoundError } from '../domain/errors.js';
import { perksFor } from '../domain/perks.js';
import type { GuestHeaderRepository } from '../store/guest-header-repository.js';
import type { TenantRepository } from '../store/tenant-repository.js';

/** A guest's tier, benefits, progress and offers, from one read of their partition. */
export async function getPerks(
  deps: { headers: GuestHeaderRepository; tenants: TenantRepository; now: () => Date },
  tenant: string,
  guestId: string,
  acceptLanguage: string | undefined,
) {
  const [header, { config }] = await Promise.all([
    deps.headers.readHeader(tenant, guestId),
    deps.tenants.readSettings(tenant),
  ]);
  if (!header.profile) throw new NotFoundError(`no guest ${guestId}`);
  const language = pickLanguage(acceptLanguage, header.profile.language ?? config.defaultLanguage);
  const guest = {
    profile: header.profile,
    summary: header.summary,
    score: header.score,
    complaints: header.complaints,
  };
  return { language, ...perksFor(guest, config, language, deps.now()) };
}
