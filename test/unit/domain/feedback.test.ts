import { describe, expect, it } from 'vitest';
import { addFeedback, feedbackHalfLifeDays, servqualGaps } from '../../../lib/domain/feedback.js';
import { satisfactionScore } from '../../../lib/domain/scoring/quadrant.js';

const at = (days: number) => new Date(Date.UTC(2026, 0, 1) + days * 86_400_000);

describe('feedback', () => {
  it('measures each SERVQUAL gap as perception minus expectation', () => {
    const { byDimension, mean } = servqualGaps({
      overall: 5,
      servqual: { reliability: { expectation: 7, perception: 4 }, empathy: { expectation: 5, perception: 6 } },
    });
    expect(byDimension).toEqual({ reliability: -3, empathy: 1 });
    expect(mean).toBe(-1);
  });

  it('weighs recent feedback more than old feedback', () => {
    const old = addFeedback(undefined, { overall: 10 }, at(0));
    const recentLow = addFeedback(old, { overall: 2 }, at(feedbackHalfLifeDays * 2));

    // One half-life-squared old 10 (weight ¼) against a fresh 2 (weight 1): (2.5 + 2) / 1.25 = 3.6.
    expect(satisfactionScore(recentLow)).toBeCloseTo(3.6, 5);
    expect(recentLow.count).toBe(2);
  });

  it('keeps per-dimension gaps for staff to see', () => {
    const aggregate = addFeedback(
      undefined,
      { overall: 6, servqual: { responsiveness: { expectation: 7, perception: 3 } } },
      at(0),
    );
    expect(aggregate.dimensions).toEqual({ responsiveness: { gap: -4, weight: 1 } });
  });
});
