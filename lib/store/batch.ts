import {
  BatchGetCommand,
  BatchWriteCommand,
  QueryCommand,
  type QueryCommandInput,
  ScanCommand,
  type ScanCommandInput,
} from '@aws-sdk/lib-dynamodb';
import type { Store } from './client.js';
import { translateStoreError } from './errors.js';
import { stripKeys } from './items.js';

type Item = Record<string, unknown>;
type Key = { pk: string; sk: string };

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const backoff = (attempt: number) => Math.min(2_000, 25 * 2 ** attempt) * (0.5 + Math.random() / 2);
const maxAttempts = 10;

/** Reads up to 100 items by key (by `pk|sk`), retrying what DynamoDB leaves unprocessed. */
export async function batchGet(
  { client, tableName }: Store,
  keys: Key[],
  { consistent = false } = {},
): Promise<Map<string, Item>> {
  const found = new Map<string, Item>();
  let pending: Key[] = keys;
  for (let attempt = 0; pending.length > 0; attempt += 1) {
    if (attempt >= maxAttempts)
      throw new Error(`${pending.length} reads still unprocessed after ${maxAttempts} attempts`);
    if (attempt > 0) await sleep(backoff(attempt));
    const result = await client
      .send(new BatchGetCommand({ RequestItems: { [tableName]: { Keys: pending, ConsistentRead: consistent } } }))
      .catch((error) => Promise.reject(translateStoreError(error)));
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

/** Writes any number of items in batches of 25, `inFlight` batches at a time. */
export async function batchPutAll(store: Store, items: Item[], inFlight: number): Promise<void> {
  let next = 0;
  const writer = async () => {
    for (let start = next; start < items.length; start = next) {
      next += 25;
      await batchPut(store, items.slice(start, start + 25));
    }
  };
  await Promise.all(Array.from({ length: inFlight }, writer));
}

/** Every item a Query (or, with `scan`, a Scan) matches, following LastEvaluatedKey page by page. */
export async function readAllPages(
  { client }: Store,
  input: QueryCommandInput | ScanCommandInput,
  { scan = false } = {},
): Promise<Item[]> {
  const items: Item[] = [];
  let startKey: Record<string, unknown> | undefined;
  do {
    const page = await client
      .send(
        scan
          ? new ScanCommand({ ...input, ExclusiveStartKey: startKey })
          : new QueryCommand({ ...(input as QueryCommandInput), ExclusiveStartKey: startKey }),
      )
      .catch((error) => Promise.reject(translateStoreError(error)));
    items.push(...(page.Items ?? []));
    startKey = page.LastEvaluatedKey;
  } while (startKey);
  return items;
}

/** Key of a batchGet result. */
export const itemKey = (key: Key) => `${key.pk}|${key.sk}`;

/** Items of one guest's partition read together, consistently, by sort key (storage keys removed). */
export async function readGuestItems(store: Store, wanted: Key[]): Promise<Map<string, Item>> {
  const found = await batchGet(store, wanted, { consistent: true });
  return new Map([...found.values()].map((item) => [item.sk as string, stripKeys(item)]));
}
