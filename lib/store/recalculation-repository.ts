import { GetCommand, PutCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import type { PopulationModel } from '../domain/scoring/population.js';
import type { Store } from './client.js';
import { isConditionFailure, translateStoreError } from './errors.js';
import { stripKeys } from './items.js';
import { keys } from './keys.js';
import { readScoreShards, scoreShardsOfSegment } from './score-shards.js';
import type { StoredScore } from './score-repository.js';

export type JobStatus = 'running' | 'succeeded' | 'failed';

export interface RecalculationJob {
  jobId: string;
  tenant: string;
  status: JobStatus;
  phase: 'plan' | 'apply' | 'finish' | 'done';
  startedAt: string;
  finishedAt?: string;
  totalSegments: number;
  segmentsDone?: string[];
  counters?: Record<string, number>;
  summary?: Record<string, unknown>;
  error?: string;
}

const jobRetentionSeconds = 90 * 86_400;

export function dynamoRecalculationRepository(store: Store) {
  const { client, tableName } = store;
  const fail = (error: unknown) => Promise.reject(translateStoreError(error));
  return {
    /** Takes the tenant's recalculation lease unless another job holds an unexpired one. */
    async acquireLease(tenant: string, jobId: string, now: Date, ttlMs: number): Promise<boolean> {
      try {
        await client.send(
          new PutCommand({
            TableName: tableName,
            Item: { ...keys.recalculationLease(tenant), entity: 'lease', jobId, until: now.getTime() + ttlMs },
            ConditionExpression: 'attribute_not_exists(pk) OR #until < :now OR jobId = :job',
            ExpressionAttributeNames: { '#until': 'until' },
            ExpressionAttributeValues: { ':now': now.getTime(), ':job': jobId },
          }),
        );
        return true;
      } catch (error) {
        if (isConditionFailure(error)) return false;
        throw translateStoreError(error);
      }
    },

    async releaseLease(tenant: string, jobId: string): Promise<void> {
      await client
        .send(
          new UpdateCommand({
            TableName: tableName,
            Key: keys.recalculationLease(tenant),
            UpdateExpression: 'SET #until = :zero',
            ConditionExpression: 'jobId = :job',
            ExpressionAttributeNames: { '#until': 'until' },
            ExpressionAttributeValues: { ':zero': 0, ':job': jobId },
          }),
        )
        .catch((error) => (isConditionFailure(error) ? undefined : fail(error)));
    },

    async putJob({ segmentsDone, ...job }: RecalculationJob): Promise<void> {
      // segmentsDone is a string set that only recordSegment adds to; a rewrite keeps it.
      const kept = segmentsDone?.length ? { segmentsDone: new Set(segmentsDone) } : {};
      const expiresAt = Math.floor(Date.parse(job.startedAt) / 1000) + jobRetentionSeconds;
      await client
        .send(
          new PutCommand({
            TableName: tableName,
            Item: {
              ...keys.recalculationJob(job.tenant, job.jobId),
              entity: 'recalculationJob',
              ...job,
              ...kept,
              expiresAt,
            },
          }),
        )
        .catch(fail);
    },

    async getJob(tenant: string, jobId: string): Promise<RecalculationJob | undefined> {
      const { Item } = await client
        .send(new GetCommand({ TableName: tableName, Key: keys.recalculationJob(tenant, jobId), ConsistentRead: true }))
        .catch(fail);
      if (!Item) return undefined;
      const job = stripKeys(Item) as unknown as RecalculationJob & { segmentsDone?: Set<string> };
      // `tenant` is a storage attribute that stripKeys drops; the key says whose job this is.
      return { ...job, tenant, segmentsDone: job.segmentsDone ? [...job.segmentsDone] : [] };
    },

    /** Adds one segment's counts to the job exactly once, however often the segment is retried. */
    async recordSegment(
      tenant: string,
      jobId: string,
      segment: number,
      counters: Record<string, number>,
    ): Promise<void> {
      const names: Record<string, string> = { '#done': 'segmentsDone' };
      const values: Record<string, unknown> = { ':segment': new Set([String(segment)]), ':s': String(segment) };
      const adds = ['#done :segment'];
      Object.entries(counters).forEach(([name, value], i) => {
        names[`#c${i}`] = name;
        values[`:c${i}`] = value;
        adds.push(`counters.#c${i} :c${i}`);
      });
      await client
        .send(
          new UpdateCommand({
            TableName: tableName,
            Key: keys.recalculationJob(tenant, jobId),
            UpdateExpression: `ADD ${adds.join(', ')}`,
            ConditionExpression: 'attribute_exists(pk) AND NOT contains(#done, :s)',
            ExpressionAttributeNames: names,
            ExpressionAttributeValues: values,
          }),
        )
        .catch((error) => (isConditionFailure(error) ? undefined : fail(error)));
    },

    /** One segment of the tenant's scores: the shards of the scores index that fall to it. */
    async readSegment(
      tenant: string,
      segment: number,
      totalSegments: number,
    ): Promise<(StoredScore & { guestId: string })[]> {
      const items = await readScoreShards(store, tenant, scoreShardsOfSegment(segment, totalSegments));
      return items.map((item) => stripKeys(item) as unknown as StoredScore & { guestId: string });
    },

    async savePopulation(tenant: string, population: PopulationModel): Promise<void> {
      await client
        .send(
          new PutCommand({
            TableName: tableName,
            Item: { ...keys.population(tenant), entity: 'population', population },
          }),
        )
        .catch(fail);
    },

    async saveReport(tenant: string, name: string, report: Record<string, unknown>): Promise<void> {
      await client
        .send(
          new PutCommand({ TableName: tableName, Item: { ...keys.report(tenant, name), entity: 'report', report } }),
        )
        .catch(fail);
    },

    async readReport(tenant: string, name: string): Promise<Record<string, unknown> | undefined> {
      const { Item } = await client
        .send(new GetCommand({ TableName: tableName, Key: keys.report(tenant, name) }))
        .catch(fail);
      return Item?.report as Record<string, unknown> | undefined;
    },
  };
}

export type RecalculationRepository = ReturnType<typeof dynamoRecalculationRepository>;
