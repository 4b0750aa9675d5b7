import type { Context, DynamoDBStreamEvent } from 'aws-lambda';
import { failureSinkFromEnvironment, scoringDeps } from '../lib/services/scoring-runtime.js';
import { scoreBatch } from '../lib/streams/score-batch.js';

const deps = scoringDeps();
const failures = failureSinkFromEnvironment();

/** The table's stream: keeps every guest's score current (see scoreBatch). */
export const handler = (event: DynamoDBStreamEvent, context: Context) => scoreBatch(event, context, deps, failures);
