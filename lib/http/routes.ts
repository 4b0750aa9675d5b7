import { adminRoutes } from './routes/admin.js';
import { careRoutes } from './routes/care.js';
import { configRoutes } from './routes/config.js';
import { guestRoutes } from './routes/guests.js';
import { metaRoutes } from './routes/meta.js';
import { perksRoutes } from './routes/perks.js';
import { personalizationRoutes } from './routes/personalization.js';
import { staffRoutes } from './routes/staff.js';
import { stayRoutes } from './routes/stays.js';

/**
 * The route table: the one list of operations the API has, which the CDK API, the local gateway
 * and the OpenAPI document are built from. Its entries live in one module per area of the API,
 * so a function loads only its own area's schemas.
 */
export const routes = {
  ...metaRoutes,
  ...guestRoutes,
  ...stayRoutes,
  ...personalizationRoutes,
  ...perksRoutes,
  ...careRoutes,
  ...staffRoutes,
  ...adminRoutes,
  ...configRoutes,
};

export type RouteName = keyof typeof routes;
