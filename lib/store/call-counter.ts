import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';

/** DynamoDB commands sent by this process, by operation (`QueryCommand`, …). */
const sent = new Map<string, number>();

/**
 * Counts every command a client sends, once per command whatever its retries: the unit the
 * benchmark's "calls per request" goals are stated in. A Map increment per call costs nothing
 * beside a network round trip.
 */
export function countCommands(client: DynamoDBClient): void {
  client.middlewareStack.add(
    (next, context) => (args) => {
      const name = context.commandName ?? 'unknown';
      sent.set(name, (sent.get(name) ?? 0) + 1);
      return next(args);
    },
    { step: 'initialize', name: 'countDynamoDbCommands' },
  );
}

/** A snapshot of the counts so far, by operation. */
export function sentCommands(): Record<string, number> {
  return Object.fromEntries(sent);
}

/** Commands sent between two snapshots, in all and by operation. */
export function commandsBetween(
  before: Record<string, number>,
  after: Record<string, number>,
): { total: number; byOperation: Record<string, number> } {
  const byOperation: Record<string, number> = {};
  let total = 0;
  for (const [name, count] of Object.entries(after)) {
    const delta = count - (before[name] ?? 0);
    if (delta > 0) byOperation[name] = delta;
    total += delta;
  }
  return { total, byOperation };
}
