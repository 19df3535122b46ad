import * as Aerospike from 'aerospike';
import { expect, it } from 'vitest';
import { findUser, findUserCallback, findUsers } from '../../src/async/async-patterns';
import {
  captureLog,
  describeLive,
  NO_CLIENT_RETRIES,
  expectRecordedOutput,
  withClient,
  withFaultProxy,
} from '../support/live';
import { clientBehaviour, onlyFor } from '../support/client-behaviour';

function viaCallback(client: Aerospike.Client, id: string) {
  return new Promise<{ error: Error | null; bins: Aerospike.AerospikeBins | null }>((resolve) =>
    findUserCallback(client, id, (error, bins) => resolve({ error, bins })),
  );
}

describeLive('async patterns', () => {
  it('await + try/catch: found and not found', async () => {
    await withClient(async (client) => {
      await client.put(new Aerospike.Key('test', 'users', 'async-1'), { name: 'Seo-yeon' });
      expect(await findUser(client, 'async-1')).toEqual({ name: 'Seo-yeon' });
      expect(await findUser(client, 'async-missing')).toBeNull();
    });
  });

  it('callback: the error arrives as the first argument', async () => {
    await withClient(async (client) => {
      await client.put(new Aerospike.Key('test', 'users', 'async-2'), { name: 'Do-hyun' });
      expect(await viaCallback(client, 'async-2')).toEqual({ error: null, bins: { name: 'Do-hyun' } });
      expect(await viaCallback(client, 'async-missing')).toEqual({ error: null, bins: null });
    });
    await withFaultProxy(async (client, proxy) => {
      await proxy.failNext(1, 'blackhole');
      const { error } = await viaCallback(client, 'async-2');
      expect(error).toBeInstanceOf(Aerospike.AerospikeError);
      expect((error as Aerospike.AerospikeError).code).toBe(Aerospike.status.ERR_TIMEOUT);
    }, NO_CLIENT_RETRIES);
  });

  it('a mistake the client sees before sending is thrown at once, even given a callback', async (ctx) => {
    if (clientBehaviour.codesAddedLater.includes(Aerospike.status.TXN_ALREADY_ABORTED as number))
      ctx.skip(onlyFor('clients that have TXN_ALREADY_ABORTED (6.4.0 and later in the matrix)'));
    await withClient(async (client) => {
      const txn = new Aerospike.Transaction();
      await client.abort(txn);
      let called = false;
      let thrown: unknown;
      try {
        client.commit(txn, () => (called = true));
      } catch (error) {
        thrown = error;
      }
      expect(thrown).toBeInstanceOf(Aerospike.AerospikeError);
      expect((thrown as Aerospike.AerospikeError).code).toBe(Aerospike.status.TXN_ALREADY_ABORTED);
      expect(called).toBe(false);
    });
  });

  it('Promise.allSettled keeps every outcome, and prints the recorded output', async () => {
    await withClient(async (client) => {
      await client.put(new Aerospike.Key('test', 'users', 'ana'), { name: 'Ana' });
      await client.put(new Aerospike.Key('test', 'users', 'bo'), { name: 'Bo' });
      await client.remove(new Aerospike.Key('test', 'users', 'cy')).catch(() => undefined);
      const { result, output } = await captureLog(async () => {
        const users = await findUsers(client, ['ana', 'cy', 'bo']);
        console.log(users);
        return users;
      });
      expect(result.map((user) => user.found)).toEqual([true, false, true]);
      expectRecordedOutput('async/find-users', output);
    });
  });
});
