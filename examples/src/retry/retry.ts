// #region imports
import * as Aerospike from 'aerospike';
import { classify } from '../result-codes/classification';
// #endregion imports

// #region transient
/**
 * True for failures worth another attempt: the request may succeed if sent
 * again a moment later. The result-code table decides, code by code.
 */
export function isTransient(error: unknown): error is Aerospike.AerospikeError {
  return (
    error instanceof Aerospike.AerospikeError &&
    classify(Number(error.code))?.retry === 'yes'
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
