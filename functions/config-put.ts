import { etagOf, parseIfMatch } from '../lib/http/etag.js';
import { routeHandler } from '../lib/http/route-handler.js';
import { configRoutes } from '../lib/http/routes/config.js';
import { replaceTenantConfig } from '../lib/services/tenant-config.js';
import { tenantConfigDeps } from '../lib/services/tenant-config-runtime.js';

const deps = tenantConfigDeps();

export const handler = routeHandler(configRoutes.putConfig, async ({ body, principal, headers }) => {
  const ifMatch = parseIfMatch(headers['if-match']);
  const { config, version } = await replaceTenantConfig(deps, principal.tenant, body, ifMatch);
  return { statusCode: 200, body: config, headers: { etag: etagOf(version) } };
});
