import * as Aerospike from 'aerospike';
import { expect, it } from 'vitest';
import { incrementExactlyOnce, type CounterBins } from '../../src/node-failure/exactly-once';
import { describeLive, freshKey, NO_CLIENT_RETRIES, withClient, withFaultProxy } from '../support/live';

const DAY_MS = 24 * 60 * 60 * 1000;

// On one node; the cluster test kills a node under 16 writers.
describeLive('the exactly-once increment', () => {
  it('a retry whose first attempt was applied, answer lost, finds it applied and adds nothing', async () => {
    const key = freshKey('once');
    await withFaultProxy(async (client, proxy) => {
      expect(await incrementExactlyOnce(client, key, { writer: 'w', seq: 1 })).toBe('applied');
      // The read passes; the write is applied but its answer lost (-6, in doubt): the loop reads
      // again, and the operation id says the increment is in.
      await proxy.failNext(1, 'pass');
      await proxy.failNext(1, 'drop-after-send');
      expect(await incrementExactlyOnce(client, key, { writer: 'w', seq: 2 })).toBe('already-applied');
    }, NO_CLIENT_RETRIES);
    const { bins } = await withClient((client) => client.get<CounterBins>(key));
    expect(bins.count).toBe(2);
  });

  it('drops the writers it has not heard from for longer than the retention, keeps the rest', async () => {
    const key = freshKey('once');
    const now = Date.now();
    const stale: CounterBins = {
      count: 7,
      applied: { old: { seq: 3, at: now - 2 * DAY_MS }, recent: { seq: 5, at: now - 1000 } },
    };
    await withClient(async (client) => {
      await client.put(key, stale);
      expect(await incrementExactlyOnce(client, key, { writer: 'w', seq: 1 }, { retainMs: DAY_MS })).toBe(
        'applied',
      );
      const { bins } = await client.get<CounterBins>(key);
      expect(bins.count).toBe(8);
      expect(Object.keys(bins.applied).sort()).toEqual(['recent', 'w']);
    });
  });
});
