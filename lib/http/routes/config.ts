import { tenantConfigSchema } from '../../schemas/tenant-config.js';
import { defineRoute } from '../route.js';

const etag = { ETag: 'Version of the configuration ("v0" while the tenant has configured nothing)' };

/**
 * The tenant's configuration, for admins. A function imports only its own area's routes, so only
 * these two build the configuration's schema at load.
 */
export const configRoutes = {
  getConfig: defineRoute({
    operationId: 'getConfig',
    method: 'GET',
    path: '/v1/config',
    entry: 'config-get',
    tag: 'Admin',
    summary: 'Read the tenant’s rules: tiers, qualification, grace, lifetime value, perk catalogue, SLAs',
    access: ['admin'],
    tableAccess: 'read',
    responses: { 200: { description: 'The configuration in force', schema: tenantConfigSchema, headers: etag } },
  }),
  putConfig: defineRoute({
    operationId: 'putConfig',
    method: 'PUT',
    path: '/v1/config',
    entry: 'config-put',
    tag: 'Admin',
    summary: 'Replace the tenant’s rules (what is left out takes its default); If-Match honoured',
    access: ['admin'],
    tableAccess: 'readWrite',
    body: tenantConfigSchema(),
    responses: { 200: { description: 'The configuration now in force', schema: tenantConfigSchema, headers: etag } },
  }),
};
