import { dynamoRecalculationRepository } from '../store/recalculation-repository.js';
import type { RecalculationStartDeps } from './recalculation-start.js';
import { environmentStore } from './runtime.js';

/**
 * What reading a stored report or a job's status needs: the repository alone. Functions that
 * only read take this rather than the job's dependencies, so they do not load the job's code
 * (about 75 KB of bundle and 10 ms of cold start).
 */
export const recalculationRecords = () => dynamoRecalculationRepository(environmentStore());

/** What starting a job needs (the records and a clock), for the functions that start jobs. */
export const recalculationStartDeps = (): RecalculationStartDeps => ({
  recalc: recalculationRecords(),
  now: () => new Date(),
});
