import { etagOf } from '../lib/http/etag.js';
import { routeHandler } from '../lib/http/route-handler.js';
import { configRoutes } from '../lib/http/routes/config.js';
import { readTenantConfig } from '../lib/services/tenant-config.js';
import { tenantConfigDeps } from '../lib/services/tenant-config-runtime.js';

const deps = tenantConfigDeps();

export const handler = routeHandler(configRoutes.getConfig, async ({ principal }) => {
  const { config, version } = await readTenantConfig(deps, principal.tenant);
  return { statusCode: 200, body: config, headers: { etag: etagOf(version) } };
});
