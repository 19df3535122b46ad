import { randomUUID } from 'node:crypto';
import * as Aerospike from 'aerospike';
import { expect, it } from 'vitest';
import { incrementExactlyOnce, type CounterBins } from '../../src/node-failure/exactly-once';
import { incrementRetryingCas } from '../../src/node-failure/retry-cas';
import { isTransient } from '../../src/retry/retry';
import { partitionOf } from '../support/cluster';
import { describeCluster, sleep, useCluster } from '../support/cluster-live';
import { countFailures, expectRecordedReport, formatCodes } from '../support/figures';

const WRITERS = 16;

/** Short deadlines, as a latency-bound service sets them: timed-out writes are in doubt. */
const TIGHT_DEADLINES: Aerospike.ConfigOptions = {
  policies: {
    read: new Aerospike.ReadPolicy({ socketTimeout: 250, totalTimeout: 500 }),
    write: new Aerospike.WritePolicy({ socketTimeout: 250, totalTimeout: 500 }),
  },
};

/** A key in namespace `test` whose digest the client has computed. */
async function digestedKey(client: Aerospike.Client, set: string): Promise<Aerospike.Key> {
  const key = new Aerospike.Key('test', set, `${set}-${randomUUID()}`);
  await client.exists(key);
  if (!key.digest) throw new Error('the client computed no digest');
  return key;
}

/**
 * Calls `increment` until it succeeds. A call gives up after many conflicts or transient
 * errors in a row; any other error fails the test, and so does a minute without success.
 */
async function untilSuccess<T>(increment: () => Promise<T>, onGiveUp: () => void): Promise<T> {
  const deadline = Date.now() + 60_000;
  for (;;) {
    try {
      return await increment();
    } catch (error) {
      // A transient code the loop gave up on, or the breaker (-14), which it leaves to its caller.
      const gaveUp =
        !(error instanceof Aerospike.AerospikeError) ||
        error.code === Aerospike.status.MAX_ERROR_RATE ||
        isTransient(error);
      if (!gaveUp || Date.now() > deadline) throw error;
      onGiveUp();
    }
  }
}

interface KillFigures {
  writers: number;
  cas: { successes: number; callsGivenUp: number; counter: number };
  once: { successes: number; alreadyApplied: number; callsGivenUp: number; counter: number };
  failuresByCode: Record<string, number>;
}

/** What the guide shows of a run: the failed commands, and each counter against its successes. */
function formatKillReport(run: KillFigures): string {
  const difference = (counter: number, successes: number) =>
    counter === successes
      ? 'exact: none lost, none counted twice'
      : counter > successes
        ? `${counter - successes} counted twice`
        : `${successes - counter} lost`;
  return [
    `${run.writers} writers per counter; the node holding the counters' replica is killed, then restarted`,
    `failed commands: ${formatCodes(run.failuresByCode)}`,
    `check-and-set, every failure retried: ${run.cas.successes} successes, counter ${run.cas.counter} ` +
      `(${difference(run.cas.counter, run.cas.successes)})`,
    `exactly-once increment:               ${run.once.successes} successes, counter ${run.once.counter} ` +
      `(${difference(run.once.counter, run.once.successes)})`,
    `retries that found their increment already applied: ${run.once.alreadyApplied}`,
    '',
  ].join('\n');
}

describeCluster('a node killed under 16 writers', () => {
  const cluster = useCluster();

  it('plain check-and-set retries count twice; the exactly-once increment counts exactly', async () => {
    const nodes = cluster();
    const client = await Aerospike.connect({ hosts: nodes.hosts, ...TIGHT_DEADLINES });
    try {
      // The node to kill holds the replica of both counters: the master applies each write,
      // then waits for the replica's acknowledgement, which never comes.
      const replicaOf = (key: Aerospike.Key) => nodes.ownerOf(partitionOf(key.digest!), 1);
      const casKey = await digestedKey(client, 'cas');
      const victim = await replicaOf(casKey);
      let onceKey = await digestedKey(client, 'once');
      while ((await replicaOf(onceKey)) !== victim) onceKey = await digestedKey(client, 'once');
      const counted = countFailures(client);
      let running = true;
      const cas = { successes: 0, callsGivenUp: 0 };
      const once = { successes: 0, alreadyApplied: 0, callsGivenUp: 0 };

      // A call that gives up (too many conflicts or timeouts in a row) is called again, until
      // the increment is reported successful: every writer's count of successes is exact.
      const casWriter = async () => {
        while (running) {
          await untilSuccess(
            () => incrementRetryingCas(counted, casKey, 'count'),
            () => (cas.callsGivenUp += 1),
          );
          cas.successes += 1;
        }
      };
      const onceWriter = async (writer: string) => {
        for (let seq = 1; running; seq += 1) {
          // The same operation id on every call: retrying it is safe.
          const outcome = await untilSuccess(
            () => incrementExactlyOnce(counted, onceKey, { writer, seq }),
            () => (once.callsGivenUp += 1),
          );
          once.successes += 1;
          if (outcome === 'already-applied') once.alreadyApplied += 1;
        }
      };
      const writers = [
        ...Array.from({ length: WRITERS }, casWriter),
        ...Array.from({ length: WRITERS }, (_, i) => onceWriter(`w${i}`)),
      ];

      try {
        await sleep(1000);
        await nodes.kill(victim);
        await nodes.waitUntilSettled();
        await sleep(500);
        await nodes.restart(victim);
        await sleep(1000);
      } finally {
        // Every writer finishes before the client closes, also when the timeline failed.
        running = false;
        const failed = (await Promise.allSettled(writers)).find((result) => result.status === 'rejected');
        if (failed) throw failed.reason;
      }

      const casCount = (await client.get<{ count: number }>(casKey)).bins.count;
      const onceCount = (await client.get<CounterBins>(onceKey)).bins.count;
      const figures: KillFigures = {
        writers: WRITERS,
        cas: { ...cas, counter: casCount },
        once: { ...once, counter: onceCount },
        failuresByCode: counted.failuresByCode(),
      };
      console.info(formatKillReport(figures));
      const recorded = expectRecordedReport('node-failure/kill-counters', figures, formatKillReport);
      for (const run of [figures, recorded]) {
        expect(run.once.counter).toBe(run.once.successes); // none lost, none counted twice
        expect(run.once.successes).toBeGreaterThan(100);
        expect(run.cas.counter).toBeGreaterThan(run.cas.successes); // timed-out writes were applied
        expect(run.failuresByCode[Aerospike.status.ERR_TIMEOUT]).toBeGreaterThan(0);
      }
    } finally {
      client.close();
    }
  }, 60_000);
});
