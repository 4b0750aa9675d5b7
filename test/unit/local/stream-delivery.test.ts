import { mkdtempSync, readFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { DynamoDBRecord, DynamoDBStreamEvent } from 'aws-lambda';
import { describe, expect, it } from 'vitest';
import { deliverBatch } from '../../../lib/local/stream-delivery.js';
import { matchesPattern } from '../../../lib/streams/event-pattern.js';
import { scoringStreamFilter } from '../../../lib/streams/scoring-filter.js';

const record = (sequence: string, entity = 'staySummary', eventName = 'MODIFY'): DynamoDBRecord => ({
  eventName: eventName as DynamoDBRecord['eventName'],
  dynamodb: { SequenceNumber: sequence, NewImage: { entity: { S: entity } } },
});
const failurePath = () => join(mkdtempSync(join(tmpdir(), 'delivery-')), 'failures.jsonl');

describe('deliverBatch', () => {
  it('retries from the lowest failed record, as Lambda does with partial batch failures', async () => {
    const seen: string[][] = [];
    let failOnce = true;
    const handler = async (event: DynamoDBStreamEvent) => {
      seen.push(event.Records.map((r) => r.dynamodb!.SequenceNumber!));
      if (!failOnce) return { batchItemFailures: [] };
      failOnce = false;
      return { batchItemFailures: [{ itemIdentifier: '3' }, { itemIdentifier: '2' }] };
    };

    await deliverBatch([record('1'), record('2'), record('3')], { handler, maxRetries: 3, failurePath: failurePath() });

    expect(seen).toEqual([
      ['1', '2', '3'],
      ['2', '3'],
    ]);
  });

  it('records what still fails after the retry limit in the failure destination and moves on', async () => {
    const path = failurePath();
    let calls = 0;
    const handler = async () => {
      calls += 1;
      throw new Error('boom');
    };

    await deliverBatch([record('7')], { handler, maxRetries: 2, failurePath: path });

    expect(calls).toBe(3);
    const line = JSON.parse(readFileSync(path, 'utf8').trim());
    expect(line.reason).toMatch(/boom/);
    expect(line.records).toHaveLength(1);
  });

  it('writes nothing to the failure destination when the batch succeeds', async () => {
    const path = failurePath();
    await deliverBatch([record('1')], { handler: async () => undefined, maxRetries: 1, failurePath: path });
    expect(existsSync(path)).toBe(false);
  });
});

describe('the scoring filter', () => {
  it('lets writes of what scores depend on through, and nothing derived or deleted', () => {
    expect(matchesPattern(record('1', 'staySummary'), scoringStreamFilter)).toBe(true);
    expect(matchesPattern(record('1', 'guest', 'INSERT'), scoringStreamFilter)).toBe(true);
    expect(matchesPattern(record('1', 'score'), scoringStreamFilter)).toBe(false);
    expect(matchesPattern(record('1', 'stay'), scoringStreamFilter)).toBe(false);
    expect(
      matchesPattern({ eventName: 'REMOVE', dynamodb: { OldImage: { entity: { S: 'guest' } } } }, scoringStreamFilter),
    ).toBe(false);
  });
});
