import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { devCredentialsPath, devCredentialsSchema } from '../local/dev-credentials.js';
import { generatePopulation } from './population.js';

// `npm run seed -- --guests N [--seed S] [--tenant demo] [--as-of YYYY-MM-DD]`: writes a synthetic
// population through the running local API (`npm start`), the same write path partners use.
const { values } = parseArgs({
  options: {
    guests: { type: 'string', default: '200' },
    seed: { type: 'string', default: '42' },
    tenant: { type: 'string', default: 'demo' },
    'as-of': { type: 'string' },
    url: { type: 'string', default: `http://127.0.0.1:${process.env.PORT ?? 3000}` },
  },
});

async function put(url: string, apiKey: string, body: unknown): Promise<void> {
  for (let attempt = 1; ; attempt += 1) {
    const response = await fetch(url, {
      method: 'PUT',
      headers: { 'x-api-key': apiKey, 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
    if (response.ok) return;
    if (response.status < 500 && response.status !== 429)
      throw new Error(`PUT ${url}: ${response.status} ${await response.text()}`);
    if (attempt >= 5) throw new Error(`PUT ${url}: still ${response.status} after 5 attempts`);
    await new Promise((r) => setTimeout(r, 100 * attempt));
  }
}

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
  let next = 0;
  let stays = 0;
  const worker = async () => {
    while (next < population.length) {
      const guest = population[next++]!;
      await put(`${values.url}/v1/guests/${guest.guestId}`, apiKey, guest.profile);
      for (const { stayId, stay } of guest.stays) {
        await put(`${values.url}/v1/guests/${guest.guestId}/stays/${stayId}`, apiKey, stay);
        stays += 1;
      }
    }
  };
  await Promise.all(Array.from({ length: 8 }, worker));
  const seconds = (performance.now() - started) / 1000;
  console.log(`Seeded ${guests} guests and ${stays} stays into tenant ${values.tenant} in ${seconds.toFixed(1)}s`);
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
