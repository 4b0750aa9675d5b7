import type * as z from 'zod';

export interface FieldError {
  path: string;
  message: string;
}

/** Every zod issue as `{path, message}`, the path prefixed with where the value came from. */
export function toFieldErrors(issues: readonly z.core.$ZodIssue[], location: string): FieldError[] {
  return issues.map((issue) => ({
    path: [location, ...issue.path.map(String)].join('.'),
    message: issue.message,
  }));
}
