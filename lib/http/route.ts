import type * as z from 'zod';
import type { Role } from '../auth/principal.js';

export type HttpMethod = 'GET' | 'PUT' | 'POST' | 'PATCH' | 'DELETE';

export interface ResponseSpec {
  description: string;
  /** Built only by the OpenAPI document (see `builtOnce`): a function never validates its own answer. */
  schema?: () => z.ZodType;
  /** Response headers worth documenting, such as ETag. */
  headers?: Record<string, string>;
}

/**
 * One row of the route table: everything the CDK API, the local gateway and the OpenAPI
 * document need to know about an operation.
 */
export interface RouteSpec<
  P extends z.ZodType = z.ZodType,
  Q extends z.ZodType = z.ZodType,
  B extends z.ZodType = z.ZodType,
> {
  operationId: string;
  method: HttpMethod;
  /** API Gateway resource path, with `{name}` parameters. */
  path: string;
  /** The Lambda entry file under `functions/`, without extension. */
  entry: string;
  summary: string;
  tag: string;
  /** Who may call: `public` needs no credential; a guest may only reach their own guestId. */
  access: 'public' | readonly Role[];
  /** What the function may do with the table, so CDK grants no more. */
  tableAccess: 'none' | 'read' | 'readWrite';
  params?: P;
  query?: Q;
  body?: B;
  /** Content types accepted for the body (default application/json). */
  bodyTypes?: readonly string[];
  responses: Record<number, ResponseSpec>;
}

/** Declares a route while keeping its schemas' types for the handler. */
export function defineRoute<P extends z.ZodType, Q extends z.ZodType, B extends z.ZodType>(
  spec: RouteSpec<P, Q, B>,
): RouteSpec<P, Q, B> {
  return spec;
}
