import * as Aerospike from 'aerospike';
import { expect, it } from 'vitest';
import { createMany, readMany } from '../../src/batch/batch';
import {
  describeLive,
  freshKey,
  NO_CLIENT_RETRIES,
  rejectsWithCode,
  withClient,
  withFaultProxy,
} from '../support/live';
import { clientBehaviour, onlyFor } from '../support/client-behaviour';

describeLive('batch errors', () => {
  it('sorts each key of a batch read by its own status', async () => {
    const present = [freshKey('batch'), freshKey('batch')];
    const missing = freshKey('batch');
    const badNamespace = new Aerospike.Key('no_such_ns', 'batch', 'x');
    await withClient(async (client) => {
      for (const [i, key] of present.entries()) await client.put(key, { n: i });
      const outcome = await readMany(client, [present[0]!, missing, badNamespace, present[1]!]);
      expect(outcome.found.map((record) => record.bins)).toEqual([{ n: 0 }, { n: 1 }]);
      expect(outcome.missing.map((key) => key.key)).toEqual([missing.key]);
      expect(outcome.failed).toEqual([{ key: badNamespace, code: Aerospike.status.ERR_NAMESPACE_NOT_FOUND }]);
    });
  });

  it('reports per-record failures of a batch write without failing the batch', async () => {
    const existing = [freshKey('batch'), freshKey('batch')];
    const fresh = [freshKey('batch'), freshKey('batch'), freshKey('batch')];
    await withClient(async (client) => {
      for (const key of existing) await client.put(key, { v: 'old' });
      const entries = [...existing, ...fresh].map((key) => ({ key, bins: { v: 'new' } }));
      const outcome = await createMany(client, entries);
      expect(outcome.created).toBe(3);
      expect(outcome.existed.map((key) => key.key)).toEqual(existing.map((key) => key.key));
      expect(outcome.retry).toEqual([]);
      expect(outcome.failed).toEqual([]);
      for (const key of existing) expect((await client.get(key)).bins).toEqual({ v: 'old' });
      for (const key of fresh) expect((await client.get(key)).bins).toEqual({ v: 'new' });
    });
  });

  it('a failure of the whole batch rejects the call with one error', async (ctx) => {
    if (!clientBehaviour.rejectsDroppedBatch) ctx.skip(onlyFor('every client but 6.0.0'));
    await withFaultProxy(async (client, proxy) => {
      await proxy.failNext(1, 'blackhole');
      await rejectsWithCode(
        readMany(client, [freshKey('batch'), freshKey('batch')]),
        Aerospike.status.ERR_TIMEOUT,
      );
      await proxy.failNext(1, 'drop');
      await rejectsWithCode(readMany(client, [freshKey('batch')]), Aerospike.status.ERR_ASYNC_CONNECTION);
    }, NO_CLIENT_RETRIES);
  });

  // Found by the compatibility matrix: with client 6.0.0 a dropped one-key batch resolves.
  it('client 6.0.0: a dropped one-key batch resolves, with -6 on its record', async (ctx) => {
    if (clientBehaviour.rejectsDroppedBatch) ctx.skip(onlyFor('client 6.0.0'));
    await withFaultProxy(async (client, proxy) => {
      await proxy.failNext(1, 'drop');
      const outcome = await readMany(client, [freshKey('batch')]);
      expect(outcome.found).toEqual([]);
      expect(outcome.failed.map((failure) => failure.code)).toEqual([Aerospike.status.ERR_ASYNC_CONNECTION]);
      // A batch of two keys still rejects as a whole, as with every other version.
      await proxy.failNext(1, 'drop');
      await rejectsWithCode(
        readMany(client, [freshKey('batch'), freshKey('batch')]),
        Aerospike.status.ERR_ASYNC_CONNECTION,
      );
      expect(await proxy.commandsSeen()).toBe(2);
    }, NO_CLIENT_RETRIES);
  });
});
