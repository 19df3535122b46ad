import * as Aerospike from 'aerospike';
import { beforeAll, expect, it } from 'vitest';
import { connectWithLimits, scanPolicy } from '../../src/scans/limits';
import { eachRecord } from '../../src/scans/stream';
import fs from 'node:fs';
import path from 'node:path';
import { codeName, expectRecordedReport } from '../support/figures';
import { fillSet } from './fill-set';
import { describeLive, liveHosts, withClient, withFaultProxy } from '../support/live';
import { newJobs, serverJobs } from './server-jobs';

const SET = 'scan-limits';
const RECORDS = 300;
const RECORDS_PER_SECOND = 100;

/** The default policies the timeouts page measured (examples/output/timeouts/client-defaults.json). */
function clientDefaults(): { read: { totalTimeout: number } } {
  const file = path.join(__dirname, '..', '..', 'output', 'timeouts', 'client-defaults.json');
  return JSON.parse(fs.readFileSync(file, 'utf8')) as { read: { totalTimeout: number } };
}

/** What the guide says about the time limits of scans, measured on the live server. */
interface LimitFigures {
  /** What the tests require of every run (the recorded one too). */
  limits: { readTotalTimeout: number };
  defaults: { maxRetries: number; socketTimeout: number };
  unlimited: { records: number; recordsPerSecond: number; elapsedMs: number };
  totalTimeout: { totalTimeout: number; code: number; failedAfterMs: number };
  silent: {
    socketTimeout: number;
    maxRetries: number;
    attempts: number;
    code: number;
    failedAfterMs: number;
  };
  clientWide: {
    configured: number;
    sentWithoutPolicy: number;
    queryWithoutPolicy: number;
    sentWithPolicy: number;
  };
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const named = (code: number) => `${code} ${codeName(code)}`;

function formatLimits(run: LimitFigures): string {
  return [
    `default policy, a scan throttled to ${run.unlimited.recordsPerSecond} records a second:`,
    `  ${run.unlimited.records} records in ${seconds(run.unlimited.elapsedMs)}, no error`,
    `  socketTimeout the server was sent: ${run.defaults.socketTimeout} ms`,
    `  a node whose every connection drops: ${run.defaults.maxRetries + 1} attempts, ` +
      `then ${named(Aerospike.status.ERR_ASYNC_CONNECTION)}`,
    `totalTimeout ${run.totalTimeout.totalTimeout}: the same scan failed with ` +
      `${named(run.totalTimeout.code)} after ${seconds(run.totalTimeout.failedAfterMs)}`,
    `socketTimeout ${run.silent.socketTimeout}, maxRetries ${run.silent.maxRetries}, a node that never answers: ` +
      `${run.silent.attempts} attempts, ${named(run.silent.code)} after ${seconds(run.silent.failedAfterMs)}`,
    `client-wide scan and query policies with socketTimeout ${run.clientWide.configured}:`,
    `  a scan with no policy of its own sent ${run.clientWide.sentWithoutPolicy} ms, a query ${run.clientWide.queryWithoutPolicy} ms`,
    `  a scan given new ScanPolicy({ maxRetries: 2 }) sent ${run.clientWide.sentWithPolicy} ms`,
    '',
  ].join('\n');
}

/** The socketTimeout the server was sent with the one scan `run` starts. */
async function socketTimeoutSent(client: Aerospike.Client, run: () => Promise<unknown>): Promise<number> {
  const before = await serverJobs(client);
  await run();
  const added = newJobs(before, await serverJobs(client), SET);
  expect(added).toHaveLength(1);
  return Number(added[0]!['socket-timeout']);
}

/** Runs a scan of SET to its end; resolves with how long it took, or rejects with its error. */
async function timedScan(client: Aerospike.Client, policy?: Aerospike.ScanPolicy): Promise<number> {
  const started = performance.now();
  let records = 0;
  await eachRecord(client.scan('test', SET).foreach(policy), () => {
    records += 1;
  });
  expect(records).toBe(RECORDS);
  return performance.now() - started;
}

/** Runs a scan that must fail; its code and how long it took. */
async function failedScan(client: Aerospike.Client, policy?: Aerospike.ScanPolicy) {
  const started = performance.now();
  const error = await timedScan(client, policy).then(
    () => {
      throw new Error('expected the scan to fail');
    },
    (reason: unknown) => reason,
  );
  if (!(error instanceof Aerospike.AerospikeError)) throw error;
  return { code: Number(error.code), failedAfterMs: performance.now() - started };
}

describeLive('scans and queries: time limits', () => {
  beforeAll(async () => {
    await withClient((client) => fillSet(client, SET, RECORDS));
  });

  it('a scan has no total time limit by default; totalTimeout and socketTimeout end it with 9; a client-wide policy is replaced by a per-call one', async () => {
    const readTotalTimeout = clientDefaults().read.totalTimeout;
    const throttled = { recordsPerSecond: RECORDS_PER_SECOND };
    const figures = await withClient(async (client) => {
      // The same throttled scan twice at once: with the default limits, and with totalTimeout.
      const [elapsedMs, limited] = await Promise.all([
        timedScan(client, new Aerospike.ScanPolicy(throttled)),
        failedScan(client, new Aerospike.ScanPolicy({ ...throttled, totalTimeout: readTotalTimeout })),
      ]);
      const socketTimeout = await socketTimeoutSent(client, () => timedScan(client));

      const configured = await connectWithLimits(liveHosts);
      let clientWide: LimitFigures['clientWide'];
      try {
        clientWide = {
          configured: Number(scanPolicy.socketTimeout),
          sentWithoutPolicy: await socketTimeoutSent(configured, () => timedScan(configured)),
          queryWithoutPolicy: await socketTimeoutSent(configured, () =>
            eachRecord(configured.query('test', SET).foreach(), () => undefined),
          ),
          sentWithPolicy: await socketTimeoutSent(configured, () =>
            timedScan(configured, new Aerospike.ScanPolicy({ maxRetries: 2 })),
          ),
        };
      } finally {
        configured.close();
      }
      return { elapsedMs, limited, socketTimeout, clientWide };
    });

    // Through the fault proxy: a node whose every connection drops, then one that never answers.
    const proxied = await withFaultProxy(async (client, proxy) => {
      await proxy.failNext(20, 'drop');
      let before = await proxy.commandsSeen();
      const dropped = await failedScan(client);
      expect(dropped.code).toBe(Aerospike.status.ERR_ASYNC_CONNECTION);
      const maxRetries = (await proxy.commandsSeen()) - before - 1;
      await proxy.heal();

      await proxy.failNext(20, 'blackhole');
      before = await proxy.commandsSeen();
      const silentPolicy = new Aerospike.ScanPolicy({ socketTimeout: 300, maxRetries: 1 });
      const silent = await failedScan(client, silentPolicy);
      const attempts = (await proxy.commandsSeen()) - before;
      await proxy.heal();
      return {
        maxRetries,
        silent: { socketTimeout: 300, maxRetries: 1, attempts, ...silent },
      };
    });

    const measured: LimitFigures = {
      limits: { readTotalTimeout },
      defaults: { maxRetries: proxied.maxRetries, socketTimeout: figures.socketTimeout },
      unlimited: { records: RECORDS, recordsPerSecond: RECORDS_PER_SECOND, elapsedMs: figures.elapsedMs },
      totalTimeout: { totalTimeout: readTotalTimeout, ...figures.limited },
      silent: proxied.silent,
      clientWide: figures.clientWide,
    };
    const round = (run: LimitFigures): LimitFigures => ({
      ...run,
      unlimited: { ...run.unlimited, elapsedMs: Math.round(run.unlimited.elapsedMs) },
      totalTimeout: { ...run.totalTimeout, failedAfterMs: Math.round(run.totalTimeout.failedAfterMs) },
      silent: { ...run.silent, failedAfterMs: Math.round(run.silent.failedAfterMs) },
    });
    const recorded = expectRecordedReport('scans/limits', round(measured), formatLimits);
    for (const run of [measured, recorded]) {
      // Well past the time a read gets by default, and no error.
      expect(run.unlimited.elapsedMs).toBeGreaterThan(2 * run.limits.readTotalTimeout);
      expect(run.totalTimeout.code).toBe(Aerospike.status.ERR_TIMEOUT);
      expect(run.totalTimeout.failedAfterMs).toBeGreaterThanOrEqual(run.totalTimeout.totalTimeout - 10);
      expect(run.totalTimeout.failedAfterMs).toBeLessThan(run.unlimited.elapsedMs);
      expect(run.defaults.maxRetries).toBe(5);
      expect(run.defaults.socketTimeout).toBe(30_000);
      expect(run.silent.code).toBe(Aerospike.status.ERR_TIMEOUT);
      expect(run.silent.attempts).toBe(run.silent.maxRetries + 1);
      expect(run.silent.failedAfterMs).toBeGreaterThanOrEqual(
        run.silent.attempts * run.silent.socketTimeout - 10,
      );
      expect(run.clientWide).toEqual({
        configured: 10_000,
        sentWithoutPolicy: 10_000,
        queryWithoutPolicy: 10_000,
        sentWithPolicy: run.defaults.socketTimeout,
      });
    }
  }, 60_000);
});
