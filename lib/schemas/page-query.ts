import * as z from 'zod';

/** `limit` and `cursor` of every list (apart from the shared schemas: only list routes build it at cold start). */
export const pageQuerySchema = z.object({
  limit: z.coerce.number().int().min(1).max(100).default(25),
  cursor: z.string().max(2048).optional(),
});
export type PageQuery = z.infer<typeof pageQuerySchema>;
