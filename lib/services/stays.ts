import { ConflictError, NotFoundError } from '../domain/errors.js';
import { sameContent } from '../domain/same-content.js';
import { applyStayChange, type StayFigures, summarizeStays } from '../domain/stay-summary.js';
import { daysBetween, type Stay, type StayInput } from '../schemas/stay.js';
import { type StayRepository, StayWriteRaceError } from '../store/stay-repository.js';

export interface StayServiceDeps {
  stays: StayRepository;
  now: () => Date;
}

const maxRaceRetries = 5;

/** What a stay contributes to the guest's running totals. */
export function figuresOf(stay: Stay): StayFigures {
  const { room, fnb, other } = stay.revenue;
  return {
    status: stay.status,
    checkIn: stay.checkIn,
    nights: stay.nights,
    revenue: room + fnb + other,
    cost: stay.cost,
    currency: stay.currency,
    roomType: stay.roomType,
    roomFeatures: stay.roomFeatures,
    gift: stay.giftGiven,
  };
}

function contentOf(stored: Stay): StayInput {
  const { guestId: _g, stayId: _s, nights: _n, version: _v, createdAt: _c, updatedAt: _u, ...content } = stored;
  return content;
}

/**
 * Creates or amends a stay, idempotent by stayId: the same content again writes nothing.
 * The guest's running totals move with the stay in the same transaction, so an amended or
 * cancelled stay corrects them and a redelivered one cannot count twice.
 */
export async function putStay(
  deps: StayServiceDeps,
  tenant: string,
  guestId: string,
  stayId: string,
  input: StayInput,
): Promise<{ stay: Stay; created: boolean }> {
  for (let tries = 1; tries <= maxRaceRetries; tries += 1) {
    const context = await deps.stays.readForWrite(tenant, guestId, stayId);
    if (!context.guestExists) throw new NotFoundError(`no guest ${guestId}; create the guest profile first`);
    const previous = context.stay;
    if (previous && sameContent(contentOf(previous), input)) return { stay: previous, created: false };

    const at = deps.now().toISOString();
    const stay: Stay = {
      ...input,
      guestId,
      stayId,
      nights: daysBetween(input.checkIn, input.checkOut),
      version: (previous?.version ?? 0) + 1,
      createdAt: previous?.createdAt ?? at,
      updatedAt: at,
    };
    let summary = applyStayChange(context.summary, previous && figuresOf(previous), figuresOf(stay));
    if (summary === 'rebuild') {
      const others = (await deps.stays.listAll(tenant, guestId)).filter((s) => s.stayId !== stayId);
      summary = summarizeStays([...others, stay].map(figuresOf));
    }
    try {
      await deps.stays.commit(tenant, stay, context, summary);
      return { stay, created: previous === undefined };
    } catch (error) {
      if (!(error instanceof StayWriteRaceError)) throw error;
    }
  }
  throw new ConflictError('the guest is being changed by many writers at once; retry');
}
