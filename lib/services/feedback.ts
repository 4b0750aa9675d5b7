import { randomBytes } from 'node:crypto';
import { InvalidInputError } from '../domain/errors.js';
import { addFeedback, servqualGaps } from '../domain/feedback.js';
import type { Feedback, FeedbackInput } from '../schemas/feedback.js';
import { type FeedbackRepository, FeedbackRaceError } from '../store/feedback-repository.js';

const maxRaceRetries = 3;

/**
 * Stores a guest's feedback and moves their recency-weighted satisfaction sums and the
 * property's SERVQUAL gaps with it; the score (quadrant) follows through the stream.
 */
export async function receiveFeedback(
  deps: { feedback: FeedbackRepository; now: () => Date },
  tenant: string,
  guestId: string,
  input: FeedbackInput,
): Promise<Feedback> {
  const now = deps.now();
  const feedback: Feedback = {
    ...input,
    guestId,
    feedbackId: `f-${now.getTime().toString(36)}${randomBytes(5).toString('hex')}`,
    receivedAt: now.toISOString(),
  };
  for (let tries = 1; ; tries += 1) {
    const { aggregate, stay } = await deps.feedback.readForWrite(tenant, guestId, input.stayId);
    if (input.stayId && !stay) {
      throw new InvalidInputError("the stay is not one of this guest's stays", [
        { path: 'body.stayId', message: `no stay ${input.stayId} for guest ${guestId}` },
      ]);
    }
    const propertyId = input.propertyId ?? stay?.propertyId;
    const stored = { ...feedback, ...(propertyId && { propertyId }) };
    try {
      await deps.feedback.save(
        tenant,
        stored,
        addFeedback(aggregate, input, now),
        aggregate?.version,
        propertyId ? { propertyId, gaps: servqualGaps(input).byDimension } : undefined,
      );
      return stored;
    } catch (error) {
      if (!(error instanceof FeedbackRaceError) || tries >= maxRaceRetries) throw error;
    }
  }
}
