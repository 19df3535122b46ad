// #region narrowing
import * as Aerospike from 'aerospike';

/** Turns whatever a command threw into one log line. */
export function describeError(error: unknown): string {
  if (error instanceof Aerospike.AerospikeError) {
    // `code` is a number from Aerospike.status; `inDoubt` says a write may have
    // been applied.
    const side = error.isServerError() ? 'server' : 'client';
    const meaning = Aerospike.status.getMessage(error.code);
    const inDoubt = error.inDoubt ?? false;
    return `${side} error ${error.code}: ${meaning} (inDoubt=${inDoubt})`;
  }
  // Not from Aerospike: a bug in our own code, not a database condition.
  return `unexpected error: ${String(error)}`;
}
// #endregion narrowing
