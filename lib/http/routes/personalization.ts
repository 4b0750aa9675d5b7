import { recommendationResponseSchema, reservationRequestSchema } from '../../schemas/recommendation.js';
import { defineRoute } from '../route.js';
import { hotelSystems } from './callers.js';

/**
 * What to do for a guest at reservation time: the booking engine's call. A function imports only
 * its own area's routes, so it builds only the schemas of those (the app's perks, which need none
 * of the reservation's, are an area of their own).
 */
export const personalizationRoutes = {
  recommend: defineRoute({
    operationId: 'recommend',
    method: 'POST',
    path: '/v1/recommendations',
    entry: 'recommendations',
    tag: 'Personalization',
    summary: 'What to do for a guest at reservation time, each with its reasons',
    access: hotelSystems,
    tableAccess: 'read',
    body: reservationRequestSchema,
    responses: {
      200: {
        description: 'Recommendations (guestId null and tier new for an unknown guest)',
        schema: recommendationResponseSchema,
      },
    },
  }),
};
