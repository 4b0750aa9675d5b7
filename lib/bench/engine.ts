import { startDynamoDbLocal } from '../local/dynamodb-local.js';
import { ensureLocalTable } from '../local/table.js';
import { openStore, type Store } from '../store/client.js';

/** DynamoDB Local with the product's table and nothing else running against it. */
export interface EngineUnderTest {
  store: Store;
  endpoint: string;
  tableName: string;
  stop(): Promise<void>;
}

/**
 * The engine alone, for the bulk cases (recalculation, import): on AWS the stream's consumers run
 * on their own capacity, so here no stream poller shares the two cores with the job measured.
 */
export async function startEngine(tableName: string): Promise<EngineUnderTest> {
  const database = await startDynamoDbLocal();
  await ensureLocalTable(database.endpoint, tableName);
  const store = openStore({ tableName, endpoint: database.endpoint });
  return { store, endpoint: database.endpoint, tableName, stop: () => database.stop() };
}
