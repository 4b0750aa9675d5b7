import { randomUUID } from 'node:crypto';
import { GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import { describe, expect, inject, it } from 'vitest';
import { openStore } from '../../../lib/store/client.js';
import { putAllWhereConditionsHold } from '../../../lib/store/conditional-puts.js';

const { endpoint, table } = inject('credentials').dynamodb;
const store = openStore({ tableName: table, endpoint });

describe('putAllWhereConditionsHold', () => {
  it('writes every put whose condition holds and says which did not, across several transactions', async () => {
    // Prepare: 230 new items (three transactions), every seventh already there with other content.
    const prefix = `cp-${randomUUID()}`;
    const keyOf = (i: number) => ({ pk: `${prefix}#${i}`, sk: 'X' });
    const existing = new Set(Array.from({ length: 230 }, (_, i) => i).filter((i) => i % 7 === 0));
    for (const i of existing)
      await store.client.send(new PutCommand({ TableName: table, Item: { ...keyOf(i), owner: 'someone else' } }));

    // Act
    const written = await putAllWhereConditionsHold(
      store,
      Array.from({ length: 230 }, (_, i) => ({
        Item: { ...keyOf(i), owner: 'import' },
        ConditionExpression: 'attribute_not_exists(pk)',
      })),
    );

    // Assess
    expect(written).toEqual(Array.from({ length: 230 }, (_, i) => !existing.has(i)));
    for (const i of [0, 1, 7, 229]) {
      const { Item } = await store.client.send(new GetCommand({ TableName: table, Key: keyOf(i) }));
      expect(Item?.owner).toBe(existing.has(i) ? 'someone else' : 'import');
    }
  });

  it('answers an empty list for no puts', async () => {
    expect(await putAllWhereConditionsHold(store, [])).toEqual([]);
  });
});
