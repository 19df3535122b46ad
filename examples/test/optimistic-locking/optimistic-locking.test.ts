import * as Aerospike from 'aerospike';
import { expect, it } from 'vitest';
import { incrementCounter } from '../../src/optimistic-locking/optimistic-locking';
import { describeLive, freshKey, rejectsWithCode, withClient } from '../support/live';

const WORKERS = 16;
const INCREMENTS_EACH = 150;

describeLive('optimistic locking with generations', () => {
  it(`loses no update with ${WORKERS} concurrent incrementers`, async () => {
    const key = freshKey('counters'); // no record yet: the create-only path races too
    await withClient(async (client) => {
      const worker = async () => {
        for (let i = 0; i < INCREMENTS_EACH; i += 1) await incrementCounter(client, key, 'hits');
      };
      await Promise.all(Array.from({ length: WORKERS }, worker));
      const record = await client.get(key);
      expect(record.bins.hits).toBe(WORKERS * INCREMENTS_EACH);
      expect(record.gen).toBe(WORKERS * INCREMENTS_EACH); // one write per increment, no more
    });
  }, 120_000);

  it('a write with a stale generation really returns ERR_RECORD_GENERATION (3)', async () => {
    const key = freshKey('counters');
    await withClient(async (client) => {
      await client.put(key, { hits: 1 });
      const { gen } = await client.get(key);
      await client.put(key, { hits: 2 }); // another writer moves the generation on
      const policy = new Aerospike.WritePolicy({ gen: Aerospike.policy.gen.EQ });
      await rejectsWithCode(
        client.put(key, { hits: 99 }, { gen }, policy),
        Aerospike.status.ERR_RECORD_GENERATION,
      );
      expect((await client.get(key)).bins).toEqual({ hits: 2 });
    });
  });
});
