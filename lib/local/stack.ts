import { routes } from '../http/routes.js';
import type { RouteSpec } from '../http/route.js';
import { dynamoApiKeyRepository } from '../store/api-key-repository.js';
import { openStore } from '../store/client.js';
import { type DevCredentials, writeDevCredentials } from './dev-credentials.js';
import { startDynamoDbLocal } from './dynamodb-local.js';
import { startGateway } from './gateway.js';
import { lambdaContext } from './gateway-events.js';
import { startStreamPoller } from './stream-poller.js';
import { startRecalculationTimer } from './recalculation-timer.js';
import { inProcessRecalculation, runRecalculationHere } from './in-process-recalculation.js';
import { recalculationStartDeps } from '../services/recalculation-records-runtime.js';
import { runRecalculationsInProcess, startRecalculation } from '../services/recalculation-start.js';
import { scoringStreamFilter } from '../streams/scoring-filter.js';
import type { Context, DynamoDBBatchResponse, DynamoDBStreamEvent } from 'aws-lambda';

type StreamHandlerWithContext = (event: DynamoDBStreamEvent, context: Context) => Promise<DynamoDBBatchResponse>;
import { ensureLocalTable } from './table.js';
import { buildDashboard } from '../dashboard/build.js';
import { ensureSigningKey, localAudience, localIssuer } from './token-issuer.js';

export interface LocalStackOptions {
  /** Where credentials, the issuer's keys and (unless inMemory) the database live. */
  dataDirectory: string;
  /** Keep the database in memory (tests) instead of on disk under dataDirectory. */
  inMemory?: boolean;
  port: number;
  tableName?: string;
  /** Requests per second per caller before 429 (API Gateway's throttling); unset: none. */
  throttle?: { ratePerSecond: number; burst: number };
  /** Minutes between scheduled recalculations; 0 or unset: none (tests). */
  recalculateEveryMinutes?: number;
  log?: (line: string) => void;
}

export interface LocalStack {
  url: string;
  credentials: DevCredentials;
  stop(): Promise<void>;
}

// The machine runs Node.js 20 on purpose (Lambda runs 22); the SDK's reminder would only be noise.
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';

// Loaded once per entry, as a warm Lambda container keeps its module: a dynamic import per
// request would go through the TypeScript loader's hooks every time.
const loadedHandlers = new Map<string, Promise<never>>();
const loadHandler = (entry: string): Promise<never> => {
  let handler = loadedHandlers.get(entry);
  if (!handler) {
    const url = new URL(`../../functions/${entry}.ts`, import.meta.url).href;
    handler = import(url).then((module: { handler: never }) => module.handler);
    loadedHandlers.set(entry, handler);
  }
  return handler;
};

/**
 * The whole stack on one machine: DynamoDB Local, the table, development credentials, and
 * the stream poller feeding the scoring handler, and the API Gateway stand-in in front of
 * the deployed handler modules.
 */
export async function startLocalStack(options: LocalStackOptions): Promise<LocalStack> {
  const tableName = options.tableName ?? 'hotel-loyalty-local';
  const database = await startDynamoDbLocal(
    options.inMemory ? {} : { dataDirectory: `${options.dataDirectory}/dynamodb` },
  );
  try {
    await ensureLocalTable(database.endpoint, tableName);
    const jwksPath = await ensureSigningKey(options.dataDirectory);
    // Without Step Functions, the jobs that POST /v1/admin/recalculations starts run in this process.
    runRecalculationsInProcess(inProcessRecalculation);
    // The handler modules read their configuration from the environment, as on Lambda.
    Object.assign(process.env, {
      TABLE_NAME: tableName,
      DYNAMODB_ENDPOINT: database.endpoint,
      AWS_REGION: 'us-east-1',
      JWT_ISSUER: localIssuer,
      JWT_AUDIENCE: localAudience,
      JWKS_PATH: jwksPath,
      POWERTOOLS_LOG_LEVEL: process.env.POWERTOOLS_LOG_LEVEL ?? 'WARN',
      POWERTOOLS_METRICS_DISABLED: process.env.POWERTOOLS_METRICS_DISABLED ?? 'true',
      STREAM_FAILURE_FILE: `${options.dataDirectory}/stream-failures.jsonl`,
    });
    const scoreStream = (await loadHandler('score-stream')) as StreamHandlerWithContext;
    const store = openStore({ tableName, endpoint: database.endpoint });
    const credentials = await writeDevCredentials(options.dataDirectory, dynamoApiKeyRepository(store), {
      endpoint: database.endpoint,
      table: tableName,
    });
    const poller = await startStreamPoller({
      endpoint: database.endpoint,
      tableName,
      filter: scoringStreamFilter,
      batchSize: 100,
      maxRetries: 3,
      handler: (event) => scoreStream(event, lambdaContext('score-stream')),
      checkpointPath: options.inMemory ? undefined : `${options.dataDirectory}/stream-checkpoints.json`,
      failurePath: `${options.dataDirectory}/stream-failures.jsonl`,
      log: options.log,
    });
    const dashboardDirectory = `${options.dataDirectory}/dashboard`;
    const dashboardFiles = buildDashboard(dashboardDirectory);
    const gateway = await startGateway({
      routes: Object.values(routes) as RouteSpec[],
      dashboard: {
        directory: dashboardDirectory,
        files: dashboardFiles,
        devSession: () => ({
          tenants: Object.fromEntries(
            Object.entries(credentials.tenants).map(([tenant, c]) => [tenant, { staffToken: c.staffToken }]),
          ),
        }),
      },
      port: options.port,
      loadHandler,
      authorizerEntry: 'authorizer',
      throttle: options.throttle,
      log: options.log,
    });
    const timer = startRecalculationTimer(
      options.recalculateEveryMinutes ?? 0,
      dynamoApiKeyRepository(store),
      async (tenant) => {
        const job = await startRecalculation(recalculationStartDeps(), tenant, 1);
        await runRecalculationHere(store, tenant, job.jobId);
        options.log?.(`scheduled recalculation of ${tenant}: ${job.jobId}`);
      },
      options.log,
    );
    return {
      url: gateway.url,
      credentials,
      stop: async () => {
        timer.stop();
        await gateway.close();
        await poller.stop();
        await database.stop();
      },
    };
  } catch (error) {
    await database.stop();
    throw error;
  }
}
