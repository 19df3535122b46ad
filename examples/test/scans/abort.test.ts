import * as Aerospike from 'aerospike';
import { beforeAll, expect, it } from 'vitest';
import { expectRecordedReport } from '../support/figures';
import { fillSet } from './fill-set';
import { describeLive, withClient } from '../support/live';
import { newJobs, serverJobs, type Job } from './server-jobs';

const SET = 'scan-abort';
const RECORDS = 600;
const RECORDS_PER_SECOND = 200;
const ABORT_AFTER_MS = 500;

/** What stream.abort() did, on the client and on the server. */
interface AbortFigures {
  records: number;
  recordsPerSecond: number;
  abortAfterMs: number;
  /** Records that had arrived when abort() was called. */
  dataBeforeAbort: number;
  endAfterAbortMs: number;
  /** 'data' events after 'end', and when the first came. */
  dataAfterEnd: number;
  lateDataAfterEndMs: number;
  /** What the server's job did after abort(): records it scanned, and its final status. */
  serverScanned: number;
  serverStatus: string;
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

function formatAbort(run: AbortFigures): string {
  return [
    `a scan of ${run.records} records throttled to ${run.recordsPerSecond} a second, ` +
      `abort() called ${seconds(run.abortAfterMs)} in, ${run.dataBeforeAbort} records received:`,
    `  'end' ${run.endAfterAbortMs < 1 ? 'less than 1 ms' : `${Math.round(run.endAfterAbortMs)} ms`} after abort()`,
    `  ${run.dataAfterEnd} more 'data' event ${seconds(run.lateDataAfterEndMs)} after 'end'`,
    `  the server scanned ${run.serverScanned} of ${run.records} records, status ${run.serverStatus}`,
    '',
  ].join('\n');
}

describeLive('scans: stream.abort()', () => {
  beforeAll(async () => {
    await withClient((client) => fillSet(client, SET, RECORDS));
  });

  it("abort() emits 'end' at once, but the scan goes on until its next records reach the client", async () => {
    const measured = await withClient(async (client) => {
      const before = await serverJobs(client);
      const stream = client
        .scan('test', SET)
        .foreach(new Aerospike.ScanPolicy({ recordsPerSecond: RECORDS_PER_SECOND }));
      let data = 0;
      let endedAt: number | undefined;
      let abortedAt = 0;
      let dataBeforeAbort = 0;
      const lateData: number[] = [];
      const late = new Promise<void>((resolve, reject) => {
        stream.on('error', reject);
        stream.on('data', () => {
          data += 1;
          if (endedAt !== undefined) {
            lateData.push(performance.now() - endedAt);
            resolve();
          }
        });
      });
      const ended = new Promise<void>((resolve) =>
        stream.on('end', () => {
          endedAt = performance.now();
          resolve();
        }),
      );
      setTimeout(() => {
        dataBeforeAbort = data;
        abortedAt = performance.now();
        stream.abort();
      }, ABORT_AFTER_MS);
      await ended;
      const endAfterAbortMs = endedAt! - abortedAt;
      await late;
      // The server's job, once it has finished.
      let job: Job | undefined;
      for (;;) {
        job = newJobs(before, await serverJobs(client), SET)[0];
        if (job?.status?.startsWith('done')) break;
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      await new Promise((resolve) => setImmediate(resolve));
      return {
        records: RECORDS,
        recordsPerSecond: RECORDS_PER_SECOND,
        abortAfterMs: ABORT_AFTER_MS,
        dataBeforeAbort,
        endAfterAbortMs: Math.round(endAfterAbortMs * 10) / 10,
        dataAfterEnd: lateData.length,
        lateDataAfterEndMs: Math.round(lateData[0]!),
        serverScanned: Number(job['recs-succeeded']),
        serverStatus: job.status!,
      } satisfies AbortFigures;
    });
    const recorded = expectRecordedReport('scans/abort', measured, formatAbort);
    for (const run of [measured, recorded]) {
      expect(run.dataBeforeAbort).toBe(0);
      expect(run.endAfterAbortMs).toBeLessThan(50);
      expect(run.dataAfterEnd).toBe(1);
      // The server went on to the end of the scan after abort().
      expect(run.serverScanned).toBe(run.records);
      expect(run.serverStatus).toBe('done(ok)');
      expect(run.lateDataAfterEndMs).toBeGreaterThan((1000 * run.records) / run.recordsPerSecond / 2);
    }
  });
});
