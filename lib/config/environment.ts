import * as z from 'zod';
import type { StoreLocation } from '../store/client.js';

// Each schema is built by the one function that reads it, once per process: a function that never
// verifies tokens (the stream, the job) does not build the token environment's at cold start.
const storeEnvironmentSchema = () =>
  z.object({
    TABLE_NAME: z.string().min(1),
    DYNAMODB_ENDPOINT: z.url().optional(),
    AWS_REGION: z.string().min(1).optional(),
  });

const tokenEnvironmentSchema = () =>
  z
    .object({
      JWT_ISSUER: z.string().min(1),
      JWT_AUDIENCE: z.string().min(1),
      JWKS_URL: z.url().optional(),
      JWKS_PATH: z.string().min(1).optional(),
    })
    .refine((env) => Boolean(env.JWKS_URL) !== Boolean(env.JWKS_PATH), {
      message: 'set exactly one of JWKS_URL (deployed) or JWKS_PATH (local)',
    });
export type TokenEnvironment = z.infer<ReturnType<typeof tokenEnvironmentSchema>>;

function parseOrExplain<T>(schema: z.ZodType<T>, env: NodeJS.ProcessEnv, what: string): T {
  const result = schema.safeParse(env);
  if (!result.success) {
    const problems = result.error.issues.map((issue) => `${issue.path.join('.') || 'environment'}: ${issue.message}`);
    throw new Error(`Invalid ${what} configuration: ${problems.join('; ')}`);
  }
  return result.data;
}

/** Where the table is, from the environment; throws at load with what is missing. */
export function storeLocationFromEnvironment(env: NodeJS.ProcessEnv = process.env): StoreLocation {
  const parsed = parseOrExplain(storeEnvironmentSchema(), env, 'table');
  return { tableName: parsed.TABLE_NAME, endpoint: parsed.DYNAMODB_ENDPOINT, region: parsed.AWS_REGION };
}

/** How bearer tokens are verified, from the environment. */
export function tokenEnvironment(env: NodeJS.ProcessEnv = process.env): TokenEnvironment {
  return parseOrExplain(tokenEnvironmentSchema(), env, 'token verification');
}
