import { TransactWriteCommand } from '@aws-sdk/lib-dynamodb';
import type { Store } from './client.js';
import { translateStoreError } from './errors.js';

/** A put that must only happen while its condition holds (not yet there, still at a version). */
export interface ConditionalPut {
  Item: Record<string, unknown>;
  ConditionExpression: string;
  ExpressionAttributeValues?: Record<string, unknown>;
}

const perTransaction = 100;
const maxAttempts = 10;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

type Cancelled = Error & { CancellationReasons?: { Code?: string }[] };

/**
 * Writes many conditional puts of distinct items in transactions of up to 100: one call where
 * one put each would cost a round trip. A put whose condition fails is left out and the rest of
 * its transaction sent again, so the answer says, for each put, whether it was written.
 */
export async function putAllWhereConditionsHold(store: Store, puts: ConditionalPut[]): Promise<boolean[]> {
  const written = puts.map(() => false);
  const chunks: number[][] = [];
  for (let start = 0; start < puts.length; start += perTransaction)
    chunks.push(Array.from({ length: Math.min(perTransaction, puts.length - start) }, (_, i) => start + i));
  await Promise.all(
    chunks.map(async (chunk) => {
      let pending = chunk;
      for (let attempt = 0; pending.length > 0; attempt += 1) {
        if (attempt >= maxAttempts)
          throw new Error(`${pending.length} puts still conflicting after ${maxAttempts} tries`);
        try {
          await store.client.send(
            new TransactWriteCommand({
              TransactItems: pending.map((i) => ({ Put: { TableName: store.tableName, ...puts[i]! } })),
            }),
          );
          for (const i of pending) written[i] = true;
          return;
        } catch (error) {
          if (!(error instanceof Error) || error.name !== 'TransactionCanceledException')
            throw translateStoreError(error);
          const reasons = (error as Cancelled).CancellationReasons ?? [];
          const failedCondition = (k: number) => reasons[k]?.Code === 'ConditionalCheckFailed';
          // Conflicts with another writer and the innocent bystanders of a failed condition are tried again.
          if (!pending.some((_, k) => failedCondition(k))) await sleep(Math.min(1_000, 20 * 2 ** attempt));
          pending = pending.filter((_, k) => !failedCondition(k));
        }
      }
    }),
  );
  return written;
}
