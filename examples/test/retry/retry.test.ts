import * as Aerospike from 'aerospike';
import { expect, it } from 'vitest';
import { isTransient, withRetry } from '../../src/retry/retry';
import {
  describeLive,
  freshKey,
  storedKey,
  NO_CLIENT_RETRIES,
  rejectsWithCode,
  withClient,
  withFaultProxy,
} from '../support/live';

// Backoff is scaled down by its parameter, not by editing the example: 1 ms base delay.
const FAST = { baseDelayMs: 1, maxDelayMs: 5 };

describeLive('retry with exponential backoff and jitter', () => {
  it('succeeds on attempt N+1 after N dropped connections', async () => {
    const key = await storedKey('retry', { value: 'ok' });
    await withFaultProxy(async (client, proxy) => {
      const before = await proxy.commandsSeen();
      await proxy.failNext(2, 'drop');
      const retries: { code: number; attempt: number; delayMs: number }[] = [];
      const record = await withRetry(() => client.get(key), {
        ...FAST,
        maxRetries: 3,
        onRetry: (error, attempt, delayMs) => retries.push({ code: Number(error.code), attempt, delayMs }),
      });
      expect(record.bins).toEqual({ value: 'ok' });
      expect(retries.map((r) => [r.code, r.attempt])).toEqual([
        [Aerospike.status.ERR_ASYNC_CONNECTION, 1],
        [Aerospike.status.ERR_ASYNC_CONNECTION, 2],
      ]);
      // Each delay stays under its cap: base * 2^(attempt-1).
      for (const r of retries) expect(r.delayMs).toBeLessThan(FAST.baseDelayMs * 2 ** (r.attempt - 1));
      expect((await proxy.commandsSeen()) - before).toBe(3);
    }, NO_CLIENT_RETRIES);
  });

  it('surfaces the last error when every attempt fails', async () => {
    await withFaultProxy(async (client, proxy) => {
      const before = await proxy.commandsSeen();
      await proxy.failNext(4, 'drop');
      await rejectsWithCode(
        withRetry(() => client.get(freshKey('retry')), { ...FAST, maxRetries: 3 }),
        Aerospike.status.ERR_ASYNC_CONNECTION,
      );
      expect((await proxy.commandsSeen()) - before).toBe(4);
    }, NO_CLIENT_RETRIES);
  });

  it('retries a timeout the same way', async () => {
    const key = await storedKey('retry', { value: 'late' });
    await withFaultProxy(async (client, proxy) => {
      await proxy.failNext(1, 'blackhole');
      const codes: number[] = [];
      const record = await withRetry(() => client.get(key), {
        ...FAST,
        onRetry: (e) => codes.push(Number(e.code)),
      });
      expect(record.bins).toEqual({ value: 'late' });
      expect(codes).toEqual([Aerospike.status.ERR_TIMEOUT]);
    }, NO_CLIENT_RETRIES);
  });

  it('does not retry a non-transient error (record not found)', async () => {
    await withFaultProxy(async (client, proxy) => {
      const before = await proxy.commandsSeen();
      let retried = 0;
      await rejectsWithCode(
        withRetry(() => client.get(freshKey('retry')), { ...FAST, onRetry: () => (retried += 1) }),
        Aerospike.status.ERR_RECORD_NOT_FOUND,
      );
      expect(retried).toBe(0);
      expect((await proxy.commandsSeen()) - before).toBe(1);
    }, NO_CLIENT_RETRIES);
  });

  it('does not repeat an in-doubt write unless it is idempotent', async () => {
    const key = freshKey('retry');
    await withFaultProxy(async (client, proxy) => {
      await proxy.failNext(1, 'drop');
      const error = await rejectsWithCode(
        withRetry(() => client.put(key, { n: 1 }), FAST),
        Aerospike.status.ERR_ASYNC_CONNECTION,
      );
      expect(error.inDoubt).toBe(true);

      await proxy.failNext(1, 'drop');
      await withRetry(() => client.put(key, { n: 1 }), { ...FAST, idempotent: true });
    }, NO_CLIENT_RETRIES);
    expect((await withClient((client) => client.get(key))).bins).toEqual({ n: 1 });
  });

  it('the client already retries reads by itself (default maxRetries 2), but not writes (0)', async () => {
    const key = await storedKey('retry', { v: 1 });
    await withFaultProxy(async (client, proxy) => {
      await proxy.failNext(2, 'drop');
      expect((await client.get(key)).bins).toEqual({ v: 1 }); // third try inside the client succeeds
      await proxy.failNext(1, 'drop');
      const error = await rejectsWithCode(client.put(key, { v: 2 }), Aerospike.status.ERR_ASYNC_CONNECTION);
      expect(error.inDoubt).toBe(true);
    });
  });

  it('classifies codes', () => {
    const make = (code: number) => Object.assign(new Aerospike.AerospikeError('x'), { code });
    expect(isTransient(make(Aerospike.status.ERR_TIMEOUT))).toBe(true);
    expect(isTransient(make(Aerospike.status.ERR_RECORD_NOT_FOUND))).toBe(false);
    expect(isTransient(new Error('x'))).toBe(false);
  });
});
