import * as Aerospike from 'aerospike';
import { expect, it } from 'vitest';
import { configWithTimeouts, getWithin, writeOnce } from '../../src/timeouts/timeouts';
import {
  describeLive,
  freshKey,
  storedKey,
  NO_CLIENT_RETRIES,
  rejectsWithCode,
  withClient,
  withFaultProxy,
} from '../support/live';

describeLive('timeouts', () => {
  it('a command against a slow server times out with ERR_TIMEOUT (9) within totalTimeout', async () => {
    const key = await storedKey('timeouts', { v: 1 });
    await withFaultProxy(async (client, proxy) => {
      await proxy.delay(1_500);
      const started = performance.now();
      await rejectsWithCode(getWithin(client, key, 300), Aerospike.status.ERR_TIMEOUT);
      const elapsed = performance.now() - started;
      expect(elapsed).toBeGreaterThanOrEqual(290);
      expect(elapsed).toBeLessThan(800);
    });
  });

  it('the client-wide read policy retries inside its 500 ms budget, then gives up', async () => {
    const key = await storedKey('timeouts', { v: 1 });
    const proxyConfig = configWithTimeouts('unused');
    await withFaultProxy(
      async (client, proxy) => {
        await proxy.delay(1_500);
        const before = await proxy.commandsSeen();
        const started = performance.now();
        const error = await rejectsWithCode(client.get(key), Aerospike.status.ERR_TIMEOUT);
        const elapsed = performance.now() - started;
        // socketTimeout 200 ms per try, maxRetries 2: up to three tries, about 600 ms... capped
        // by totalTimeout 500, which on a busy machine can leave no time for the third. The
        // client times its budget from a few ms after `started`, by a clock of its own: a busy
        // matrix run measured 489 ms. It did not give up after one or two socket timeouts.
        expect(elapsed).toBeGreaterThanOrEqual(450);
        // Gave up well before the slow server (1.5 s) would have answered.
        expect(elapsed).toBeLessThan(1_400);
        const tries = Number(/iterations=(\d+)/.exec(error.message)?.[1]);
        expect(tries).toBeGreaterThanOrEqual(2);
        expect(tries).toBeLessThanOrEqual(3);
        expect((await proxy.commandsSeen()) - before).toBe(tries);
      },
      { policies: proxyConfig.policies },
    );
  });

  it('a write that timed out is in doubt: it may not have been applied...', async () => {
    const key = await storedKey('timeouts', { balance: 100 });
    await withFaultProxy(async (client, proxy) => {
      await proxy.failNext(1, 'blackhole'); // the server never sees it
      expect(await writeOnce(client, key, { balance: 50 })).toBe('unknown');
    }, NO_CLIENT_RETRIES);
    expect((await withClient((client) => client.get(key))).bins).toEqual({ balance: 100 });
  });

  it('...or it may have been applied', async () => {
    const key = await storedKey('timeouts', { balance: 100 });
    await withFaultProxy(async (client, proxy) => {
      await proxy.failNext(1, 'drop-after-send'); // applied, but the answer is lost
      expect(await writeOnce(client, key, { balance: 50 })).toBe('unknown');
    }, NO_CLIENT_RETRIES);
    expect((await withClient((client) => client.get(key))).bins).toEqual({ balance: 50 });
  });

  it('a write the server refused is known not to be written', async () => {
    const key = freshKey('timeouts');
    await withClient(async (client) => {
      await client.put(key, { balance: 100 });
      const createOnly = new Aerospike.WritePolicy({ exists: Aerospike.policy.exists.CREATE });
      expect(await writeOnce(client, key, { balance: 1 }, createOnly)).toBe('not-written');
      expect(await writeOnce(client, freshKey('timeouts'), { balance: 1 })).toBe('written');
    });
  });
});
