import { createServer } from 'node:http';
import { QueryCommand } from '@aws-sdk/lib-dynamodb';
import type { Store } from '../store/client.js';
import { guestHeaderPrefix, keys } from '../store/keys.js';

/**
 * The floor a personalised answer is measured against: a bare Node HTTP server that does the least
 * any server must do to answer the booking engine from one Query: read the JSON body for the
 * guest's id, Query that guest's partition on the same DynamoDB Local, and send back what it read.
 * No credentials, no validation, no logs, no rules: those are the product's own cost.
 */
export async function startFloorServer(store: Store, tenant: string): Promise<{ url: string; close(): Promise<void> }> {
  const server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const { guestId } = JSON.parse(Buffer.concat(chunks).toString('utf8')) as { guestId: string };
      store.client
        .send(
          new QueryCommand({
            TableName: store.tableName,
            KeyConditionExpression: 'pk = :pk AND begins_with(sk, :prefix)',
            ExpressionAttributeValues: { ':pk': keys.guestPartition(tenant, guestId), ':prefix': guestHeaderPrefix },
          }),
        )
        .then(({ Items = [] }) => {
          response.writeHead(200, { 'content-type': 'application/json' });
          response.end(JSON.stringify(Items));
        })
        .catch(() => {
          response.writeHead(500);
          response.end();
        });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return { url: `http://127.0.0.1:${port}/`, close: () => new Promise((resolve) => server.close(() => resolve())) };
}
