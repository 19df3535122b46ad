// #region timeout-cause
import { monitorEventLoopDelay } from 'node:perf_hooks';
import * as Aerospike from 'aerospike';

// How late the event loop ran: the worst stall of the last second, or more.
const loopDelay = monitorEventLoopDelay({ resolution: 10 });
loopDelay.enable();
let lastSecondStallMs = 0;
setInterval(() => {
  lastSecondStallMs = loopDelay.max / 1e6;
  loopDelay.reset();
}, 1_000).unref();

/**
 * Runs a command; when it times out (9), says whether this process or the
 * server was to blame. A command's timer runs on the event loop: when the
 * loop is blocked, the timer fires late and the stall shows in the loop's
 * delay. A slow server leaves both on time.
 */
export async function timed<T>(
  budgetMs: number,
  command: () => Promise<T>,
): Promise<T> {
  const started = performance.now();
  try {
    return await command();
  } catch (error) {
    if (
      error instanceof Aerospike.AerospikeError &&
      error.code === Aerospike.status.ERR_TIMEOUT
    ) {
      const tookMs = performance.now() - started;
      // The monitor records a stall when the loop next runs its timers:
      // give it that turn before reading it.
      await new Promise((resolve) => setTimeout(resolve, 0));
      const stalledMs = Math.max(lastSecondStallMs, loopDelay.max / 1e6);
      const busy = tookMs > 1.5 * budgetMs && stalledMs > budgetMs / 2;
      throw new TimeoutCause(error, busy, tookMs, stalledMs);
    }
    throw error;
  }
}

/** A timeout, with what its timing says about its cause. */
export class TimeoutCause extends Error {
  constructor(
    readonly timeout: Aerospike.AerospikeError,
    /** True when this process's event loop, not the server, was too slow. */
    readonly busyProcess: boolean,
    readonly tookMs: number,
    readonly stalledMs: number,
  ) {
    super(
      `${busyProcess ? 'busy process' : 'slow server or network'}: timed ` +
        `out after ${Math.round(tookMs)} ms; the event loop stalled up to ` +
        `${Math.round(stalledMs)} ms`,
      { cause: timeout },
    );
  }
}
// #endregion timeout-cause
