import { z } from 'zod';
import { listSchema, pageQuerySchema } from '../schemas/common.js';
import { guestInputSchema, guestLookupQuerySchema, guestPathSchema, guestSchema } from '../schemas/guest.js';
import { recommendationResponseSchema, reservationRequestSchema } from '../schemas/recommendation.js';
import { scoreSchema } from '../schemas/score.js';
import { stayInputSchema, stayPathSchema, staySchema } from '../schemas/stay.js';
import { defineRoute } from './route.js';

const anyCaller = ['partner', 'staff', 'guest'] as const;
const hotelSystems = ['partner', 'staff'] as const;
const guestBody = {
  200: { description: 'The profile', schema: guestSchema, headers: { ETag: 'Version of the profile' } },
};

/** The route table: the one list of operations the API has. */
export const routes = {
  health: defineRoute({
    operationId: 'getHealth',
    method: 'GET',
    path: '/health',
    entry: 'health',
    tag: 'Meta',
    summary: 'Liveness: answers 200 when the API is up',
    access: 'public',
    tableAccess: 'none',
    responses: { 200: { description: 'Up', schema: z.object({ status: z.literal('ok') }) } },
  }),
  openApi: defineRoute({
    operationId: 'getOpenApi',
    method: 'GET',
    path: '/v1/openapi.json',
    entry: 'openapi',
    tag: 'Meta',
    summary: 'This OpenAPI document',
    access: 'public',
    tableAccess: 'none',
    responses: { 200: { description: 'OpenAPI 3.1 document' } },
  }),
  putGuest: defineRoute({
    operationId: 'putGuest',
    method: 'PUT',
    path: '/v1/guests/{guestId}',
    entry: 'guest-put',
    tag: 'Guests',
    summary: 'Create or replace a guest profile',
    access: hotelSystems,
    tableAccess: 'readWrite',
    params: guestPathSchema,
    body: guestInputSchema,
    responses: {
      201: { ...guestBody[200], description: 'Created' },
      200: { ...guestBody[200], description: 'Replaced' },
    },
  }),
  getGuest: defineRoute({
    operationId: 'getGuest',
    method: 'GET',
    path: '/v1/guests/{guestId}',
    entry: 'guest-get',
    tag: 'Guests',
    summary: 'Read a guest profile (with ETag)',
    access: anyCaller,
    tableAccess: 'read',
    params: guestPathSchema,
    responses: guestBody,
  }),
  patchGuest: defineRoute({
    operationId: 'patchGuest',
    method: 'PATCH',
    path: '/v1/guests/{guestId}',
    entry: 'guest-patch',
    tag: 'Guests',
    summary:
      'Change part of a profile (JSON merge patch; If-Match honoured). Guests may change preferences, consent, language and communicationStyle.',
    access: anyCaller,
    tableAccess: 'readWrite',
    params: guestPathSchema,
    body: z.record(z.string(), z.unknown()).meta({ id: 'GuestMergePatch' }),
    bodyTypes: ['application/merge-patch+json', 'application/json'],
    responses: guestBody,
  }),
  deleteGuest: defineRoute({
    operationId: 'deleteGuest',
    method: 'DELETE',
    path: '/v1/guests/{guestId}',
    entry: 'guest-delete',
    tag: 'Guests',
    summary: 'Erase everything held about a guest (idempotent)',
    access: ['staff'],
    tableAccess: 'readWrite',
    params: guestPathSchema,
    responses: { 204: { description: 'Erased (or nothing was held)' } },
  }),
  exportGuest: defineRoute({
    operationId: 'exportGuest',
    method: 'GET',
    path: '/v1/guests/{guestId}/export',
    entry: 'guest-export',
    tag: 'Guests',
    summary: 'Everything held about a guest, in one document',
    access: anyCaller,
    tableAccess: 'read',
    params: guestPathSchema,
    responses: { 200: { description: 'The export' } },
  }),
  findGuests: defineRoute({
    operationId: 'findGuests',
    method: 'GET',
    path: '/v1/guests',
    entry: 'guest-find',
    tag: 'Guests',
    summary: 'Find guests by exactly one of email, loyaltyNumber or phone',
    access: hotelSystems,
    tableAccess: 'read',
    query: guestLookupQuerySchema,
    responses: { 200: { description: 'Matching guests', schema: listSchema(guestSchema, 'GuestList') } },
  }),
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

export type RouteName = keyof typeof routes;
