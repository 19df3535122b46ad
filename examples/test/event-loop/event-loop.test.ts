import * as Aerospike from 'aerospike';
import { expect, it } from 'vitest';
import { offLoop } from '../../src/event-loop/off-loop';
import { timed, TimeoutCause } from '../../src/event-loop/timeout-cause';
import { expectRecordedReport } from '../support/figures';
import { describeLive, storedKey, withClient, withFaultProxy } from '../support/live';

/** Keeps the CPU busy for `ms` without yielding: a stand-in for a heavy synchronous handler. */
function spin(ms: number): number {
  const until = Date.now() + ms;
  let n = 0;
  while (Date.now() < until) n += 1;
  return n;
}

const IN_FLIGHT = 20;
const BUDGET_MS = 300;
const BLOCK_MS = 1_000;

/** One way of running the commands, and how they ended. */
interface Outcome {
  ok: number;
  timeouts: number;
  /** Timeouts that `timed()` put down to a busy process. */
  blamedOnProcess: number;
}

interface EventLoopFigures {
  inFlight: number;
  budgetMs: number;
  blockMs: number;
  /** The CPU work on the event loop while the commands wait for their answers. */
  blocked: Outcome;
  /** No CPU work; the server answers after the budget (a proxy holds every answer). */
  slowServer: Outcome;
  /** The same CPU work on a worker thread. */
  offLoop: Outcome;
}

function format(run: EventLoopFigures): string {
  const line = (name: string, o: Outcome) =>
    `${name} ${o.ok} ok, ${o.timeouts} timed out (9), ${o.blamedOnProcess} of them put down to a busy process`;
  return [
    `${run.inFlight} reads in flight, each with a ${run.budgetMs} ms budget, against a healthy server:`,
    line(`  ${run.blockMs} ms of CPU work on the event loop:    `, run.blocked),
    line(`  the same work on a worker thread:          `, run.offLoop),
    `the same reads against a server slower than the budget:`,
    line(`  no CPU work in the process:                `, run.slowServer),
    '',
  ].join('\n');
}

async function reads(client: Aerospike.Client, key: Aerospike.Key, during: () => unknown): Promise<Outcome> {
  const policy = new Aerospike.ReadPolicy({ totalTimeout: BUDGET_MS, maxRetries: 0 });
  const pending = Array.from({ length: IN_FLIGHT }, () => timed(BUDGET_MS, () => client.get(key, policy)));
  await during();
  const outcomes = await Promise.allSettled(pending);
  const failures = outcomes.flatMap((o) => (o.status === 'rejected' ? [o.reason as unknown] : []));
  for (const failure of failures) if (!(failure instanceof TimeoutCause)) throw failure;
  return {
    ok: outcomes.length - failures.length,
    timeouts: failures.length,
    blamedOnProcess: failures.filter((f) => (f as TimeoutCause).busyProcess).length,
  };
}

describeLive('a blocked event loop looks like a timeout', () => {
  it('CPU work on the loop times out reads a healthy server answered; moved to a worker thread, none; a slow server is told apart', async () => {
    const key = await storedKey('loop', { v: 1 });
    const { blocked, offLoopOutcome } = await withClient(async (client) => ({
      blocked: await reads(client, key, () => spin(BLOCK_MS)),
      offLoopOutcome: await reads(client, key, () => offLoop(spin, BLOCK_MS)),
    }));
    const slowServer = await withFaultProxy(async (client, proxy) => {
      await proxy.delay(3 * BUDGET_MS);
      return reads(client, key, () => undefined);
    });
    const figures: EventLoopFigures = {
      inFlight: IN_FLIGHT,
      budgetMs: BUDGET_MS,
      blockMs: BLOCK_MS,
      blocked,
      slowServer,
      offLoop: offLoopOutcome,
    };
    const recorded = expectRecordedReport('event-loop/timeouts', figures, format);
    for (const run of [figures, recorded]) {
      expect(run.blocked).toEqual({ ok: 0, timeouts: run.inFlight, blamedOnProcess: run.inFlight });
      expect(run.offLoop).toEqual({ ok: run.inFlight, timeouts: 0, blamedOnProcess: 0 });
      expect(run.slowServer).toEqual({ ok: 0, timeouts: run.inFlight, blamedOnProcess: 0 });
    }
  }, 30_000);
});
