import { resolve } from 'node:path';
import { devCredentialsPath } from './dev-credentials.js';
import { JavaMissingError } from './dynamodb-local.js';
import { isPortFree } from './ports.js';
import { startLocalStack } from './stack.js';

// `npm start`: the whole stack on this machine, data kept under LOYALTY_DATA_DIR.
const port = Number(process.env.PORT ?? 3000);
const dataDirectory = resolve(process.env.LOYALTY_DATA_DIR ?? '.loyalty');

async function main() {
  if (!Number.isInteger(port) || port < 1 || port > 65535) {
    throw new Error(`PORT must be a whole number from 1 to 65535, not "${process.env.PORT}"`);
  }
  if (!(await isPortFree(port))) {
    throw new Error(`port ${port} on 127.0.0.1 is already in use; stop what uses it or run: PORT=3001 npm start`);
  }
  const started = performance.now();
  const recalculateEveryMinutes = Number(process.env.LOYALTY_RECALC_MINUTES ?? 24 * 60);
  if (!Number.isFinite(recalculateEveryMinutes) || recalculateEveryMinutes < 0) {
    throw new Error(
      `LOYALTY_RECALC_MINUTES must be a number of minutes (0 turns the timer off), not "${process.env.LOYALTY_RECALC_MINUTES}"`,
    );
  }
  const stack = await startLocalStack({
    dataDirectory,
    port,
    recalculateEveryMinutes,
    log: (line) => console.log(line),
  });
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(`Hotel loyalty API ready at ${stack.url} in ${seconds}s`);
  console.log(`  dashboard:   ${stack.url}/dashboard (signs in with the development staff token)`);
  console.log(`  health:      ${stack.url}/health`);
  console.log(`  OpenAPI:     ${stack.url}/v1/openapi.json`);
  console.log(
    `  credentials: ${devCredentialsPath(dataDirectory)} (tenants ${Object.keys(stack.credentials.tenants).join(', ')})`,
  );
  console.log(`  DynamoDB:    ${stack.credentials.dynamodb.endpoint} table ${stack.credentials.dynamodb.table}`);
  console.log(
    `  recalculation every ${recalculateEveryMinutes} min (LOYALTY_RECALC_MINUTES; 0 = off), or POST /v1/admin/recalculations`,
  );
  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    console.log(`${signal}: stopping…`);
    await stack.stop();
    process.exit(0);
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));
}

main().catch((error: unknown) => {
  const message = error instanceof JavaMissingError || error instanceof Error ? error.message : String(error);
  console.error(`npm start failed: ${message}`);
  process.exit(1);
});
