import * as z from 'zod';
import { recalculationJobSchema, recalculationPathSchema } from '../../schemas/recalculation.js';
import { defineRoute } from '../route.js';

/**
 * The population recalculation, on demand. A function imports only its own area's routes,
 * so it builds only the schemas of those.
 */
export const adminRoutes = {
  startRecalculation: defineRoute({
    operationId: 'startRecalculation',
    method: 'POST',
    path: '/v1/admin/recalculations',
    entry: 'recalc-start',
    tag: 'Admin',
    summary: 'Recalculate the whole population now (the same job runs on the schedule)',
    access: ['admin'],
    tableAccess: 'readWrite',
    responses: {
      202: { description: 'Started', schema: () => z.object({ jobId: z.string(), status: z.literal('running') }) },
    },
  }),
  getRecalculation: defineRoute({
    operationId: 'getRecalculation',
    method: 'GET',
    path: '/v1/admin/recalculations/{jobId}',
    entry: 'recalc-status',
    tag: 'Admin',
    summary: 'Status, progress and summary of a recalculation',
    access: ['admin'],
    tableAccess: 'read',
    params: recalculationPathSchema,
    responses: { 200: { description: 'The job', schema: recalculationJobSchema } },
  }),
};
