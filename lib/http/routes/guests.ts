import * as z from 'zod';
import { guestPathSchema, identifierSchema, listSchema } from '../../schemas/common.js';
import { guestInputSchema, guestLookupQuerySchema, guestSchema } from '../../schemas/guest.js';
import { defineRoute } from '../route.js';
import { anyCaller, hotelSystems } from './callers.js';

const guestBody = {
  200: { description: 'The profile', schema: guestSchema, headers: { ETag: 'Version of the profile' } },
};

/**
 * Guest profiles: create, read, change, erase, export, find. A function imports only its own area's routes,
 * so it builds only the schemas of those.
 */
export const guestRoutes = {
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
  assignManager: defineRoute({
    operationId: 'assignManager',
    method: 'PUT',
    path: '/v1/guests/{guestId}/account-manager',
    entry: 'manager-assign',
    tag: 'Account managers',
    summary: "Assign (or, with null, remove) a guest's dedicated account manager",
    access: ['staff'],
    tableAccess: 'readWrite',
    params: guestPathSchema,
    body: z.object({ accountManagerId: identifierSchema.nullable() }).strict().meta({ id: 'ManagerAssignment' }),
    responses: guestBody,
  }),
};
