import { guestPathSchema, listSchema } from '../../schemas/common.js';
import { pageQuerySchema } from '../../schemas/page-query.js';
import { scoreSchema } from '../../schemas/score.js';
import { stayInputSchema, stayPathSchema, staySchema } from '../../schemas/stay.js';
import { defineRoute } from '../route.js';
import { anyCaller, hotelSystems } from './callers.js';

/**
 * Stays and the score they lead to. A function imports only its own area's routes,
 * so it builds only the schemas of those.
 */
export const stayRoutes = {
  putStay: defineRoute({
    operationId: 'putStay',
    method: 'PUT',
    path: '/v1/guests/{guestId}/stays/{stayId}',
    entry: 'stay-put',
    tag: 'Stays',
    summary: 'Create or amend a stay, idempotent by stayId',
    access: hotelSystems,
    tableAccess: 'readWrite',
    params: stayPathSchema,
    body: stayInputSchema,
    responses: {
      201: { description: 'Created', schema: staySchema },
      200: { description: 'Amended or unchanged', schema: staySchema },
    },
  }),
  listStays: defineRoute({
    operationId: 'listStays',
    method: 'GET',
    path: '/v1/guests/{guestId}/stays',
    entry: 'stay-list',
    tag: 'Stays',
    summary: "A guest's stays, a page at a time",
    access: anyCaller,
    tableAccess: 'read',
    params: guestPathSchema,
    query: pageQuerySchema,
    responses: { 200: { description: 'A page of stays', schema: listSchema(staySchema, 'StayList') } },
  }),
  getScore: defineRoute({
    operationId: 'getScore',
    method: 'GET',
    path: '/v1/guests/{guestId}/score',
    entry: 'score-get',
    tag: 'Scores',
    summary: "Read a guest's tier, value score, lifetime value and quadrant",
    access: anyCaller,
    tableAccess: 'read',
    params: guestPathSchema,
    responses: { 200: { description: 'The latest score', schema: scoreSchema } },
  }),
};
