/**
 * The one table's shape, shared by the CDK stack and the local launcher so both
 * create exactly the same keys and indexes. Index names follow their key attributes.
 */
export const tableKeys = { partitionKey: 'pk', sortKey: 'sk' } as const;

export interface IndexDefinition {
  indexName: string;
  partitionKey: string;
  sortKey: string;
}

export const globalIndexes: readonly IndexDefinition[] = [
  { indexName: 'gsi1', partitionKey: 'gsi1pk', sortKey: 'gsi1sk' },
  { indexName: 'gsi2', partitionKey: 'gsi2pk', sortKey: 'gsi2sk' },
  { indexName: 'gsi3', partitionKey: 'gsi3pk', sortKey: 'gsi3sk' },
  { indexName: 'gsi4', partitionKey: 'gsi4pk', sortKey: 'gsi4sk' },
];

/** Attribute DynamoDB expires items on (idempotency records, short-lived jobs). */
export const timeToLiveAttribute = 'expiresAt';
