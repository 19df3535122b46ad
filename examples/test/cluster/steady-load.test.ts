import * as Aerospike from 'aerospike';
import { expect, it } from 'vitest';
import { CLUSTER_TRANSIENT_CODES } from '../../src/cluster/transient';
import { describeCluster, sleep, useCluster } from '../support/cluster-live';
import { expectRecordedReport, formatCodes } from '../support/figures';
import { SteadyLoad, type Bucket, type Outcome } from '../support/steady-load';

const KEYS = 300;
const WORKERS = 8;
/** For setting up, on a machine that may be busy: not part of what is measured. */
const PATIENT = new Aerospike.WritePolicy({ totalTimeout: 10_000, maxRetries: 3 });

type EventName = 'stop' | 'kill' | 'restart' | 'rejoined';

/** One fault and what the load saw of it, until the node had rejoined. */
interface FaultFigures {
  name: 'stop' | 'kill';
  atMs: number;
  rejoinedAtMs: number;
  failuresByCode: Record<string, number>;
  /** The longest a worker that failed waited, from the fault, for its next success. */
  firstSuccessAfterMs: number;
}

interface LoadFigures {
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
  rejoinedAtMs: number,
): FaultFigures {
  const during = outcomes.filter((outcome) => outcome.atMs >= atMs && outcome.atMs < rejoinedAtMs);
  const failuresByCode: Record<string, number> = {};
  let firstSuccessAfterMs = 0;
  for (let worker = 0; worker < WORKERS; worker += 1) {
    const own = outcomes.filter((outcome) => outcome.worker === worker && outcome.atMs >= atMs);
    const firstFailure = own.findIndex((outcome) => outcome.code !== 0);
    if (firstFailure === -1 || own[firstFailure]!.atMs >= rejoinedAtMs) continue;
    const recovered = own.slice(firstFailure).find((outcome) => outcome.code === 0);
    firstSuccessAfterMs = Math.max(firstSuccessAfterMs, (recovered?.atMs ?? Infinity) - atMs);
  }
  for (const { code } of during) if (code !== 0) failuresByCode[code] = (failuresByCode[code] ?? 0) + 1;
  return { name, atMs, rejoinedAtMs, failuresByCode, firstSuccessAfterMs };
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

/** What the guide shows of the run; the chart draws the buckets. */
function formatLoadReport(run: LoadFigures): string {
  const how = { stop: 'clean stop (SIGTERM)', kill: 'kill (SIGKILL)' };
  const lines = [`${run.workers} workers, each alternating a read and a write of one of ${run.keys} keys`];
  for (const fault of run.faults) {
    const failed = Object.values(fault.failuresByCode).reduce((sum, n) => sum + n, 0);
    lines.push(
      `${how[fault.name]} at ${seconds(fault.atMs)}, rejoined at ${seconds(fault.rejoinedAtMs)}:`,
      `  ${failed} failed commands: ${formatCodes(fault.failuresByCode)}`,
      `  every worker that failed succeeded again within ${seconds(fault.firstSuccessAfterMs)}`,
    );
  }
  const perSecond = run.buckets.map((bucket) => {
    const all = bucket.ok + Object.values(bucket.errors).reduce((sum, n) => sum + n, 0);
    return all === 0 ? '-' : `${Math.floor((100 * bucket.ok) / all)}%`;
  });
  lines.push(`successful commands per second: ${perSecond.join(' ')}`, '');
  return lines.join('\n');
}

describeCluster('a steady load through a clean stop, a kill and two rejoins', () => {
  const cluster = useCluster();

  it('fails only with transient codes, and recovers in seconds', async () => {
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
      try {
        await sleep(2000);
        mark('stop');
        await nodes.stop(1);
        await sleep(2000);
        mark('restart');
        await nodes.restart(1);
        mark('rejoined');
        await sleep(2000);
        mark('kill');
        await nodes.kill(2);
        await sleep(2000);
        mark('restart');
        await nodes.restart(2);
        mark('rejoined');
        await sleep(2000);
      } finally {
        await load.stop();
      }

      // stop, restart, rejoined, kill, restart, rejoined
      const at = (i: number) => events[i]!.atMs;
      const figures: LoadFigures = {
        workers: WORKERS,
        keys: KEYS,
        bucketMs: 1000,
        events,
        buckets: load.buckets(1000),
        faults: [
          faultFigures(load.outcomes, 'stop', at(0), at(2)),
          faultFigures(load.outcomes, 'kill', at(3), at(5)),
        ],
      };
      console.info(formatLoadReport(figures));
      const recorded = expectRecordedReport('cluster-steady-load', figures, formatLoadReport);
      for (const run of [figures, recorded]) {
        const codes = run.buckets.flatMap((bucket) => Object.keys(bucket.errors).map(Number));
        for (const code of codes)
          expect(CLUSTER_TRANSIENT_CODES.has(code as Aerospike.AerospikeError['code']), `code ${code}`).toBe(
            true,
          );
        for (const fault of run.faults) expect(fault.firstSuccessAfterMs).toBeLessThan(5000);
        const last = run.buckets.at(-2)!; // the last whole second
        expect(last.errors).toEqual({});
        expect(last.ok).toBeGreaterThan(0);
      }
    } finally {
      client.close();
    }
  }, 60_000);
});
