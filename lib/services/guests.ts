import { InvalidInputError, NotFoundError, PreconditionFailedError } from '../domain/errors.js';
import { sameContent } from '../domain/same-content.js';
import { applyMergePatch } from '../domain/merge-patch.js';
import { type Guest, type GuestInput, guestInputSchema } from '../schemas/guest.js';
import { toFieldErrors } from '../schemas/issues.js';
import type { GuestDataRepository } from '../store/guest-data-repository.js';
import type { GuestRepository } from '../store/guest-repository.js';
import { type VersionPrecondition, withRaceRetry } from './version-precondition.js';

export interface GuestServiceDeps {
  guests: GuestRepository;
  guestData: GuestDataRepository;
  now: () => Date;
}

function checkPrecondition(current: Guest | undefined, ifMatch: VersionPrecondition): void {
  if (ifMatch === undefined) return;
  if (!current || (ifMatch !== '*' && current.version !== ifMatch)) {
    throw new PreconditionFailedError(
      current ? `the guest is at version ${current.version}; read it again and retry` : 'the guest does not exist',
    );
  }
}

function stamp(guestId: string, input: GuestInput, current: Guest | undefined, now: Date): Guest {
  const at = now.toISOString();
  return {
    ...input,
    guestId,
    version: (current?.version ?? 0) + 1,
    createdAt: current?.createdAt ?? at,
    updatedAt: at,
  };
}

/** Creates or replaces a profile; answers whether it was created. */
export function replaceGuest(
  deps: GuestServiceDeps,
  tenant: string,
  guestId: string,
  input: GuestInput,
  ifMatch: VersionPrecondition,
): Promise<{ guest: Guest; created: boolean }> {
  return withRaceRetry(ifMatch, async () => {
    const current = await deps.guests.get(tenant, guestId);
    checkPrecondition(current, ifMatch);
    // Sending the same profile again changes nothing, not even the version.
    if (current && sameContent(profileFields(current), input)) return { guest: current, created: false };
    const guest = stamp(guestId, input, current, deps.now());
    await deps.guests.save(tenant, guest, current?.version);
    return { guest, created: current === undefined };
  });
}

export async function getGuest(deps: GuestServiceDeps, tenant: string, guestId: string): Promise<Guest> {
  const guest = await deps.guests.get(tenant, guestId);
  if (!guest) throw new NotFoundError(`no guest ${guestId}`);
  return guest;
}

function profileFields(guest: Guest): GuestInput {
  const { guestId: _id, version: _v, createdAt: _c, updatedAt: _u, ...input } = guest;
  return input;
}

/**
 * Applies a JSON merge patch to a profile. `allowedFields` limits what may be touched
 * (a guest may change only their own preferences and consent).
 */
export function patchGuest(
  deps: GuestServiceDeps,
  tenant: string,
  guestId: string,
  patch: Record<string, unknown>,
  options: { ifMatch: VersionPrecondition; allowedFields?: readonly string[] },
): Promise<Guest> {
  const refused = options.allowedFields ? Object.keys(patch).filter((f) => !options.allowedFields!.includes(f)) : [];
  if (refused.length > 0) {
    throw new InvalidInputError(
      'some fields may only be changed by the hotel',
      refused.map((field) => ({ path: `body.${field}`, message: 'not changeable from the guest app' })),
    );
  }
  return withRaceRetry(options.ifMatch, async () => {
    const current = await getGuest(deps, tenant, guestId);
    checkPrecondition(current, options.ifMatch);
    const merged = guestInputSchema.safeParse(applyMergePatch(profileFields(current), patch));
    if (!merged.success) {
      throw new InvalidInputError('the patched profile is not valid', toFieldErrors(merged.error.issues, 'body'));
    }
    const guest = stamp(guestId, merged.data, current, deps.now());
    await deps.guests.save(tenant, guest, current.version);
    return guest;
  });
}

/** Erases everything held about a guest (the right to erasure); repeating it is harmless. */
export async function eraseGuest(deps: GuestServiceDeps, tenant: string, guestId: string): Promise<void> {
  await deps.guestData.eraseAll(tenant, guestId);
}

/** Everything held about a guest, grouped by kind (the right of access). */
export async function exportGuest(deps: GuestServiceDeps, tenant: string, guestId: string) {
  const items = await deps.guestData.readAll(tenant, guestId);
  const byEntity = (entity: string) => items.filter((item) => item.entity === entity).map((item) => item.data);
  const [guest] = byEntity('guest');
  if (!guest) throw new NotFoundError(`no guest ${guestId}`);
  return {
    exportedAt: deps.now().toISOString(),
    guest,
    staySummary: byEntity('staySummary')[0] ?? null,
    stays: byEntity('stay'),
    feedback: byEntity('feedback'),
    complaints: byEntity('complaint'),
    score: byEntity('score')[0] ?? null,
  };
}
