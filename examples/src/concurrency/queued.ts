// #region queued
import * as Aerospike from 'aerospike';

/**
 * Lets the client itself hold back what it cannot send yet: at most 40
 * commands run at once, the rest wait in its queue. Call it once, before
 * the first client connects: the queue is shared by the whole process.
 * With `maxCommandsInQueue` set, a command that finds the queue full fails
 * at once with -11 (ERR_ASYNC_QUEUE_FULL).
 */
export function queueCommands(maxCommandsInProcess = 40): void {
  Aerospike.setupGlobalCommandQueue({ maxCommandsInProcess });
}
// #endregion queued
