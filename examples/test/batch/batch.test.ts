import * as Aerospike from 'aerospike';
import { expect, it } from 'vitest';
import { createMany, readMany } from '../../src/batch/batch';
import {
  describeLive,
  freshKey,
  NO_CLIENT_RETRIES,
  rejectsWithCode,
  storedKey,
  withClient,
  withFaultProxy,
} from '../support/live';
import { clientBehaviour, onlyFor } from '../support/client-behaviour';
import { expectRecordedReport } from '../support/figures';

/** Batch creates whose first attempt was applied and its answer lost. */
interface InDoubtFigures {
  keys: number;
  /** batchWrite() with no policy: the client's batchParentWrite policy. */
  noPolicy: { attempts: number; code: number; inDoubt: boolean };
  /** The same with `new BatchPolicy({ totalTimeout })`: retried, and resolved. */
  withPolicy: { attempts: number; statuses: number[]; inDoubt: boolean[]; ownRecords: number };
  /** The same records created again, one attempt: the same code, not in doubt. */
  sentOnce: { statuses: number[]; inDoubt: boolean[] };
  /** Attempts of a batch with that policy when every attempt's connection drops. */
  attemptsWhenEveryAttemptDrops: number;
}

function formatInDoubt(run: InDoubtFigures): string {
  const results = (r: { statuses: number[]; inDoubt: boolean[] }) =>
    `statuses ${r.statuses.join(', ')}, inDoubt ${r.inDoubt.join(', ')}`;
  return [
    `a create-only batch of ${run.keys} new records; the first attempt is applied, its answer lost:`,
    `  batchWrite(records):`,
    `    ${run.noPolicy.attempts} attempt; rejects with ${run.noPolicy.code}, error.inDoubt ${run.noPolicy.inDoubt}`,
    `  batchWrite(records, new Aerospike.BatchPolicy({ totalTimeout: 2000 })):`,
    `    ${run.withPolicy.attempts} attempts; resolves, ${results(run.withPolicy)}`,
    `    records that hold this call's bins: ${run.withPolicy.ownRecords} of ${run.keys}`,
    `  the same records created again, sent once: ${results(run.sentOnce)}`,
    `  the same policy, every attempt's connection dropped: ${run.attemptsWhenEveryAttemptDrops} attempts`,
    '',
  ].join('\n');
}

/** Create-only batch records for `keys`, each writing bin `by`. */
const createOnly = (keys: Aerospike.Key[], by: string) =>
  keys.map((key) => ({
    type: Aerospike.batchType.BATCH_WRITE,
    key,
    ops: [Aerospike.operations.write('by', by)],
    policy: new Aerospike.BatchWritePolicy({ exists: Aerospike.policy.exists.CREATE }),
  }));

const statusesOf = (results: Aerospike.BatchResult[]) => ({
  statuses: results.map((r) => Number(r.status)),
  inDoubt: results.map((r) => r.inDoubt),
});

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
      expect(outcome.inDoubt).toEqual([]);
      expect(outcome.failed).toEqual([]);
      for (const key of existing) expect((await client.get(key)).bins).toEqual({ v: 'old' });
      for (const key of fresh) expect((await client.get(key)).bins).toEqual({ v: 'new' });
    });
  });

  it('the calls that take a list of keys reject with -16 when one record fails, although they processed the others', async () => {
    // Aerospike.status.BATCH_FAILED; client 5.13.2 reports the code without naming it.
    const BATCH_FAILED = -16;
    const badNamespace = new Aerospike.Key('no_such_ns', 'batch', 'x');
    await withClient(async (client) => {
      const key = await storedKey('batch', { n: 1 });
      await rejectsWithCode(client.batchGet([key, badNamespace]), BATCH_FAILED);
      await rejectsWithCode(client.batchExists([key, badNamespace]), BATCH_FAILED);
      await rejectsWithCode(client.batchSelect([key, badNamespace], ['n']), BATCH_FAILED);
      await rejectsWithCode(client.batchRemove([key, badNamespace]), BATCH_FAILED);
      expect(await client.exists(key)).toBe(false); // removed all the same
      // batchRead() resolves with the same two keys: a status for each.
      const results = await client.batchRead([badNamespace, key].map((k) => ({ key: k, readAllBins: true })));
      expect(results.map((r) => r.status)).toEqual([
        Aerospike.status.ERR_NAMESPACE_NOT_FOUND,
        Aerospike.status.ERR_RECORD_NOT_FOUND,
      ]);
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

  it('a batch write the client sent again: records its first attempt created come back with 5 and inDoubt, and createMany() sets them apart; a BatchPolicy retries where no policy does not', async () => {
    const twoKeys = () => [freshKey('batch'), freshKey('batch')];
    const policy = new Aerospike.BatchPolicy({ totalTimeout: 2000 });
    const figures = await withFaultProxy(async (client, proxy) => {
      const counted = async <T>(run: () => Promise<T>) => {
        const before = await proxy.commandsSeen();
        const result = await run();
        return { result, attempts: (await proxy.commandsSeen()) - before };
      };
      await proxy.failNext(1, 'drop-after-send');
      const noPolicy = await counted(() =>
        rejectsWithCode(
          client.batchWrite(createOnly(twoKeys(), 'me')),
          Aerospike.status.ERR_ASYNC_CONNECTION,
        ),
      );

      const keys = twoKeys();
      await proxy.failNext(1, 'drop-after-send');
      const withPolicy = await counted(() => client.batchWrite(createOnly(keys, 'me'), policy));
      const own = await Promise.all(keys.map((key) => client.get(key)));
      const sentOnce = await client.batchWrite(createOnly(keys, 'someone else'), policy);

      // createMany() puts such records in inDoubt, not in existed.
      const entries = twoKeys().map((key) => ({ key, bins: { by: 'me' } }));
      await proxy.failNext(1, 'drop-after-send');
      expect(await createMany(client, entries, policy)).toEqual({
        created: 0,
        existed: [],
        inDoubt: entries.map((e) => e.key),
        failed: [],
      });

      await proxy.failNext(10, 'drop');
      const dropped = await counted(() =>
        rejectsWithCode(
          client.batchWrite(createOnly(twoKeys(), 'me'), policy),
          Aerospike.status.ERR_ASYNC_CONNECTION,
        ),
      );
      await proxy.heal();
      return {
        keys: keys.length,
        noPolicy: {
          attempts: noPolicy.attempts,
          code: Number(noPolicy.result.code),
          inDoubt: noPolicy.result.inDoubt === true,
        },
        withPolicy: {
          attempts: withPolicy.attempts,
          ...statusesOf(withPolicy.result),
          ownRecords: own.filter((record) => record.bins.by === 'me').length,
        },
        sentOnce: statusesOf(sentOnce),
        attemptsWhenEveryAttemptDrops: dropped.attempts,
      } satisfies InDoubtFigures;
    });
    const recorded = expectRecordedReport('batch/in-doubt', figures, formatInDoubt);
    const { ERR_ASYNC_CONNECTION, ERR_RECORD_EXISTS } = Aerospike.status;
    for (const run of [figures, recorded]) {
      expect(run.noPolicy).toEqual({ attempts: 1, code: ERR_ASYNC_CONNECTION, inDoubt: true });
      expect(run.withPolicy).toEqual({
        attempts: 2,
        statuses: [ERR_RECORD_EXISTS, ERR_RECORD_EXISTS],
        inDoubt: [true, true],
        ownRecords: run.keys,
      });
      expect(run.sentOnce).toEqual({
        statuses: [ERR_RECORD_EXISTS, ERR_RECORD_EXISTS],
        inDoubt: [false, false],
      });
      expect(run.attemptsWhenEveryAttemptDrops).toBeGreaterThan(1);
    }
  });
});
