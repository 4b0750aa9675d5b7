import * as z from 'zod';
import { builtOnce } from './common.js';

export const recalculationPathSchema = z.object({
  jobId: z.string().regex(/^r-[a-z0-9]{6,40}$/, 'a job id this API returned'),
});

export const recalculationJobSchema = builtOnce(() =>
  z
    .object({
      jobId: z.string(),
      status: z.enum(['running', 'succeeded', 'failed']),
      phase: z.string(),
      startedAt: z.string(),
      finishedAt: z.string().optional(),
      progress: z.object({ segmentsDone: z.number(), totalSegments: z.number(), guestsSeen: z.number() }),
      summary: z.record(z.string(), z.unknown()).optional(),
      error: z.string().optional(),
    })
    .meta({ id: 'RecalculationJob' }),
);
