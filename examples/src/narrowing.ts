// #region narrowing
import * as Aerospike from 'aerospike';

/** Turns whatever a command threw into one log line. */
export function describeError(error: unknown): string {
  if (error instanceof Aerospike.AerospikeError) {
    // `code` is a number from Aerospike.status; `inDoubt` says a write may have been applied.
    const side = error.isServerError() ? 'server' : 'client';
    return `${side} error ${error.code}: ${Aerospike.status.getMessage(error.code)} (inDoubt=${error.inDoubt ?? false})`;
  }
  // Not from Aerospike: a bug in our own code, not a database condition.
  return `unexpected error: ${String(error)}`;
}
// #endregion narrowing
