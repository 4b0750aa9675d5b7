import { BatchGetCommand, BatchWriteCommand } from '@aws-sdk/lib-dynamodb';
import type { Store } from '../store/client.js';

type Item = Record<string, unknown>;
type Key = { pk: string; sk: string };

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const backoff = (attempt: number) => Math.min(2_000, 25 * 2 ** attempt) * (0.5 + Math.random() / 2);
const maxAttempts = 10;

/** Reads up to 100 items by key, retrying what DynamoDB leaves unprocessed. */
export async function batchGet({ client, tableName }: Store, keys: Key[]): Promise<Map<string, Item>> {
  const found = new Map<string, Item>();
  let pending: Key[] = keys;
  for (let attempt = 0; pending.length > 0; attempt += 1) {
    if (attempt >= maxAttempts)
      throw new Error(`${pending.length} reads still unprocessed after ${maxAttempts} attempts`);
    if (attempt > 0) await sleep(backoff(attempt));
    const result = await client.send(new BatchGetCommand({ RequestItems: { [tableName]: { Keys: pending } } }));
    for (const item of result.Responses?.[tableName] ?? []) found.set(`${item.pk}|${item.sk}`, item);
    pending = (result.UnprocessedKeys?.[tableName]?.Keys ?? []) as Key[];
  }
  return found;
}

/** Writes up to 25 items, retrying unprocessed ones with exponential backoff and jitter. */
export async function batchPut({ client, tableName }: Store, items: Item[]): Promise<void> {
  let pending = items.map((Item) => ({ PutRequest: { Item } }));
  for (let attempt = 0; pending.length > 0; attempt += 1) {
    if (attempt >= maxAttempts)
      throw new Error(`${pending.length} writes still unprocessed after ${maxAttempts} attempts`);
    if (attempt > 0) await sleep(backoff(attempt));
    const result = await client.send(new BatchWriteCommand({ RequestItems: { [tableName]: pending } }));
    pending = (result.UnprocessedItems?.[tableName] ?? []) as typeof pending;
  }
}
