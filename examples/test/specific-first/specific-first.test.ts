import * as Aerospike from 'aerospike';
import { expect, it, vi } from 'vitest';
import { getProfile } from '../../src/specific-first/specific-first';
import {
  describeLive,
  freshKey,
  NO_CLIENT_RETRIES,
  rejectsWithCode,
  withClient,
  withFaultProxy,
} from '../support/live';

describeLive('specific errors first, then general', () => {
  it('returns the stored profile when the record exists', async () => {
    const key = freshKey('profiles');
    await withClient(async (client) => {
      await client.put(key, { name: 'Min-jun', plan: 'pro' });
      expect(await getProfile(client, key)).toEqual({ name: 'Min-jun', plan: 'pro' });
    });
  });

  it('turns ERR_RECORD_NOT_FOUND (2) into the default profile', async () => {
    await withClient(async (client) => {
      expect(await getProfile(client, freshKey('profiles'))).toEqual({ name: 'guest', plan: 'free' });
    });
  });

  it('reports a timeout (9) to the circuit-breaker hook and rethrows it', async () => {
    const onTimeout = vi.fn();
    await withFaultProxy(async (client, proxy) => {
      await proxy.failNext(1, 'blackhole');
      await rejectsWithCode(
        getProfile(client, freshKey('profiles'), onTimeout),
        Aerospike.status.ERR_TIMEOUT,
      );
    }, NO_CLIENT_RETRIES);
    expect(onTimeout).toHaveBeenCalledOnce();
    expect(onTimeout.mock.calls[0]![0].code).toBe(Aerospike.status.ERR_TIMEOUT);
  });

  it('logs any other Aerospike error and rethrows it', async () => {
    const logged = vi.spyOn(console, 'error').mockImplementation(() => {});
    try {
      await withClient(async (client) => {
        const key = new Aerospike.Key('no_such_ns', 'profiles', 'p1');
        await rejectsWithCode(getProfile(client, key), Aerospike.status.ERR_NAMESPACE_NOT_FOUND);
      });
      expect(logged).toHaveBeenCalledWith(expect.stringMatching(/^Aerospike error 20: /));
    } finally {
      logged.mockRestore();
    }
  });
});
