// #region transient
import * as Aerospike from 'aerospike';

const { status } = Aerospike;

/**
 * Codes a command can fail with while a node dies, leaves or rejoins the
 * cluster: the same command may succeed a moment later. After a write fails
 * with one of them, the write may or may not have been applied.
 */
export const CLUSTER_TRANSIENT_CODES: ReadonlySet<
  Aerospike.AerospikeError['code']
> = new Set([
  status.ERR_TIMEOUT, // 9: no answer in time; a write may have been applied
  status.ERR_CONNECTION, // -10: the node's socket closed or refused
  status.ERR_ASYNC_CONNECTION, // -6
  status.ERR_NO_MORE_CONNECTIONS, // -7
  status.ERR_INVALID_NODE, // -8: the client has no node for the partition
  status.ERR_CLUSTER_CHANGE, // 7
  status.ERR_CLUSTER, // 11: partition unavailable
  status.ERR_RECORD_BUSY, // 14: too many writes queued on one record
  status.NO_RESPONSE, // -15
  // -14: the client's own circuit breaker: too many errors on one node
  // within a tend interval (maxErrorRate), so it fails commands at once.
  status.MAX_ERROR_RATE,
]);

/** True for an AerospikeError that is worth retrying while a cluster heals. */
export function isClusterTransient(
  error: unknown,
): error is Aerospike.AerospikeError {
  return (
    error instanceof Aerospike.AerospikeError &&
    CLUSTER_TRANSIENT_CODES.has(error.code)
  );
}
// #endregion transient

/** Waits a random moment that grows with `attempt`, up to `capMs`. */
export function backoff(attempt: number, capMs = 50): Promise<void> {
  const delayMs = Math.random() * Math.min(capMs, 2 ** attempt);
  return new Promise((resolve) => setTimeout(resolve, delayMs));
}
