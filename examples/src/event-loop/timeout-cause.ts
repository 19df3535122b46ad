// #region timeout-cause
import { performance } from 'node:perf_hooks';
import * as Aerospike from 'aerospike';

/**
 * Runs a command; when it times out (9), says whether this process or the
 * server was to blame. A command's timer runs on the event loop: when the
 * loop is blocked, the timer fires late, and the loop was busy running code
 * for most of the wait. A slow server leaves the timer on time and the loop
 * idle, waiting for the answer.
 */
export async function timed<T>(
  budgetMs: number,
  command: () => Promise<T>,
): Promise<T> {
  const started = performance.now();
  const loopBefore = performance.eventLoopUtilization();
  try {
    return await command();
  } catch (error) {
    if (
      error instanceof Aerospike.AerospikeError &&
      error.code === Aerospike.status.ERR_TIMEOUT
    ) {
      const tookMs = performance.now() - started;
      // The share of the wait the loop spent running code, not waiting.
      const { utilization } = performance.eventLoopUtilization(loopBefore);
      const busyMs = utilization * tookMs;
      const busy = tookMs > 1.5 * budgetMs && busyMs > budgetMs / 2;
      throw new TimeoutCause(error, busy, tookMs, busyMs);
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
    /** How long the event loop was busy running code during the wait. */
    readonly busyMs: number,
  ) {
    super(
      `${busyProcess ? 'busy process' : 'slow server or network'}: timed ` +
        `out after ${Math.round(tookMs)} ms, the event loop busy for ` +
        `${Math.round(busyMs)} ms of it`,
      { cause: timeout },
    );
  }
}
// #endregion timeout-cause
