// #region imports
import * as Aerospike from 'aerospike';
// #endregion imports

// #region transient
const { status } = Aerospike;

/**
 * The codes worth another attempt: the same request may succeed a moment
 * later. Any other code will fail again the same way.
 */
export const RETRYABLE_CODES: ReadonlySet<number> = new Set([
  status.ERR_TIMEOUT, // 9: no answer in time
  status.ERR_ASYNC_CONNECTION, // -6: a command's connection broke or failed
  status.ERR_CONNECTION, // -10: the same in connect(), info() and friends
  status.ERR_NO_MORE_CONNECTIONS, // -7: every connection to the node busy
  status.ERR_INVALID_NODE, // -8: no live node for the partition yet
  status.ERR_CLUSTER, // 11: the node cannot serve the partition yet
  status.ERR_CLUSTER_CHANGE, // 7: a scan met a cluster in migration
  status.ERR_RECORD_BUSY, // 14: too many commands on one record (hot key)
  status.ERR_DEVICE_OVERLOAD, // 18: the server's disk is behind
  status.ERR_BATCH_QUEUES_FULL, // 152: the server's batch queues are full
  status.XDR_KEY_BUSY, // 32: the record waits for XDR to ship it
  status.EXPIRED_SESSION, // 66: the client logs in again by itself
]);

/** True for failures worth another attempt (see RETRYABLE_CODES). */
export function isTransient(error: unknown): error is Aerospike.AerospikeError {
  return (
    error instanceof Aerospike.AerospikeError &&
    RETRYABLE_CODES.has(Number(error.code))
  );
}
// #endregion transient

// #region with-retry
/** How {@link withRetry} retries; every field is optional. */
export interface RetryOptions {
  /** Attempts after the first one. */
  maxRetries?: number;
  /** Delay cap for the first retry, doubled for each one after it. */
  baseDelayMs?: number;
  /** Upper bound of any single delay. */
  maxDelayMs?: number;
  /**
   * True only if running the operation twice leaves the same state as running
   * it once.
   */
  idempotent?: boolean;
  /** Called before each retry; handy for metrics. */
  onRetry?: (
    error: Aerospike.AerospikeError,
    attempt: number,
    delayMs: number,
  ) => void;
}

/**
 * Runs `operation`, retrying transient failures with exponential backoff and
 * full jitter. Rethrows the last error, or at once any non-transient one.
 */
export async function withRetry<T>(
  operation: () => Promise<T>,
  options: RetryOptions = {},
): Promise<T> {
  const {
    maxRetries = 3,
    baseDelayMs = 50,
    maxDelayMs = 2_000,
    idempotent = false,
    onRetry,
  } = options;
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await operation();
    } catch (error) {
      if (!isTransient(error) || attempt > maxRetries) throw error;
      // A write that may already have been applied is repeated only if
      // repeating it is harmless.
      if (error.inDoubt && !idempotent) throw error;
      // "Full jitter": a random delay up to an exponentially growing cap, so
      // that many clients failing together do not all come back at the same
      // instant.
      const cap = Math.min(maxDelayMs, baseDelayMs * 2 ** (attempt - 1));
      const delayMs = Math.random() * cap;
      onRetry?.(error, attempt, delayMs);
      await new Promise((resolve) => setTimeout(resolve, delayMs));
    }
  }
}
// #endregion with-retry
