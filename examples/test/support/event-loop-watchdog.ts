// A process whose main thread is blocked cannot time out a test: vitest's timers never fire
// and the run hangs until CI kills it. The Aerospike client can block it that way: closing a
// client while its tend thread balances connections deadlocks in native code
// (as_cluster_destroy waits for the tend lock, the tend thread waits for the event loop).
// A thread of its own (event-loop-watcher.cjs) watches the main thread's heartbeat. Once the
// main thread has not run for EVENT_LOOP_WATCHDOG_S seconds (120), it says so, kills the asd
// nodes this process started and deletes their dirs, then ends the process.
import path from 'node:path';
import { Worker } from 'node:worker_threads';

const LIMIT_S = Number(process.env.EVENT_LOOP_WATCHDOG_S ?? 120);
const STARTED = Date.now();

/** Starts the watchdog, once per process (setup files run again for every test file). */
export function watchEventLoop(): void {
  const state = globalThis as { __eventLoopWatchdog?: boolean };
  if (state.__eventLoopWatchdog) return;
  const beat = new Int32Array(new SharedArrayBuffer(4));
  setInterval(() => Atomics.store(beat, 0, Math.floor((Date.now() - STARTED) / 1000)), 1000).unref();
  const worker = new Worker(path.join(__dirname, 'event-loop-watcher.cjs'), {
    workerData: { beat: beat.buffer, started: STARTED, limit: LIMIT_S },
  });
  worker.unref();
  state.__eventLoopWatchdog = true;
}
