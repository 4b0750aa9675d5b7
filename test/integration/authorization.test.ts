import { describe, expect, inject, it } from 'vitest';
import { issueToken } from '../../lib/local/token-issuer.js';
import type { RouteSpec } from '../../lib/http/route.js';
import { routes } from '../../lib/http/routes.js';
import { call, completedStay, uniqueId } from './client.js';

const protectedRoutes = (Object.values(routes) as RouteSpec[]).filter((route) => route.access !== 'public');
const sampleBodies: Record<string, unknown> = {
  putGuest: { name: 'Intruder' },
  patchGuest: { company: 'Intruder' },
  putStay: completedStay(),
  postFeedback: { overall: 5 },
  fileComplaint: { category: 'noise', severity: 'low', description: 'x' },
  moveComplaint: { status: 'acknowledged' },
  assignManager: { accountManagerId: 'am-x' },
  recommend: { guestId: 'x', propertyId: 'p', checkIn: '2027-01-01', checkOut: '2027-01-02' },
  putConfig: { gracePeriodDays: 1 },
};

function pathFor(route: RouteSpec, guestId: string) {
  return route.path
    .replace('{guestId}', guestId)
    .replace('{stayId}', 's1')
    .replace('{complaintId}', 'c-abcdef123456')
    .replace('{managerId}', 'am-1')
    .replace('{jobId}', 'r-abcdef12');
}

describe('object-level authorization, for every protected route', () => {
  it.each(protectedRoutes.map((route) => [route.operationId, route] as const))(
    '%s: another guest’s token, another tenant’s key and a lower role never see or change a guest’s data',
    async (operationId, route) => {
      const victim = uniqueId('victim');
      await call(`/v1/guests/${victim}`, { method: 'PUT', body: { name: 'Victim', company: 'Secret Co' } });
      await call(`/v1/guests/${victim}/stays/s1`, { method: 'PUT', body: completedStay() });
      const intruder = await issueToken(inject('dataDirectory'), {
        tenant: 'demo',
        subject: uniqueId('intruder'),
        expiresIn: '5m',
      });
      const request = (as: NonNullable<Parameters<typeof call>[1]>['as']) =>
        call(pathFor(route, victim), { method: route.method, body: sampleBodies[operationId], as });

      const asOtherGuest = await request({ bearer: intruder });
      const asOtherTenant = await request('otherTenant');

      // Another guest is refused outright; another tenant works in its own space and sees nothing of ours.
      expect([403, 404], `${operationId}: ${asOtherGuest.status}`).toContain(asOtherGuest.status);
      expect(asOtherTenant.status).toBeLessThan(500);
      for (const response of [asOtherGuest, asOtherTenant])
        expect(JSON.stringify(response.json)).not.toContain('Secret Co');
      if (Array.isArray(route.access) && !route.access.includes('partner')) {
        expect((await request('partner')).status).toBe(403);
      }
      expect((await call(`/v1/guests/${victim}`)).json).toMatchObject({
        name: 'Victim',
        company: 'Secret Co',
        version: 1,
      });
    },
  );
});
