import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { devCredentialsPath, devCredentialsSchema } from '../local/dev-credentials.js';
import { generatePopulation } from './population.js';
import { seedTenant } from './seed-tenant.js';

// `npm run seed -- --guests N [--seed S] [--tenant demo] [--as-of YYYY-MM-DD]`: writes a synthetic
// population through the running local API (`npm start`), the same write path partners use,
// then runs the population recalculation so tiers and reports are ready to look at.
const { values } = parseArgs({
  options: {
    guests: { type: 'string', default: '200' },
    seed: { type: 'string', default: '42' },
    tenant: { type: 'string', default: 'demo' },
    'as-of': { type: 'string' },
    url: { type: 'string', default: `http://127.0.0.1:${process.env.PORT ?? 3000}` },
  },
});

async function main() {
  const guests = Number(values.guests);
  const seed = Number(values.seed);
  if (!Number.isInteger(guests) || guests < 1 || guests > 1_000_000)
    throw new Error('--guests must be a whole number from 1 to 1000000');
  if (!Number.isInteger(seed)) throw new Error('--seed must be a whole number');
  const asOf = values['as-of'] ? new Date(`${values['as-of']}T00:00:00Z`) : new Date();
  if (Number.isNaN(asOf.getTime())) throw new Error('--as-of must be a date, YYYY-MM-DD');
  const dataDirectory = resolve(process.env.LOYALTY_DATA_DIR ?? '.loyalty');
  const credentials = devCredentialsSchema.parse(JSON.parse(readFileSync(devCredentialsPath(dataDirectory), 'utf8')));
  const apiKey = credentials.tenants[values.tenant]?.apiKey;
  if (!apiKey)
    throw new Error(`no local tenant "${values.tenant}"; known: ${Object.keys(credentials.tenants).join(', ')}`);

  const population = generatePopulation({ guests, seed, asOf });
  const started = performance.now();
  const counts = await seedTenant(
    { url: values.url, apiKey, adminToken: credentials.tenants[values.tenant]?.adminToken, log: console.log },
    population,
  );
  const seconds = (performance.now() - started) / 1000;
  console.log(
    `Seeded ${counts.guests} guests, ${counts.stays} stays, ${counts.feedback} feedback and ${counts.complaints} complaints into tenant ${values.tenant}, and recalculated (${counts.recalculation}), in ${seconds.toFixed(1)}s`,
  );
  console.log(`Dashboard: ${values.url}/dashboard`);
}

main().catch((error: unknown) => {
  const message = error instanceof Error ? error.message : String(error);
  console.error(
    message.includes('ENOENT') || message.includes('fetch failed')
      ? `${message}\nIs the stack running? Start it with: npm start`
      : message,
  );
  process.exit(1);
});
