import type { Context, DynamoDBRecord } from 'aws-lambda';
import { describe, expect, it } from 'vitest';
import { ThrottledError } from '../../../lib/domain/errors.js';
import { estimateLifetime } from '../../../lib/domain/scoring/lifetime.js';
import { defaultPopulation } from '../../../lib/domain/scoring/population.js';
import { emptyStaySummary } from '../../../lib/domain/stay-summary.js';
import { defaultTenantConfig } from '../../../lib/schemas/tenant-config.js';
import type { ScoringDeps } from '../../../lib/services/scoring.js';
import { scoreBatch } from '../../../lib/streams/score-batch.js';

const record = (pk: string, sequence: string): DynamoDBRecord => ({
  eventName: 'MODIFY',
  dynamodb: {
    SequenceNumber: sequence,
    Keys: { pk: { S: pk }, sk: { S: 'G#SUMMARY' } },
    NewImage: { entity: { S: 'staySummary' } },
  },
});

// A fault the real engine cannot be made to produce on demand: one guest's read is throttled.
function depsWithThrottledGuest(throttled: string, reads: string[], writes: string[]): ScoringDeps {
  return {
    headers: {
      async readHeader(_tenant, guestId) {
        reads.push(guestId);
        if (guestId === throttled) throw new ThrottledError('throttled');
        const profile = { guestId, name: 'G', version: 1, createdAt: '', updatedAt: '' };
        return {
          profile,
          summary: emptyStaySummary,
          score: undefined,
          feedback: undefined,
          referrals: {},
          complaints: undefined,
        };
      },
    },
    scores: {
      async saveScore(_tenant, guestId, score, _revision, now) {
        writes.push(guestId);
        return { ...score, computedAt: now.toISOString(), revision: 1 };
      },
      async recordReferral() {},
    },
    tenants: { readSettings: async () => ({ config: defaultTenantConfig, population: defaultPopulation }) },
    estimateLifetime,
    now: () => new Date('2026-12-04T10:00:00Z'),
  };
}

describe('scoreBatch', () => {
  it('reports only the throttled record for retry and scores its neighbours, once per guest', async () => {
    const reads: string[] = [];
    const writes: string[] = [];
    const failed: unknown[] = [];
    const event = {
      Records: [
        record('T#demo#G#a', '1'),
        record('T#demo#G#b', '2'),
        record('T#demo#G#a', '3'),
        record('T#demo#G#c', '4'),
      ],
    };

    const response = await scoreBatch(event, {} as Context, depsWithThrottledGuest('b', reads, writes), {
      record: async (reason) => void failed.push(reason),
    });

    expect(response.batchItemFailures).toEqual([{ itemIdentifier: '2' }]);
    expect(reads.sort()).toEqual(['a', 'b', 'c']);
    expect(writes.sort()).toEqual(['a', 'c']);
    expect(failed).toEqual([]);
  });

  it('sends a record that names no guest to the failure destination and succeeds it', async () => {
    const failed: string[] = [];
    const response = await scoreBatch(
      { Records: [record('APIKEY#abc', '9')] },
      {} as Context,
      depsWithThrottledGuest('x', [], []),
      {
        record: async (reason) => void failed.push(reason),
      },
    );

    expect(response.batchItemFailures).toEqual([]);
    expect(failed).toEqual(['the record names no guest partition']);
  });
});
