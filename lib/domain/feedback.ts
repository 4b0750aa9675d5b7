import type { FeedbackInput, ServqualDimension } from '../schemas/feedback.js';
import type { FeedbackAggregate } from './scoring/quadrant.js';

const dayMs = 86_400_000;

/** Feedback half as old counts twice as much: an answer's weight halves every half-life. */
export const feedbackHalfLifeDays = 180;

/** The SERVQUAL gap (perception − expectation) of each dimension answered, and their mean. */
export function servqualGaps(feedback: FeedbackInput): {
  byDimension: Partial<Record<ServqualDimension, number>>;
  mean: number | null;
} {
  const byDimension = Object.fromEntries(
    Object.entries(feedback.servqual ?? {}).map(([dimension, { perception, expectation }]) => [
      dimension,
      perception - expectation,
    ]),
  ) as Partial<Record<ServqualDimension, number>>;
  const gaps = Object.values(byDimension);
  return { byDimension, mean: gaps.length ? gaps.reduce((a, b) => a + b, 0) / gaps.length : null };
}

/**
 * Adds one answer to the guest's recency-weighted sums in O(1): the old sums decay to `at`,
 * then the new answer enters with weight 1.
 */
export function addFeedback(
  aggregate: FeedbackAggregate | undefined,
  feedback: FeedbackInput,
  at: Date,
): FeedbackAggregate {
  const elapsedDays = aggregate ? Math.max(0, (at.getTime() - Date.parse(aggregate.asOf)) / dayMs) : 0;
  const decay = 0.5 ** (elapsedDays / feedbackHalfLifeDays);
  const { byDimension, mean } = servqualGaps(feedback);
  const dimensions = { ...aggregate?.dimensions };
  for (const [dimension, value] of Object.entries(dimensions))
    dimensions[dimension] = { gap: value.gap * decay, weight: value.weight * decay };
  for (const [dimension, gap] of Object.entries(byDimension)) {
    const previous = dimensions[dimension] ?? { gap: 0, weight: 0 };
    dimensions[dimension] = { gap: previous.gap + gap, weight: previous.weight + 1 };
  }
  return {
    count: (aggregate?.count ?? 0) + 1,
    asOf: at.toISOString(),
    weight: (aggregate?.weight ?? 0) * decay + 1,
    overall: (aggregate?.overall ?? 0) * decay + feedback.overall,
    servqualGap: (aggregate?.servqualGap ?? 0) * decay + (mean ?? 0),
    servqualWeight: (aggregate?.servqualWeight ?? 0) * decay + (mean === null ? 0 : 1),
    dimensions,
  };
}
