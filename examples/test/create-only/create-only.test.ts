import * as Aerospike from 'aerospike';
import { expect, it } from 'vitest';
import { createIfAbsent, createOnce, upsert } from '../../src/create-only/create-only';
import {
  describeLive,
  freshKey,
  NO_CLIENT_RETRIES,
  rejectsWithCode,
  withClient,
  withFaultProxy,
} from '../support/live';

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

describeLive('create-only after a lost answer', () => {
  it('createIfAbsent calls its own first attempt a conflict; createOnce recognises it', async () => {
    const [plain, once] = [freshKey('signups'), freshKey('signups')];
    await withFaultProxy(async (client, proxy) => {
      // Each first attempt is applied, but its answer never reaches the client (-6, in doubt).
      await proxy.failNext(1, 'drop-after-send');
      const lost = await rejectsWithCode(
        createIfAbsent(client, plain, { owner: 'me' }),
        Aerospike.status.ERR_ASYNC_CONNECTION,
      );
      expect(lost.inDoubt).toBe(true);
      expect(await createIfAbsent(client, plain, { owner: 'me' })).toBe(false); // wrong: it is ours

      await proxy.failNext(1, 'drop-after-send');
      await rejectsWithCode(
        createOnce(client, once, { owner: 'me' }, 'req-42'),
        Aerospike.status.ERR_ASYNC_CONNECTION,
      );
      expect(await createOnce(client, once, { owner: 'me' }, 'req-42')).toBe('created');
      expect(await createOnce(client, once, { owner: 'you' }, 'req-43')).toBe('exists');
    }, NO_CLIENT_RETRIES);
    const record = await withClient((client) => client.get(once));
    expect(record.bins).toEqual({ owner: 'me', createdBy: 'req-42' });
    expect(record.gen).toBe(1);
  });
});
