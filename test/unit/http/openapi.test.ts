import { describe, expect, it } from 'vitest';
import { buildOpenApiDocument } from '../../../lib/http/openapi.js';
import { routes } from '../../../lib/http/routes.js';

describe('the OpenAPI document', () => {
  const document = buildOpenApiDocument();

  it('is OpenAPI 3.1', () => {
    expect(document.openapi).toBe('3.1.0');
  });

  it('has every operation of the route table, and no other', () => {
    const operations = Object.entries(document.paths ?? {}).flatMap(([path, item]) =>
      Object.keys(item as object).map((method) => `${method.toUpperCase()} ${path}`),
    );
    expect(operations.sort()).toEqual(
      Object.values(routes)
        .map((r) => `${r.method} ${r.path}`)
        .sort(),
    );
  });

  it('documents problem responses and the request schemas', () => {
    const putStay = document.paths?.['/v1/guests/{guestId}/stays/{stayId}']?.put;
    expect(putStay?.responses?.['400']).toBeDefined();
    expect(putStay?.requestBody).toBeDefined();
    expect(document.components?.schemas?.Problem).toBeDefined();
  });
});
