import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { countCommands } from './call-counter.js';

/** Where the table lives; the one place a DynamoDB client is made. */
export interface StoreLocation {
  tableName: string;
  /** Set for DynamoDB Local; unset on AWS. */
  endpoint?: string;
  region?: string;
}

export interface Store {
  client: DynamoDBDocumentClient;
  tableName: string;
}

/** Makes the document client once per location; removeUndefinedValues lets optional fields stay absent. */
export function openStore(location: StoreLocation): Store {
  const base = new DynamoDBClient({
    endpoint: location.endpoint,
    region: location.region ?? 'us-east-1',
    maxAttempts: 4,
    ...(location.endpoint ? { credentials: { accessKeyId: 'local', secretAccessKey: 'local' } } : {}),
  });
  countCommands(base);
  const client = DynamoDBDocumentClient.from(base, {
    marshallOptions: { removeUndefinedValues: true, convertClassInstanceToMap: false },
  });
  return { client, tableName: location.tableName };
}
