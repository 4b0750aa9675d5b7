import { guestPathSchema } from '../../schemas/common.js';
import { recommendationResponseSchema, reservationRequestSchema } from '../../schemas/recommendation.js';
import { defineRoute } from '../route.js';
import { anyCaller, hotelSystems } from './callers.js';

/**
 * What to do for a guest: the booking engine's recommendation and the app's perks. A function imports only its own area's routes,
 * so it builds only the schemas of those.
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
  getPerks: defineRoute({
    operationId: 'getPerks',
    method: 'GET',
    path: '/v1/guests/{guestId}/perks',
    entry: 'perks-get',
    tag: 'Personalization',
    summary: "The mobile app's view: tier, benefits, progress to the next tier, offers, account manager",
    access: anyCaller,
    tableAccess: 'read',
    params: guestPathSchema,
    responses: { 200: { description: 'Perks, in the language of Accept-Language' } },
  }),
};
