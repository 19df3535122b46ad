import * as Aerospike from 'aerospike';
import { expect, it } from 'vitest';
import { createIfAbsent, upsert } from '../../src/create-only/create-only';
import { describeLive, freshKey, rejectsWithCode, withClient } from '../support/live';

describeLive('create-only vs upsert', () => {
  it('has exactly one winner when 20 writers create the same key at once', async () => {
    const key = freshKey('signups');
    await withClient(async (client) => {
      const results = await Promise.all(
        Array.from({ length: 20 }, (_, i) => createIfAbsent(client, key, { owner: `writer-${i}` })),
      );
      const winners = results.flatMap((created, i) => (created ? [i] : []));
      expect(winners).toHaveLength(1);
      const record = await client.get(key);
      expect(record.bins).toEqual({ owner: `writer-${winners[0]}` });
      expect(record.gen).toBe(1); // nobody overwrote the winner
    });
  });

  it('create-only on an existing record is ERR_RECORD_EXISTS (5); upsert never is', async () => {
    const key = freshKey('signups');
    await withClient(async (client) => {
      await upsert(client, key, { owner: 'first' });
      const createOnly = new Aerospike.WritePolicy({ exists: Aerospike.policy.exists.CREATE });
      await rejectsWithCode(
        client.put(key, { owner: 'second' }, null, createOnly),
        Aerospike.status.ERR_RECORD_EXISTS,
      );
      expect(await createIfAbsent(client, key, { owner: 'second' })).toBe(false);
      await upsert(client, key, { owner: 'third' });
      const record = await client.get(key);
      expect(record.bins).toEqual({ owner: 'third' });
      expect(record.gen).toBe(2);
    });
  });
});
