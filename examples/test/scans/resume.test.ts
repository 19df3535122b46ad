import * as Aerospike from 'aerospike';
import { beforeAll, expect, it } from 'vitest';
import { scanInPages, type ScanState } from '../../src/scans/pages';
import { expectRecordedReport } from '../support/figures';
import { fillSet } from './fill-set';
import { describeLive, withClient } from '../support/live';

const SET = 'scan-resume';
const RECORDS = 500;
const PAGE_SIZE = 100;
const STOP_AFTER_PAGES = 2;

/** A scan stopped after some pages, and resumed by another client from the state it had stored. */
interface ResumeFigures {
  records: number;
  pageSize: number;
  /** Pages handed on before the first run stopped. */
  pagesBeforeStop: number;
  /** Size of the stored state, as JSON. */
  stateJsonKb: number;
  firstRun: number;
  secondRun: number;
  distinct: number;
  duplicates: number;
}

function formatResume(run: ResumeFigures): string {
  return [
    `${run.records} records in pages of ${run.pageSize}; the first run stopped after ${run.pagesBeforeStop} pages`,
    `  state stored as JSON: ${run.stateJsonKb} KB`,
    `  a new client resumed from it: ${run.firstRun} + ${run.secondRun} records, ` +
      `${run.distinct} distinct, ${run.duplicates} seen twice`,
    '',
  ].join('\n');
}

describeLive('scans: resuming from a stored state', () => {
  beforeAll(async () => {
    await withClient((client) => fillSet(client, SET, RECORDS));
  });

  it('a scan stopped after some pages goes on from its stored state in another client: every record once', async () => {
    const seen = new Map<number, number>();
    const count = (records: Aerospike.AerospikeRecord[]) => {
      for (const record of records) {
        const n = Number(record.bins.n);
        seen.set(n, (seen.get(n) ?? 0) + 1);
      }
      return records.length;
    };
    // The first run stores the state after each page, then stops, as a process that is restarted would.
    let stored = '';
    let firstRun = 0;
    let pages = 0;
    const stop = new Error('stopped');
    const stopped = await withClient((client) =>
      scanInPages(
        client,
        'test',
        SET,
        (records, next) => {
          if (pages === STOP_AFTER_PAGES) throw stop;
          firstRun += count(records);
          pages += 1;
          stored = JSON.stringify(next);
        },
        { pageSize: PAGE_SIZE },
      ).catch((error: unknown) => error),
    );
    expect(stopped).toBe(stop);

    let secondRun = 0;
    await withClient((client) =>
      scanInPages(
        client,
        'test',
        SET,
        (records) => {
          secondRun += count(records);
        },
        { pageSize: PAGE_SIZE, from: JSON.parse(stored) as ScanState },
      ),
    );
    const measured: ResumeFigures = {
      records: RECORDS,
      pageSize: PAGE_SIZE,
      pagesBeforeStop: pages,
      stateJsonKb: Math.round(Buffer.byteLength(stored) / 1024),
      firstRun,
      secondRun,
      distinct: seen.size,
      duplicates: [...seen.values()].filter((times) => times > 1).length,
    };
    const recorded = expectRecordedReport('scans/resume-later', measured, formatResume);
    for (const run of [measured, recorded]) {
      expect(run.firstRun).toBe(run.pagesBeforeStop * run.pageSize);
      expect(run.firstRun + run.secondRun).toBe(run.records);
      expect(run.distinct).toBe(run.records);
      expect(run.duplicates).toBe(0);
    }
  });
});
