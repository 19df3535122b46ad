import * as Aerospike from 'aerospike';
import { expect, it } from 'vitest';
import { readFromMaster, readMasterThenReplica } from '../../src/node-failure/replica-reads';
import { RETRYABLE_CODES } from '../../src/retry/retry';
import { describeCluster, sleep, useCluster } from '../support/cluster-live';
import { expectRecordedReport, formatCodes } from '../support/figures';
import { SteadyLoad, type Bucket, type Outcome } from '../support/steady-load';

const KEYS = 300;
const WORKERS = 8;
/** For setting up, on a machine that may be busy: not part of what is measured. */
const PATIENT = new Aerospike.WritePolicy({ totalTimeout: 10_000, maxRetries: 3 });

const READERS = 4;

/**
 * What the tests require of every run (the recorded one too), recorded with its figures so
 * that the page states them from the record: a worker waits less than `longestWaitMs` for a
 * success, failures stop within `failuresStopWithinMs` of the fault, and replica SEQUENCE
 * serves at least `minSequenceShare` percent of its reads.
 */
const LIMITS = { longestWaitMs: 5_000, failuresStopWithinMs: 10_000, minSequenceShare: 90 };

interface PolicyFigures {
  reads: number;
  served: number;
  failuresByCode: Record<string, number>;
}

interface ReplicaFigures {
  readersPerPolicy: number;
  minSequenceShare: number;
  windowMs: number;
  master: PolicyFigures;
  sequence: PolicyFigures;
}

const share = (run: PolicyFigures) => Math.round((100 * run.served) / run.reads);

function formatReplicaReport(run: ReplicaFigures): string {
  const line = (name: string, policy: PolicyFigures) =>
    `${name} ${share(policy)}% of ${policy.reads} reads served; failed: ${formatCodes(policy.failuresByCode)}`;
  return [
    `reads from the kill until the other two nodes had formed a cluster (${(run.windowMs / 1000).toFixed(1)} s):`,
    line('replica MASTER:  ', run.master),
    line('replica SEQUENCE:', run.sequence),
    '',
  ].join('\n');
}

type EventName = 'stop' | 'kill' | 'restart' | 'rejoined';

/** One fault and what the load saw of it, until the node had rejoined. */
interface FaultFigures {
  name: 'stop' | 'kill';
  atMs: number;
  restartAtMs: number;
  rejoinedAtMs: number;
  /** Failed commands while the node was down, and while it restarted and rejoined. */
  failuresByCode: Record<string, number>;
  rejoinFailuresByCode: Record<string, number>;
  /** From the fault to the last failure before the restart. */
  lastFailureAfterMs: number;
  /** The longest any worker went without a success between the fault and the restart. */
  longestWaitMs: number;
}

interface LoadFigures {
  limits: { longestWaitMs: number; failuresStopWithinMs: number };
  workers: number;
  keys: number;
  bucketMs: number;
  events: { name: EventName; atMs: number }[];
  buckets: Bucket[];
  faults: FaultFigures[];
}

function faultFigures(
  outcomes: Outcome[],
  name: 'stop' | 'kill',
  atMs: number,
  restartAtMs: number,
  rejoinedAtMs: number,
): FaultFigures {
  const failures = (from: number, to: number) => {
    const byCode: Record<string, number> = {};
    for (const { code } of outcomes.filter((outcome) => outcome.atMs >= from && outcome.atMs < to)) {
      if (code !== 0) byCode[code] = (byCode[code] ?? 0) + 1;
    }
    return byCode;
  };
  const down = outcomes.filter((outcome) => outcome.atMs >= atMs && outcome.atMs < restartAtMs);
  const lastFailure = down.filter((outcome) => outcome.code !== 0).at(-1);
  let longestWaitMs = 0;
  for (let worker = 0; worker < WORKERS; worker += 1) {
    let since = atMs; // the fault, then each success of this worker
    for (const outcome of down.filter((o) => o.worker === worker && o.code === 0)) {
      longestWaitMs = Math.max(longestWaitMs, outcome.atMs - since);
      since = outcome.atMs;
    }
    longestWaitMs = Math.max(longestWaitMs, restartAtMs - since);
  }
  return {
    name,
    atMs,
    restartAtMs,
    rejoinedAtMs,
    failuresByCode: failures(atMs, restartAtMs),
    rejoinFailuresByCode: failures(restartAtMs, rejoinedAtMs),
    lastFailureAfterMs: lastFailure ? lastFailure.atMs - atMs : 0,
    longestWaitMs,
  };
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

/** What the guide shows of the run; the chart draws the buckets. */
function formatLoadReport(run: LoadFigures): string {
  const how = { stop: 'clean stop (SIGTERM)', kill: 'kill (SIGKILL)' };
  const lines = [`${run.workers} workers, each alternating a read and a write of one of ${run.keys} keys`];
  const failed = (byCode: Record<string, number>) => {
    const n = Object.values(byCode).reduce((sum, count) => sum + count, 0);
    return `${n} failed command${n === 1 ? '' : 's'}`;
  };
  for (const fault of run.faults) {
    lines.push(
      `${how[fault.name]} at ${seconds(fault.atMs)}:`,
      `  ${failed(fault.failuresByCode)}: ${formatCodes(fault.failuresByCode)}`,
      `  last failure ${seconds(fault.lastFailureAfterMs)} after it; ` +
        `longest a worker waited for a success: ${seconds(fault.longestWaitMs)}`,
      `restart at ${seconds(fault.restartAtMs)}, rejoined at ${seconds(fault.rejoinedAtMs)}:`,
      `  ${failed(fault.rejoinFailuresByCode)}: ${formatCodes(fault.rejoinFailuresByCode)}`,
    );
  }
  const perSecond = run.buckets.map((bucket) => {
    const all = bucket.ok + Object.values(bucket.errors).reduce((sum, n) => sum + n, 0);
    return all === 0 ? '-' : `${Math.floor((100 * bucket.ok) / all)}%`;
  });
  lines.push(`successful commands per second: ${perSecond.join(' ')}`, '');
  return lines.join('\n');
}

describeCluster('a node failing under load', () => {
  const cluster = useCluster();

  it('a steady load through a clean stop, a kill and two rejoins fails only with transient codes, and recovers in seconds', async () => {
    const nodes = cluster();
    const client = await Aerospike.connect({ hosts: nodes.hosts });
    try {
      const keys = Array.from({ length: KEYS }, (_, i) => new Aerospike.Key('test', 'load', `load-${i}`));
      // In slices: the client opens at most 100 connections per node.
      for (let i = 0; i < keys.length; i += 50) {
        await Promise.all(keys.slice(i, i + 50).map((key) => client.put(key, { value: 0 }, null, PATIENT)));
      }
      const load = new SteadyLoad(client, keys, WORKERS);
      const events: LoadFigures['events'] = [];
      const mark = (name: EventName) => events.push({ name, atMs: load.now() });
      // The node comes back only after the others have formed a cluster without it, so that
      // the failures its loss causes and those its rejoin causes fall apart.
      const outage = async (fault: 'stop' | 'kill', index: number) => {
        mark(fault);
        await (fault === 'stop' ? nodes.stop(index) : nodes.kill(index));
        await nodes.waitUntilSettled({ ignoreMigrations: true });
        await sleep(1000);
        mark('restart');
        await nodes.restart(index);
        mark('rejoined');
        await sleep(1500);
      };
      try {
        await sleep(1500);
        await outage('stop', 1);
        await outage('kill', 2);
      } finally {
        await load.stop();
      }

      // stop, restart, rejoined, kill, restart, rejoined
      const at = (i: number) => events[i]!.atMs;
      const figures: LoadFigures = {
        limits: { longestWaitMs: LIMITS.longestWaitMs, failuresStopWithinMs: LIMITS.failuresStopWithinMs },
        workers: WORKERS,
        keys: KEYS,
        bucketMs: 1000,
        events,
        buckets: load.buckets(1000),
        faults: [
          faultFigures(load.outcomes, 'stop', at(0), at(1), at(2)),
          faultFigures(load.outcomes, 'kill', at(3), at(4), at(5)),
        ],
      };
      console.info(formatLoadReport(figures));
      const recorded = expectRecordedReport('node-failure/steady-load', figures, formatLoadReport);
      for (const run of [figures, recorded]) {
        const codes = run.buckets.flatMap((bucket) => Object.keys(bucket.errors).map(Number));
        // The retry pattern's codes, and the client's breaker, which opens when a node fails
        // more than maxErrorRate commands within the error window.
        for (const code of codes)
          expect(RETRYABLE_CODES.has(code) || code === Aerospike.status.MAX_ERROR_RATE, `code ${code}`).toBe(
            true,
          );
        for (const fault of run.faults) {
          expect(fault.longestWaitMs).toBeLessThan(LIMITS.longestWaitMs);
          expect(fault.lastFailureAfterMs).toBeLessThan(LIMITS.failuresStopWithinMs);
        }
        const last = run.buckets.at(-2)!; // the last whole second
        expect(last.errors).toEqual({});
        expect(last.ok).toBeGreaterThan(0);
      }
    } finally {
      client.close();
    }
  }, 60_000);

  it('reads with replica SEQUENCE are served more often than with MASTER while a node dies', async () => {
    const nodes = cluster();
    const client = await Aerospike.connect({ hosts: nodes.hosts });
    try {
      const keys = Array.from({ length: KEYS }, (_, i) => new Aerospike.Key('test', 'replica', `r-${i}`));
      for (let i = 0; i < keys.length; i += 50) {
        await Promise.all(keys.slice(i, i + 50).map((key) => client.put(key, { value: i }, null, PATIENT)));
      }
      let measured: { from: number; to: number } | undefined;
      let measuring = false;
      let running = true;
      const reader = async (policy: Aerospike.ReadPolicy, figures: PolicyFigures) => {
        while (running) {
          const key = keys[Math.floor(Math.random() * keys.length)]!;
          let code = 0;
          try {
            await client.get(key, policy);
          } catch (error) {
            if (!(error instanceof Aerospike.AerospikeError)) throw error;
            code = Number(error.code);
            await sleep(5);
          }
          if (!measuring) continue;
          figures.reads += 1;
          if (code === 0) figures.served += 1;
          else figures.failuresByCode[code] = (figures.failuresByCode[code] ?? 0) + 1;
        }
      };
      const master: PolicyFigures = { reads: 0, served: 0, failuresByCode: {} };
      const sequence: PolicyFigures = { reads: 0, served: 0, failuresByCode: {} };
      const readers = [
        ...Array.from({ length: READERS }, () => reader(readFromMaster, master)),
        ...Array.from({ length: READERS }, () => reader(readMasterThenReplica, sequence)),
      ];
      try {
        await sleep(1000);
        measuring = true;
        const from = Date.now();
        await nodes.kill(0);
        await nodes.waitUntilSettled({ ignoreMigrations: true });
        measuring = false;
        measured = { from, to: Date.now() };
      } finally {
        running = false;
        await Promise.all(readers);
      }

      const figures: ReplicaFigures = {
        readersPerPolicy: READERS,
        minSequenceShare: LIMITS.minSequenceShare,
        windowMs: measured.to - measured.from,
        master,
        sequence,
      };
      console.info(formatReplicaReport(figures));
      const recorded = expectRecordedReport('node-failure/replica-reads', figures, formatReplicaReport);
      for (const run of [figures, recorded]) {
        expect(run.master.reads).toBeGreaterThan(100);
        expect(share(run.master)).toBeLessThan(share(run.sequence));
        expect(share(run.sequence)).toBeGreaterThanOrEqual(LIMITS.minSequenceShare);
      }
    } finally {
      client.close();
    }
  }, 60_000);
});
