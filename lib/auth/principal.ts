import * as z from 'zod';
import { identifierSchema } from '../schemas/common.js';

export const roleSchema = z.enum(['partner', 'guest', 'staff', 'admin']);
export type Role = z.infer<typeof roleSchema>;

/**
 * Who is calling, as the authorizer established it. It travels to the handlers as the
 * API Gateway authorizer context, which only holds strings, so it is parsed again there.
 */
export const principalSchema = z.object({
  tenant: identifierSchema,
  role: roleSchema,
  subject: z.string().min(1).max(256),
  guestId: identifierSchema.optional(),
});
export type Principal = z.infer<typeof principalSchema>;

/** The authorizer context form of a principal (string values only). */
export function toAuthorizerContext(principal: Principal): Record<string, string> {
  return Object.fromEntries(Object.entries(principal).filter(([, value]) => value !== undefined)) as Record<
    string,
    string
  >;
}

/** What each role may also do: admins may do what staff may. */
export function hasRole(principal: Principal, allowed: readonly Role[]): boolean {
  return allowed.includes(principal.role) || (principal.role === 'admin' && allowed.includes('staff'));
}
