import * as z from 'zod';
import { identifierSchema, builtOnce } from './common.js';

export const complaintStatuses = ['received', 'acknowledged', 'understood', 'resolved', 'followed_up'] as const;
export const complaintStatusSchema = z.enum(complaintStatuses);
export type ComplaintStatus = z.infer<typeof complaintStatusSchema>;
export const severitySchema = z.enum(['low', 'medium', 'high']);
export const complaintCategorySchema = z.enum([
  'room',
  'cleanliness',
  'noise',
  'service',
  'food',
  'billing',
  'facilities',
  'staff',
  'booking',
  'other',
]);

export const complaintInputSchema = z
  .object({
    stayId: identifierSchema.optional(),
    category: complaintCategorySchema,
    severity: severitySchema,
    description: z.string().trim().min(1).max(4000),
  })
  .strict()
  .meta({ id: 'ComplaintInput' });
export type ComplaintInput = z.infer<typeof complaintInputSchema>;

export const complaintTransitionSchema = z
  .object({ status: complaintStatusSchema, note: z.string().trim().min(1).max(2000).optional() })
  .strict()
  .meta({ id: 'ComplaintTransition' });

const stepSchema = builtOnce(() =>
  z.object({
    status: complaintStatusSchema,
    at: z.string(),
    by: z.string(),
    note: z.string().optional(),
  }),
);

export const complaintSchema = builtOnce(() =>
  complaintInputSchema
    .extend({
      complaintId: z.string(),
      guestId: identifierSchema,
      status: complaintStatusSchema,
      /** The tier the guest had when they complained, which set the SLA. */
      tierAtReceipt: z.enum(['key', 'normal', 'small', 'new']),
      dueBy: z.string(),
      followUpDueBy: z.string().nullable(),
      history: z.array(stepSchema()),
      version: z.number().int(),
      createdAt: z.string(),
      updatedAt: z.string(),
    })
    .meta({ id: 'Complaint' }),
);
export type Complaint = z.infer<ReturnType<typeof complaintSchema>>;

export const complaintPathSchema = z.object({
  guestId: identifierSchema,
  complaintId: z.string().regex(/^c-[a-z0-9]{6,40}$/),
});

export const complaintListQuerySchema = z.object({
  status: z.enum(['open', 'overdue', 'awaiting_follow_up', 'closed']).default('open'),
  limit: z.coerce.number().int().min(1).max(100).default(25),
  cursor: z.string().max(2048).optional(),
});
export type ComplaintListQuery = z.infer<typeof complaintListQuerySchema>;
