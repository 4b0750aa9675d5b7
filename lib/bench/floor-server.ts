import { createServer } from 'node:http';
import { QueryCommand } from '@aws-sdk/lib-dynamodb';
import type { Store } from '../store/client.js';
import { guestHeaderPrefix, keys } from '../store/keys.js';

/**
 * The floor a personalised answer is measured against: a bare Node HTTP server that answers
 * every request with one Query of a guest's partition on the same DynamoDB Local.
 */
export async function startFloorServer(
  store: Store,
  tenant: string,
  guestId: string,
): Promise<{ url: string; close(): Promise<void> }> {
  const server = createServer((request, response) => {
    request.resume();
    store.client
      .send(
        new QueryCommand({
          TableName: store.tableName,
          KeyConditionExpression: 'pk = :pk AND begins_with(sk, :prefix)',
          ExpressionAttributeValues: { ':pk': keys.guestPartition(tenant, guestId), ':prefix': guestHeaderPrefix },
        }),
      )
      .then(({ Items }) => {
        response.writeHead(200, { 'content-type': 'application/json' });
        response.end(JSON.stringify({ items: Items?.length ?? 0 }));
      })
      .catch(() => {
        response.writeHead(500);
        response.end();
      });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return { url: `http://127.0.0.1:${port}/`, close: () => new Promise((resolve) => server.close(() => resolve())) };
}
