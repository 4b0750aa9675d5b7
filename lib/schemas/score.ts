import * as z from 'zod';
import { builtOnce } from './common.js';

const tierSchema = z.enum(['key', 'normal', 'small']);

/** A guest's score as the API shows it (API.md "Scores"). */
export const scoreSchema = builtOnce(() =>
  z
    .object({
      guestId: z.string(),
      tier: tierSchema,
      tierSince: z.string(),
      qualifiedTier: tierSchema.describe(
        'the tier the guest qualifies for today; a lower one applies at the review after the grace period',
      ),
      tierReasons: z.array(z.string()),
      valueScore: z.number().min(0).max(100).describe("the guest's percentile of value within the tenant"),
      currency: z.string(),
      components: z.object({ directProfit: z.number(), potentialProfit: z.number(), influence: z.number() }),
      clv: z.object({ expectedStays12m: z.number(), pAlive: z.number().nullable(), value12m: z.number() }),
      satisfaction: z.number().nullable(),
      loyalty: z.number(),
      quadrant: z.enum(['apostle', 'mercenary', 'hostage', 'defector', 'unknown']),
      computedFrom: z.record(z.string(), z.unknown()),
      computedAt: z.string(),
      revision: z.number().int().describe('increases by one each time the score changes'),
    })
    .meta({ id: 'Score' }),
);
export type ScoreView = z.infer<ReturnType<typeof scoreSchema>>;
