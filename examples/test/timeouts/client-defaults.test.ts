import * as Aerospike from 'aerospike';
import { expect, it } from 'vitest';
import { recordedFigures } from '../support/figures';
import { describeLive, rejectsWithCode, storedKey, withFaultProxy } from '../support/live';
import type { RemoteFaultProxy } from '../support/fault-proxy-client';

/**
 * The client's default policies, as the guide states them (`:default[read.maxRetries]` on a
 * page reads this run's record, examples/output/timeouts/client-defaults.json), each measured
 * on the live server through the fault proxy with a client given no policies of its own.
 */
interface ClientDefaults {
  read: { maxRetries: number; totalTimeout: number; attemptsWhenSilent: number };
  write: { maxRetries: number };
  operateRead: { maxRetries: number };
  operateWrite: { maxRetries: number };
  remove: { maxRetries: number };
}

/** How many times the client sent `command` while the proxy dropped every connection. */
async function attempts(proxy: RemoteFaultProxy, command: () => Promise<unknown>): Promise<number> {
  await proxy.failNext(10, 'drop');
  const before = await proxy.commandsSeen();
  await rejectsWithCode(command(), Aerospike.status.ERR_ASYNC_CONNECTION);
  const sent = (await proxy.commandsSeen()) - before;
  await proxy.heal();
  return sent;
}

describeLive('the client defaults the guide states', () => {
  it('reads (operate too, when it only reads) retry twice, writes and removes never; a silent node gets one attempt within totalTimeout', async () => {
    const key = await storedKey('defaults', { v: 1 });
    const measured = await withFaultProxy(async (client, proxy) => {
      const read = await attempts(proxy, () => client.get(key));
      const write = await attempts(proxy, () => client.put(key, { v: 2 }));
      // operate() retries as a read when it only reads, and as a write once it writes.
      const operateRead = await attempts(proxy, () => client.operate(key, [Aerospike.operations.read('v')]));
      const operateWrite = await attempts(proxy, () =>
        client.operate(key, [Aerospike.operations.incr('v', 1)]),
      );
      const remove = await attempts(proxy, () => client.remove(key));

      await proxy.delay(3_000);
      const started = performance.now();
      await rejectsWithCode(client.get(key), Aerospike.status.ERR_TIMEOUT);
      const elapsed = performance.now() - started;
      await proxy.heal();

      await proxy.failNext(5, 'blackhole');
      const before = await proxy.commandsSeen();
      await rejectsWithCode(client.get(key), Aerospike.status.ERR_TIMEOUT);
      const silent = (await proxy.commandsSeen()) - before;
      await proxy.heal();

      return {
        figures: {
          read: {
            maxRetries: read - 1,
            totalTimeout: Math.round(elapsed / 100) * 100,
            attemptsWhenSilent: silent,
          },
          write: { maxRetries: write - 1 },
          operateRead: { maxRetries: operateRead - 1 },
          operateWrite: { maxRetries: operateWrite - 1 },
          remove: { maxRetries: remove - 1 },
        } satisfies ClientDefaults,
        elapsed,
      };
    });
    const recorded = recordedFigures<ClientDefaults>('timeouts/client-defaults', measured.figures);
    // Counts are exact; the time the client gave up is the default budget plus a moment.
    expect({ ...measured.figures, read: { ...measured.figures.read, totalTimeout: 0 } }).toEqual({
      ...recorded,
      read: { ...recorded.read, totalTimeout: 0 },
    });
    expect(measured.elapsed).toBeGreaterThanOrEqual(recorded.read.totalTimeout - 10);
    expect(measured.elapsed).toBeLessThan(recorded.read.totalTimeout + 700);
  });
});
