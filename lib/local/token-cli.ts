import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { identifierSchema } from '../schemas/common.js';
import { issueToken } from './token-issuer.js';

// `npm run --silent token -- --tenant demo --guest g1 | --staff | --admin`: prints one token.
const usage = 'usage: npm run --silent token -- --tenant T (--guest GUEST_ID | --staff | --admin) [--expires 12h]';

async function main() {
  const { values } = parseArgs({
    options: {
      tenant: { type: 'string' },
      guest: { type: 'string' },
      staff: { type: 'boolean' },
      admin: { type: 'boolean' },
      expires: { type: 'string', default: '12h' },
    },
  });
  const tenant = identifierSchema.safeParse(values.tenant);
  const kinds = [values.guest !== undefined, values.staff, values.admin].filter(Boolean).length;
  if (!tenant.success || kinds !== 1) throw new Error(usage);
  if (values.guest !== undefined && !identifierSchema.safeParse(values.guest).success) {
    throw new Error(`--guest "${values.guest}" is not a valid guest id`);
  }
  const dataDirectory = resolve(process.env.LOYALTY_DATA_DIR ?? '.loyalty');
  const token = await issueToken(dataDirectory, {
    tenant: tenant.data,
    subject: values.guest ?? `${values.admin ? 'admin' : 'staff'}-${tenant.data}`,
    groups: values.admin ? ['admin'] : values.staff ? ['staff'] : [],
    expiresIn: values.expires,
  });
  process.stdout.write(`${token}\n`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(2);
});
