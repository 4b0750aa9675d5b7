import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import type { DevCredentials } from '../../lib/local/dev-credentials.js';
import { startLocalStack } from '../../lib/local/stack.js';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
    credentials: DevCredentials;
    dataDirectory: string;
  }
}

/** One local stack for the integration run: DynamoDB Local in memory, the gateway on a free port. */
export default async function setup(project: TestProject) {
  const dataDirectory = mkdtempSync(join(tmpdir(), 'loyalty-test-'));
  const stack = await startLocalStack({ dataDirectory, inMemory: true, port: 0, tableName: 'loyalty-test' });
  project.provide('baseUrl', stack.url);
  project.provide('credentials', stack.credentials);
  project.provide('dataDirectory', dataDirectory);
  return async () => {
    await stack.stop();
    rmSync(dataDirectory, { recursive: true, force: true });
  };
}
