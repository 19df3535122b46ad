// #region off-loop
import { Worker } from 'node:worker_threads';

/**
 * Runs a CPU-heavy, self-contained function on a worker thread, so that the
 * event loop, and the client's timers on it, keep running meanwhile. (For
 * steady work, a worker pool reuses its threads.)
 */
export function offLoop<A, R>(fn: (arg: A) => R, arg: A): Promise<R> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(
      `const { parentPort, workerData } = require('node:worker_threads');
       parentPort.postMessage((${fn.toString()})(workerData));`,
      { eval: true, workerData: arg },
    );
    worker.once('message', resolve);
    worker.once('error', reject);
  });
}
// #endregion off-loop
