import { estimateLifetime } from '../domain/scoring/lifetime.js';
import { dynamoRecalculationRepository } from '../store/recalculation-repository.js';
import { dynamoScoreRepository } from '../store/score-repository.js';
import { dynamoTenantRepository } from '../store/tenant-repository.js';
import type { RecalculationDeps } from './recalculation.js';
import { environmentStore } from './runtime.js';
import type { Store } from '../store/client.js';

/** The job reads tenant settings fresh: it is what changes them. */
export function recalculationDeps(store: Store = environmentStore()): RecalculationDeps {
  return {
    recalc: dynamoRecalculationRepository(store),
    scores: dynamoScoreRepository(store),
    tenants: dynamoTenantRepository(store),
    estimateLifetime,
    now: () => new Date(),
  };
}
