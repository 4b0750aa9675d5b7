import * as z from 'zod';
import { identifierSchema, builtOnce } from './common.js';

export const servqualDimensions = ['tangibles', 'reliability', 'responsiveness', 'assurance', 'empathy'] as const;
export type ServqualDimension = (typeof servqualDimensions)[number];

const likert = z.number().int().min(1).max(7);
const dimensionSchema = z.object({ expectation: likert, perception: likert }).strict();

export const feedbackInputSchema = z
  .object({
    stayId: identifierSchema.optional(),
    propertyId: identifierSchema.optional(),
    overall: z.number().min(0).max(10),
    wouldReturn: z.number().min(0).max(10).optional(),
    /** Any of the five SERVQUAL dimensions, each as expectation and perception on 1–7. */
    servqual: z
      .object(
        Object.fromEntries(servqualDimensions.map((d) => [d, dimensionSchema])) as Record<
          ServqualDimension,
          typeof dimensionSchema
        >,
      )
      .partial()
      .strict()
      .optional(),
    comment: z.string().trim().max(4000).optional(),
  })
  .strict()
  .meta({ id: 'FeedbackInput' });
export type FeedbackInput = z.infer<typeof feedbackInputSchema>;

export const feedbackSchema = builtOnce(() =>
  feedbackInputSchema
    .extend({ feedbackId: z.string(), guestId: identifierSchema, receivedAt: z.string() })
    .meta({ id: 'Feedback' }),
);
export type Feedback = z.infer<ReturnType<typeof feedbackSchema>>;
