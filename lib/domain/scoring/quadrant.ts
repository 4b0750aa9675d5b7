/**
 * A guest's feedback as running, recency-weighted sums: each answer's weight halves every
 * `halfLifeDays`, so the sums can be kept current in O(1) as feedback arrives.
 */
export interface FeedbackAggregate {
  count: number;
  /** Weights and weighted sums as they stood at `asOf`. */
  asOf: string;
  weight: number;
  overall: number;
  /** Weighted sum of the mean SERVQUAL gap (perception − expectation, −6…6), and its weight. */
  servqualGap: number;
  servqualWeight: number;
  /** Weighted gap sums per SERVQUAL dimension, so staff can see which one falls short. */
  dimensions?: Record<string, { gap: number; weight: number }>;
}

export type Quadrant = 'apostle' | 'mercenary' | 'hostage' | 'defector' | 'unknown';

/** Satisfaction on 0–10: the weighted overall score, moved by the SERVQUAL gap where there is one. */
export function satisfactionScore(feedback: FeedbackAggregate | undefined): number | null {
  if (!feedback || feedback.count === 0 || feedback.weight <= 0) return null;
  const overall = feedback.overall / feedback.weight;
  if (feedback.servqualWeight <= 0) return round(overall);
  const gap = feedback.servqualGap / feedback.servqualWeight;
  // A gap of −6…6 maps to 0…10; the overall score says more, so it weighs more.
  return round(0.7 * overall + 0.3 * (5 + (gap * 5) / 6));
}

/**
 * Loyalty on 0–1 from behaviour, not words: repeat stays (saturating at four) and the
 * probability that the guest is still an active customer.
 */
export function loyaltyScore(completedStays: number, pAlive: number | null): number {
  const repeat = Math.min(Math.max(completedStays - 1, 0), 4) / 4;
  return round(0.5 * repeat + 0.5 * (pAlive ?? 0), 3);
}

/** Where satisfaction (0–10) and loyalty (0–1) divide the quadrants; reports draw the same lines. */
export const quadrantThresholds = { satisfaction: 7, loyalty: 0.5 } as const;

/** Crosses satisfaction (≥ 7 of 10) with loyalty (≥ 0.5) into the four kinds of guest. */
export function quadrantOf(satisfaction: number | null, loyalty: number): Quadrant {
  if (satisfaction === null) return 'unknown';
  const satisfied = satisfaction >= quadrantThresholds.satisfaction;
  const loyal = loyalty >= quadrantThresholds.loyalty;
  if (satisfied) return loyal ? 'apostle' : 'mercenary';
  return loyal ? 'hostage' : 'defector';
}

function round(value: number, digits = 2): number {
  const factor = 10 ** digits;
  return Math.round(value * factor) / factor;
}
