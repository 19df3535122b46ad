// #region imports
import * as Aerospike from 'aerospike';
// #endregion imports

// #region client-timeouts
/**
 * Client-wide limits: how long to wait for a connection, and each command
 * type's default.
 */
export function configWithTimeouts(hosts: string): Aerospike.ConfigOptions {
  return {
    hosts,
    connTimeoutMs: 1_000, // connections to seeds and for cluster tending
    policies: {
      // Reads are safe to repeat: up to 2 retries inside a 500 ms budget.
      read: new Aerospike.ReadPolicy({
        socketTimeout: 200,
        totalTimeout: 500,
        maxRetries: 2,
      }),
      // Writes are not retried by the client unless you say so (default
      // maxRetries is 0).
      write: new Aerospike.WritePolicy({
        socketTimeout: 500,
        totalTimeout: 1_000,
        maxRetries: 0,
      }),
    },
  };
}
// #endregion client-timeouts

// #region command-timeout
/**
 * One command with its own deadline, overriding the client-wide read policy.
 */
export async function getWithin(
  client: Aerospike.Client,
  key: Aerospike.Key,
  totalTimeout: number,
) {
  const policy = new Aerospike.ReadPolicy({
    totalTimeout,
    socketTimeout: totalTimeout,
    maxRetries: 0,
  });
  return client.get(key, policy);
}
// #endregion command-timeout

// #region in-doubt
/** What is known about a write after it returned or failed. */
export type WriteOutcome = 'written' | 'not-written' | 'unknown';

/** Writes once and says honestly what is known about the outcome. */
export async function writeOnce(
  client: Aerospike.Client,
  key: Aerospike.Key,
  bins: Aerospike.AerospikeBins,
  policy?: Aerospike.WritePolicy,
): Promise<WriteOutcome> {
  try {
    await client.put(key, bins, null, policy);
    return 'written';
  } catch (error) {
    if (!(error instanceof Aerospike.AerospikeError)) throw error;
    // inDoubt: the request may have reached the server and been applied before
    // the connection broke or the timeout fired. Read the record back (or make
    // the write idempotent) before you try again.
    return error.inDoubt ? 'unknown' : 'not-written';
  }
}
// #endregion in-doubt
