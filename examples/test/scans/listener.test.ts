import path from 'node:path';
import * as Aerospike from 'aerospike';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { expectRecordedReport } from '../support/figures';
import { describeLive, expectRecordedOutput, liveHosts, withClient } from '../support/live';
import { runProgram, type ProgramRun } from '../support/run-program';

const fixture = (name: string) => path.join(__dirname, 'fixtures', name);
const COUNT_OPEN = path.join(__dirname, '..', '..', 'src', 'scans', 'count-open.ts');
const INDEX = 'orders_status';
const ORDERS = { open: 5, shipped: 3 };
/** For setting up, on a machine that may be busy: not part of what is measured. */
const PATIENT = new Aerospike.WritePolicy({ totalTimeout: 10_000, maxRetries: 3 });

/** The lines of a crashed program's stderr that say what happened, without paths or stack. */
function crashLines(stderr: string): string[] {
  return stderr
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => /Unhandled 'error' event|^AerospikeError: |^Emitted 'error' event on /.test(line))
    .map((line) => line.replace(/ at:$/, ''));
}

const outcome = (run: ProgramRun) =>
  run.exit === 'still running'
    ? 'still running'
    : run.signal
      ? `killed by ${run.signal}`
      : `exit code ${run.exit}`;

/** Closing a client right after a query failed: what became of the process, each way. */
interface CloseFigures {
  rounds: number;
  ways: Record<'inListener' | 'afterResults' | 'afterEachRecord', { outcome: string; roundsDone: number }>;
}

function formatClose(run: CloseFigures): string {
  const line = (what: string, way: keyof CloseFigures['ways']) => {
    const { outcome, roundsDone } = run.ways[way];
    const when = roundsDone === run.rounds ? `all ${run.rounds} rounds done` : `in round ${roundsDone + 1}`;
    return `  ${what}: ${outcome}, ${when}`;
  };
  return [
    `connect, run a query that fails (201), close the client; ${run.rounds} rounds in one process:`,
    line("close() inside the 'error' listener", 'inListener'),
    line('close() after await query.results()', 'afterResults'),
    line('close() after await eachRecord()', 'afterEachRecord'),
    '',
  ].join('\n');
}

describeLive('scan and query streams: the error listener', () => {
  beforeAll(async () => {
    await withClient(async (client) => {
      await client.indexRemove('test', INDEX).catch(() => undefined);
      let n = 0;
      for (const [status, count] of Object.entries(ORDERS)) {
        for (let i = 0; i < count; i += 1) {
          n += 1;
          await client.put(
            new Aerospike.Key('test', 'orders', `order-${n}`),
            { status, amount: n },
            undefined,
            PATIENT,
          );
        }
      }
    });
  });
  afterAll(async () => {
    await withClient((client) => client.indexRemove('test', INDEX).catch(() => undefined));
  });

  it("a stream that fails with no 'error' listener crashes its process; eachRecord() reports the failure", async () => {
    const env = { AEROSPIKE_HOSTS: liveHosts };
    const bare = await runProgram(fixture('no-listener.ts'), { args: [liveHosts], limitMs: 20_000 });
    expect(bare.exit).toBe(1);
    expect(crashLines(bare.stderr)).toContain("throw er; // Unhandled 'error' event");
    const handled = await runProgram(COUNT_OPEN, { env, limitMs: 20_000 });
    expect(handled.signal).toBeNull();
    expect(handled.exit).toBe(1);
    expect(handled.stderr.trim()).toBe('no index on orders.status: create it first (201)');
    expectRecordedOutput(
      'scans/no-listener',
      [
        `without an 'error' listener: ${outcome(bare)}`,
        ...crashLines(bare.stderr).map((line) => `  ${line}`),
        `with eachRecord(): ${outcome(handled)}`,
        `  ${handled.stderr.trim()}`,
        '',
      ].join('\n'),
    );

    // With the index the same program counts the open orders.
    await withClient(async (client) => {
      const job = await client.createStringIndex({ ns: 'test', set: 'orders', bin: 'status', index: INDEX });
      await job.waitUntilDone(50);
    });
    const counted = await runProgram(COUNT_OPEN, { env, limitMs: 20_000 });
    expect(counted.stdout.trim()).toBe(`${ORDERS.open} open orders`);
    expect(counted.exit).toBe(0);

    // A query pages as a scan does: paginate and maxRecords in its options, the state from 'end'.
    const pages = await withClient(async (client) => {
      const query = client.query('test', 'orders', { paginate: true, maxRecords: 2 });
      query.where(Aerospike.filter.equal('status', 'open'));
      const found: number[][] = [];
      for (let page = 0; page < 10; page += 1) {
        const amounts: number[] = [];
        const state = await new Promise<number[] | undefined>((resolve, reject) => {
          const stream = query.foreach();
          stream.on('data', (record) => amounts.push(Number(record.bins.amount)));
          stream.on('error', (error) => setImmediate(reject, error));
          stream.on('end', (next?: number[]) => setImmediate(resolve, next));
        });
        found.push(amounts);
        if (!state) break;
        query.nextPage(state);
      }
      return found;
    });
    expect(pages.slice(0, 3).map((page) => page.length)).toEqual([2, 2, 1]);
    expect(pages.flat().sort((a, b) => a - b)).toEqual([1, 2, 3, 4, 5]);
    await withClient((client) => client.indexRemove('test', INDEX));
  }, 90_000);

  it('a query on a bin with no index fails with 201 after the default retries: six attempts', async () => {
    const error = await withClient(async (client) => {
      const query = client.query('test', 'orders');
      query.where(Aerospike.filter.equal('unindexed', 1));
      const failed = await query.results().then(
        () => undefined,
        (reason: unknown) => reason,
      );
      await new Promise((resolve) => setImmediate(resolve));
      return failed;
    });
    expect(error).toBeInstanceOf(Aerospike.AerospikeError);
    const { code, message } = error as Aerospike.AerospikeError;
    expect(code).toBe(Aerospike.status.ERR_INDEX_NOT_FOUND);
    // One sub-error per attempt: `201,<attempt>,<node>,AEROSPIKE_ERR_INDEX_NOT_FOUND`.
    const attempts = message.split('\n').filter((line) => /^201,\d+,/.test(line));
    expect(attempts.map((line) => Number(line.split(',')[1]))).toEqual([1, 2, 3, 4, 5, 6]);
  });

  it('closing the client in the same turn as the failure crashes or hangs the process; on the next turn it does not', async () => {
    const ROUNDS = 100;
    const run = async (how: string) => {
      const done = await runProgram(fixture('close-after-error.ts'), {
        args: [liveHosts, how, String(ROUNDS)],
        limitMs: 20_000,
      });
      const codes = done.stdout.split('\n').filter(Boolean);
      expect(new Set(codes)).toEqual(new Set(codes.length ? ['201'] : []));
      return { outcome: outcome(done), roundsDone: codes.length };
    };
    const figures: CloseFigures = {
      rounds: ROUNDS,
      ways: {
        inListener: await run('in-listener'),
        afterResults: await run('results'),
        afterEachRecord: await run('each-record'),
      },
    };
    const recorded = expectRecordedReport('scans/close-after-error', figures, formatClose);
    for (const figure of [figures, recorded]) {
      for (const way of [figure.ways.inListener, figure.ways.afterResults]) {
        expect(way.outcome).not.toBe('exit code 0');
        expect(way.roundsDone).toBeLessThan(figure.rounds);
      }
      expect(figure.ways.afterEachRecord).toEqual({ outcome: 'exit code 0', roundsDone: figure.rounds });
    }
  }, 120_000);

  it('a paginated scan run without a policy crashes the process', async () => {
    const run = await runProgram(fixture('paginate-without-policy.ts'), {
      args: [liveHosts],
      limitMs: 20_000,
    });
    expect(run.signal).toBe('SIGSEGV');
    expect(run.stdout).toBe('');
  });
});
