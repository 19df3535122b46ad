import path from 'node:path';
import * as Aerospike from 'aerospike';
import { expect, it } from 'vitest';
import { readUsers } from '../../src/concurrency/read-users';
import { expectRecordedReport, formatCodes } from '../support/figures';
import { describeLive, withClient, withFaultProxy } from '../support/live';
import { runProgram } from '../support/run-program';

const USERS = 60;
const MAX_CONNS = 5;
/** Each answer held this long by the proxy, so that connections stay busy. */
const ANSWER_MS = 200;

interface FanOut {
  ok: number;
  failuresByCode: Record<string, number>;
}

interface ConcurrencyFigures {
  users: number;
  maxConnsPerNode: number;
  answerMs: number;
  unbounded: FanOut;
  bounded: FanOut;
  batch: FanOut;
  queued: FanOut;
}

function format(run: ConcurrencyFigures): string {
  const rows: [string, FanOut][] = [
    ['all at once (Promise.allSettled):', run.unbounded],
    [`at most ${run.maxConnsPerNode} at a time (mapLimit):`, run.bounded],
    ['one batchRead:', run.batch],
    [`all at once, the client's queue running ${run.maxConnsPerNode}:`, run.queued],
  ];
  const width = Math.max(...rows.map(([name]) => name.length));
  return [
    `${run.users} reads, maxConnsPerNode ${run.maxConnsPerNode}, every answer ${run.answerMs} ms late:`,
    ...rows.map(
      ([name, o]) => `  ${name.padEnd(width)} ${o.ok} read, failed: ${formatCodes(o.failuresByCode)}`,
    ),
    '',
  ].join('\n');
}

function tally(outcomes: PromiseSettledResult<unknown>[]): FanOut {
  const failuresByCode: Record<string, number> = {};
  for (const outcome of outcomes) {
    if (outcome.status === 'fulfilled') continue;
    if (!(outcome.reason instanceof Aerospike.AerospikeError)) throw outcome.reason;
    const code = String(outcome.reason.code);
    failuresByCode[code] = (failuresByCode[code] ?? 0) + 1;
  }
  return { ok: outcomes.filter((o) => o.status === 'fulfilled').length, failuresByCode };
}

describeLive('too many commands at once', () => {
  it('unbounded fan-out fails with -7; bounded or batched, none fails; queued by the client, the wait eats the budget (9)', async () => {
    const ids = Array.from({ length: USERS }, (_, i) => `fan-${i}`);
    await withClient(async (client) => {
      for (const id of ids) await client.put(new Aerospike.Key('test', 'users', id), { id });
    });
    const figures = await withFaultProxy(
      async (client, proxy) => {
        await proxy.delay(ANSWER_MS);
        const key = (id: string) => new Aerospike.Key('test', 'users', id);
        const unbounded = tally(await Promise.allSettled(ids.map((id) => client.get(key(id)))));
        const bounded = tally(await readUsers(client, ids, MAX_CONNS));
        const records = await client.batchRead(ids.map((id) => ({ key: key(id), readAllBins: true })));
        const batch = {
          ok: records.filter((r) => r.status === Aerospike.status.OK).length,
          failuresByCode: {},
        };
        const queuedRun = await runProgram(path.join(__dirname, 'fixtures', 'queued-fan-out.ts'), {
          args: [proxy.hosts, String(MAX_CONNS), ids.join(',')],
          limitMs: 30_000,
        });
        expect(queuedRun.exit).toBe(0);
        const queued = JSON.parse(queuedRun.stdout) as { ok: number; failures: Record<string, number> };
        return {
          users: USERS,
          maxConnsPerNode: MAX_CONNS,
          answerMs: ANSWER_MS,
          unbounded,
          bounded,
          batch,
          queued: { ok: queued.ok, failuresByCode: queued.failures },
        } satisfies ConcurrencyFigures;
      },
      { maxConnsPerNode: MAX_CONNS },
    );
    const recorded = expectRecordedReport('concurrency/fan-out', figures, format);
    for (const run of [figures, recorded]) {
      const noMoreConnections = String(Aerospike.status.ERR_NO_MORE_CONNECTIONS);
      expect(run.unbounded.failuresByCode[noMoreConnections]).toBeGreaterThan(0);
      expect(Object.keys(run.unbounded.failuresByCode)).toEqual([noMoreConnections]);
      for (const fine of [run.bounded, run.batch])
        expect(fine).toEqual({ ok: run.users, failuresByCode: {} });
      // Queued commands wait within their own budget (totalTimeout): those that wait longer
      // than it time out (9) before they are sent; none fails for want of a connection.
      const timeout = String(Aerospike.status.ERR_TIMEOUT);
      expect(Object.keys(run.queued.failuresByCode)).toEqual([timeout]);
      expect(run.queued.ok).toBeGreaterThanOrEqual(run.maxConnsPerNode);
      expect(run.queued.ok + run.queued.failuresByCode[timeout]!).toBe(run.users);
    }
  }, 60_000);
});
