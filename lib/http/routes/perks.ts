import { guestPathSchema } from '../../schemas/common.js';
import { defineRoute } from '../route.js';
import { anyCaller } from './callers.js';

/** The mobile app's view of a guest's tier and benefits. */
export const perksRoutes = {
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
