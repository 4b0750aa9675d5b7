import { guestPathSchema, listSchema } from '../../schemas/common.js';
import {
  complaintInputSchema,
  complaintListQuerySchema,
  complaintPathSchema,
  complaintSchema,
  complaintTransitionSchema,
} from '../../schemas/complaint.js';
import { feedbackInputSchema, feedbackSchema } from '../../schemas/feedback.js';
import { defineRoute } from '../route.js';
import { anyCaller, hotelSystems } from './callers.js';

/**
 * Feedback and complaints. A function imports only its own area's routes,
 * so it builds only the schemas of those.
 */
export const careRoutes = {
  postFeedback: defineRoute({
    operationId: 'postFeedback',
    method: 'POST',
    path: '/v1/guests/{guestId}/feedback',
    entry: 'feedback-post',
    tag: 'Feedback',
    summary: 'Send feedback: overall, would-return and the five SERVQUAL dimensions (expectation and perception, 1–7)',
    access: anyCaller,
    tableAccess: 'readWrite',
    params: guestPathSchema,
    body: feedbackInputSchema,
    responses: { 201: { description: 'Stored', schema: feedbackSchema } },
  }),
  fileComplaint: defineRoute({
    operationId: 'fileComplaint',
    method: 'POST',
    path: '/v1/guests/{guestId}/complaints',
    entry: 'complaint-post',
    tag: 'Complaints',
    summary: 'Receive a complaint; it is due by an SLA that depends on severity and the guest’s tier',
    access: anyCaller,
    tableAccess: 'readWrite',
    params: guestPathSchema,
    body: complaintInputSchema,
    responses: { 201: { description: 'Received', schema: complaintSchema } },
  }),
  moveComplaint: defineRoute({
    operationId: 'moveComplaint',
    method: 'PATCH',
    path: '/v1/guests/{guestId}/complaints/{complaintId}',
    entry: 'complaint-patch',
    tag: 'Complaints',
    summary: 'Move a complaint one step: received → acknowledged → understood → resolved → followed_up',
    access: hotelSystems,
    tableAccess: 'readWrite',
    params: complaintPathSchema,
    body: complaintTransitionSchema,
    responses: { 200: { description: 'Moved', schema: complaintSchema } },
  }),
  listComplaints: defineRoute({
    operationId: 'listComplaints',
    method: 'GET',
    path: '/v1/complaints',
    entry: 'complaint-list',
    tag: 'Complaints',
    summary: "The tenant's complaints by state, most urgent first (status=open|overdue|awaiting_follow_up|closed)",
    access: ['staff'],
    tableAccess: 'read',
    query: complaintListQuerySchema,
    responses: { 200: { description: 'A page of complaints', schema: listSchema(complaintSchema, 'ComplaintList') } },
  }),
};
