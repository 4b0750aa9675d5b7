import { estimateLifetime } from '../domain/scoring/lifetime.js';
import { dynamoGuestHeaderRepository } from '../store/guest-header-repository.js';
import { dynamoScoreRepository } from '../store/score-repository.js';
import { cachedTenantRepository, dynamoTenantRepository } from '../store/tenant-repository.js';
import { type FailureSink, fileFailureSink, sqsFailureSink } from '../streams/failure-sink.js';
import { environmentStore } from './runtime.js';
import type { ScoringDeps } from './scoring.js';

/** Tenant settings change rarely (an admin's PUT /config, the nightly fit): a minute's staleness is fine. */
const tenantSettingsTtlMs = 60_000;

export function scoringDeps(): ScoringDeps {
  const store = environmentStore();
  return {
    headers: dynamoGuestHeaderRepository(store),
    scores: dynamoScoreRepository(store),
    tenants: cachedTenantRepository(dynamoTenantRepository(store), tenantSettingsTtlMs),
    estimateLifetime,
    now: () => new Date(),
  };
}

/** SQS when deployed (FAILURE_QUEUE_URL), a JSON-lines file locally (STREAM_FAILURE_FILE). */
export function failureSinkFromEnvironment(env: NodeJS.ProcessEnv = process.env): FailureSink {
  if (env.FAILURE_QUEUE_URL) return sqsFailureSink(env.FAILURE_QUEUE_URL);
  if (env.STREAM_FAILURE_FILE) return fileFailureSink(env.STREAM_FAILURE_FILE);
  throw new Error('Invalid stream configuration: set FAILURE_QUEUE_URL (deployed) or STREAM_FAILURE_FILE (local)');
}
