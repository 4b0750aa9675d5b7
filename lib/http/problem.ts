import {
  ConflictError,
  ForbiddenError,
  InvalidInputError,
  NotFoundError,
  PreconditionFailedError,
  ThrottledError,
} from '../domain/errors.js';
import type { Problem } from '../schemas/problem.js';
import type { FieldError } from '../schemas/issues.js';

/** An error the HTTP layer itself raises (credentials, media type, size). */
export class HttpProblemError extends Error {
  constructor(
    readonly status: number,
    readonly title: string,
    readonly detail?: string,
    readonly errors?: FieldError[],
  ) {
    super(detail ?? title);
    this.name = 'HttpProblemError';
  }
}

const titles: Record<number, string> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  409: 'Conflict',
  412: 'Precondition Failed',
  413: 'Content Too Large',
  415: 'Unsupported Media Type',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
};

/** Builds a problem document; `type` points at the status' meaning. */
export function problem(status: number, detail?: string, errors?: FieldError[]): Problem {
  return {
    type: `https://httpstatuses.io/${status}`,
    title: titles[status] ?? 'Error',
    status,
    ...(detail !== undefined && { detail }),
    ...(errors && errors.length > 0 && { errors }),
  };
}

const statusByError: [new (...args: never[]) => Error, number][] = [
  [InvalidInputError, 400],
  [ForbiddenError, 403],
  [NotFoundError, 404],
  [PreconditionFailedError, 412],
  [ConflictError, 409],
  [ThrottledError, 429],
];

/**
 * The one mapping from errors to responses. Known errors show their message; anything
 * else is a fault of ours and becomes a generic 500 that reveals nothing.
 */
export function problemFor(error: unknown): Problem {
  if (error instanceof HttpProblemError)
    return { ...problem(error.status, error.detail, error.errors), title: error.title };
  for (const [type, status] of statusByError) {
    if (error instanceof type) {
      return problem(status, error.message, error instanceof InvalidInputError ? error.errors : undefined);
    }
  }
  return problem(500, 'Something went wrong on our side; it has been logged.');
}
