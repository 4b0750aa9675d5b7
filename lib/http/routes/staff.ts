import * as z from 'zod';
import { identifierSchema } from '../../schemas/common.js';
import { pageQuerySchema } from '../../schemas/page-query.js';
import { defineRoute } from '../route.js';

/**
 * Account managers and the staff reports. A function imports only its own area's routes,
 * so it builds only the schemas of those (assigning a manager answers the guest's profile, so
 * it is among the guest routes).
 */
export const staffRoutes = {
  managerGuests: defineRoute({
    operationId: 'managerGuests',
    method: 'GET',
    path: '/v1/account-managers/{managerId}/guests',
    entry: 'manager-guests',
    tag: 'Account managers',
    summary: "A manager's guests with tier, value, quadrant, open complaints and next arrival",
    access: ['staff'],
    tableAccess: 'read',
    params: z.object({ managerId: identifierSchema }),
    query: pageQuerySchema,
    responses: { 200: { description: 'A page of guests' } },
  }),
  keyCustomers: defineRoute({
    operationId: 'keyCustomers',
    method: 'GET',
    path: '/v1/key-customers',
    entry: 'key-customers',
    tag: 'Account managers',
    summary:
      'Key customers, most valuable first, with account manager, value, quadrant, open complaints and next arrival',
    access: ['staff'],
    tableAccess: 'read',
    query: pageQuerySchema.extend({
      managerId: identifierSchema
        .optional()
        .meta({ description: "One manager's key customers; `none` for those without a manager" }),
    }),
    responses: { 200: { description: 'A page of key customers, and how many there are' } },
  }),
  reportWorkload: defineRoute({
    operationId: 'reportWorkload',
    method: 'GET',
    path: '/v1/reports/account-managers',
    entry: 'report-workload',
    tag: 'Reports',
    summary: 'Key customers per account manager, and a suggested manager for each key customer without one',
    access: ['staff'],
    tableAccess: 'read',
    responses: { 200: { description: 'The workload report' } },
  }),
  reportQuadrants: defineRoute({
    operationId: 'reportQuadrants',
    method: 'GET',
    path: '/v1/reports/quadrants',
    entry: 'report-quadrants',
    tag: 'Reports',
    summary: 'Guests and value per satisfaction–loyalty quadrant; key customers who are hostages or defectors',
    access: ['staff'],
    tableAccess: 'read',
    responses: { 200: { description: 'The quadrant report' } },
  }),
  reportComplaints: defineRoute({
    operationId: 'reportComplaints',
    method: 'GET',
    path: '/v1/reports/complaints',
    entry: 'report-complaints',
    tag: 'Reports',
    summary: 'Complaints by status and category, and how many are overdue',
    access: ['staff'],
    tableAccess: 'read',
    responses: { 200: { description: 'The complaints report' } },
  }),
  reportPareto: defineRoute({
    operationId: 'reportPareto',
    method: 'GET',
    path: '/v1/reports/pareto',
    entry: 'report-pareto',
    tag: 'Reports',
    summary: 'Share of profit and of value from the top 20% of guests, and the curve at 1% steps',
    access: ['staff'],
    tableAccess: 'read',
    responses: { 200: { description: 'The Pareto report of the latest recalculation' } },
  }),
  reportTiers: defineRoute({
    operationId: 'reportTiers',
    method: 'GET',
    path: '/v1/reports/tiers',
    entry: 'report-tiers',
    tag: 'Reports',
    summary: 'Guests, value and share per tier, and movement since the previous run',
    access: ['staff'],
    tableAccess: 'read',
    responses: { 200: { description: 'The tiers report of the latest recalculation' } },
  }),
};
