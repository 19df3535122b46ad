import * as Aerospike from 'aerospike';
import { expect, it } from 'vitest';
import { isTransient, RETRYABLE_CODES } from '../../src/retry/retry';
import { scanInPages } from '../../src/scans/pages';
import { eachRecord } from '../../src/scans/stream';
import { partitionOf } from '../support/cluster';
import { describeCluster, useCluster } from '../support/cluster-live';
import { expectRecordedReport, formatCodes } from '../support/figures';

const SET = 'scan-kill';
const RECORDS = 1500;
/**
 * Bytes per record. The server sends a scan's records in chunks of about a megabyte, so records
 * this size reach the client while the scan runs rather than all at its end.
 */
const PAYLOAD = 8_000;
/** Throttles that keep the scans running for seconds: per node, records a second. */
const DEFAULT_SCAN_RPS = 400;
const RPS = 200;
/**
 * Large enough that the page running at the kill cannot fill from the two nodes left, so that
 * it fails instead of ending early (a page ends when it has its records, from any node).
 */
const PAGE_SIZE = 700;
/** The node is killed once each scan has seen this many records, and the first page is handed on. */
const KILL_AFTER = 100;
/** For setting up, on a machine that may be busy: not part of what is measured. */
const PATIENT = new Aerospike.WritePolicy({ totalTimeout: 10_000, maxRetries: 3 });

interface Seen {
  /** Times each record (its bin `n`) arrived. */
  keys: Map<number, number>;
  failuresByCode: Record<string, number>;
}

interface KillFigures {
  records: number;
  pageSize: number;
  /** Records each scan had seen (the pages: handed on) when the node was killed. */
  atKill: { defaultScan: number; scanAgain: number; pages: number };
  defaultScan: { failuresByCode: Record<string, number>; distinct: number; duplicates: number };
  scanAgain: {
    failuresByCode: Record<string, number>;
    /** Records it had seen when its first run reported the failure, and before its last failure. */
    seenAtFirstFailure: number;
    seenBeforeFailure: number;
    distinct: number;
    duplicates: number;
  };
  pages: {
    failuresByCode: Record<string, number>;
    handedOnBeforeFailure: number;
    handedOnAfterFailure: number;
    distinct: number;
    duplicates: number;
  };
}

const seen = (): Seen => ({ keys: new Map(), failuresByCode: {} });
const add = (into: Seen, record: Aerospike.AerospikeRecord) => {
  const n = Number(record.bins.n);
  into.keys.set(n, (into.keys.get(n) ?? 0) + 1);
};
const failed = (into: Seen, error: Aerospike.AerospikeError) => {
  const code = Number(error.code);
  into.failuresByCode[code] = (into.failuresByCode[code] ?? 0) + 1;
};
const duplicates = (into: Seen) => [...into.keys.values()].filter((times) => times > 1).length;

function formatKill(run: KillFigures): string {
  const failures = (byCode: Record<string, number>) =>
    Object.keys(byCode).length === 0 ? 'no error' : `failed with ${formatCodes(byCode)}`;
  return [
    `${run.records} records; one node killed (SIGKILL) while three scans ran:`,
    `default policy, ${run.atKill.defaultScan} records in at the kill:`,
    `  ${failures(run.defaultScan.failuresByCode)}; ${run.defaultScan.distinct} distinct records, ` +
      `${run.defaultScan.duplicates} seen twice`,
    `maxRetries 0, whole scan run again, ${run.atKill.scanAgain} records in at the kill:`,
    `  ${failures(run.scanAgain.failuresByCode)}, the first time after ${run.scanAgain.seenAtFirstFailure} records;`,
    `  ${run.scanAgain.distinct} distinct records, ${run.scanAgain.duplicates} seen twice`,
    `maxRetries 0, pages of ${run.pageSize} (scanInPages), ${run.atKill.pages} records handed on at the kill:`,
    `  ${failures(run.pages.failuresByCode)} after ${run.pages.handedOnBeforeFailure} records handed on, ` +
      `${run.pages.handedOnAfterFailure} after it; ${run.pages.distinct} distinct records, ` +
      `${run.pages.duplicates} seen twice`,
    '',
  ].join('\n');
}

describeCluster('a scan while a node dies', () => {
  const cluster = useCluster();

  it('the default scan survives the kill; with its retries used up, running a page again sees every record once, running the whole scan again sees records twice', async () => {
    const nodes = cluster();
    const client = await Aerospike.connect({ hosts: nodes.hosts });
    try {
      const payload = Buffer.alloc(PAYLOAD, 1);
      for (let i = 0; i < RECORDS; i += 50) {
        await Promise.all(
          Array.from({ length: 50 }, (_, j) =>
            client.put(
              new Aerospike.Key('test', SET, `record-${i + j}`),
              { n: i + j, payload },
              undefined,
              PATIENT,
            ),
          ),
        );
      }

      const defaultScan = seen();
      const scanAgain = seen();
      const pages = seen();
      let scanAgainAtFirstFailure: number | undefined;
      let scanAgainBeforeFailure = 0;
      let handedOn = 0;
      let handedOnBeforeFailure: number | undefined;
      let lastOfDefault: Aerospike.AerospikeRecord | undefined;
      let readyToKill!: () => void;
      const ready = new Promise<void>((resolve) => (readyToKill = resolve));
      const progressed = () => {
        if (defaultScan.keys.size >= KILL_AFTER && scanAgain.keys.size >= KILL_AFTER && handedOn >= PAGE_SIZE)
          readyToKill();
      };

      // The reader's scan: the client's default policy, one node after another.
      const defaultRun = eachRecord(
        client.scan('test', SET).foreach(new Aerospike.ScanPolicy({ recordsPerSecond: DEFAULT_SCAN_RPS })),
        (record) => {
          add(defaultScan, record);
          lastOfDefault = record;
          progressed();
        },
      ).catch((error: Aerospike.AerospikeError) => failed(defaultScan, error));

      // No client retries, so that losing one node fails the scan; then the whole scan again.
      const noRetries = { recordsPerSecond: RPS, maxRetries: 0 };
      const againRun = (async () => {
        for (let retry = 1; ; retry += 1) {
          const scan = client.scan('test', SET, { concurrent: true });
          try {
            await eachRecord(scan.foreach(new Aerospike.ScanPolicy(noRetries)), (record) => {
              add(scanAgain, record);
              progressed();
            });
            return;
          } catch (error) {
            if (!isTransient(error) || retry > 5) throw error;
            failed(scanAgain, error);
            scanAgainAtFirstFailure ??= scanAgain.keys.size;
            scanAgainBeforeFailure = scanAgain.keys.size;
            await new Promise((resolve) => setTimeout(resolve, 1_000 * retry));
          }
        }
      })();

      // The same, in pages: a page that fails is run again from where it started.
      const pagesRun = scanInPages(
        client,
        'test',
        SET,
        (records) => {
          for (const record of records) add(pages, record);
          handedOn += records.length;
          progressed();
        },
        {
          pageSize: PAGE_SIZE,
          policy: noRetries,
          onRetry: (error) => {
            failed(pages, error);
            handedOnBeforeFailure ??= handedOn;
          },
        },
      );

      await Promise.race([ready, Promise.all([defaultRun, againRun, pagesRun])]);
      expect(defaultScan.keys.size).toBeLessThan(RECORDS);
      const atKill = { defaultScan: defaultScan.keys.size, scanAgain: scanAgain.keys.size, pages: handedOn };
      // The node the default scan is reading from: the master of its last record's partition.
      await nodes.kill(await nodes.ownerOf(partitionOf(lastOfDefault!.key.digest!)));
      await Promise.all([defaultRun, againRun, pagesRun]);

      const measured: KillFigures = {
        records: RECORDS,
        pageSize: PAGE_SIZE,
        atKill,
        defaultScan: {
          failuresByCode: defaultScan.failuresByCode,
          distinct: defaultScan.keys.size,
          duplicates: duplicates(defaultScan),
        },
        scanAgain: {
          failuresByCode: scanAgain.failuresByCode,
          seenAtFirstFailure: scanAgainAtFirstFailure ?? 0,
          seenBeforeFailure: scanAgainBeforeFailure,
          distinct: scanAgain.keys.size,
          duplicates: duplicates(scanAgain),
        },
        pages: {
          failuresByCode: pages.failuresByCode,
          handedOnBeforeFailure: handedOnBeforeFailure ?? handedOn,
          handedOnAfterFailure: handedOn - (handedOnBeforeFailure ?? handedOn),
          distinct: pages.keys.size,
          duplicates: duplicates(pages),
        },
      };
      console.info(formatKill(measured));
      const recorded = expectRecordedReport('scans/node-killed', measured, formatKill);
      for (const run of [measured, recorded]) {
        // The client's own retries carried the default scan through the kill.
        expect(run.defaultScan).toEqual({ failuresByCode: {}, distinct: run.records, duplicates: 0 });
        for (const failures of [run.scanAgain.failuresByCode, run.pages.failuresByCode]) {
          expect(Object.keys(failures).length).toBeGreaterThan(0);
          for (const code of Object.keys(failures))
            expect(RETRYABLE_CODES.has(Number(code)), `code ${code}`).toBe(true);
        }
        // Run again from the start: everything seen before the failure arrives a second time.
        expect(run.scanAgain.distinct).toBe(run.records);
        expect(run.scanAgain.duplicates).toBe(run.scanAgain.seenBeforeFailure);
        expect(run.scanAgain.seenAtFirstFailure).toBeGreaterThan(run.atKill.scanAgain);
        expect(run.scanAgain.duplicates).toBeGreaterThanOrEqual(run.scanAgain.seenAtFirstFailure);
        // Run again from the page's start: exactly once.
        expect(run.pages.handedOnBeforeFailure + run.pages.handedOnAfterFailure).toBe(run.records);
        expect(run.pages.distinct).toBe(run.records);
        expect(run.pages.duplicates).toBe(0);
      }
    } finally {
      await new Promise((resolve) => setImmediate(resolve));
      client.close();
    }
  }, 90_000);
});
