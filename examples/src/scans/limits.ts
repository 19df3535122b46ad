// #region imports
import * as Aerospike from 'aerospike';
// #endregion imports

// #region limits
/** Limits for scans and queries, which have no total time limit by default. */
const limits = {
  // The whole scan or query, retries included: past it, the stream fails
  // with 9 ERR_TIMEOUT.
  totalTimeout: 15 * 60_000,
  // A node that sends nothing for this long fails its attempt with 9, and
  // the client tries that node's partitions again.
  socketTimeout: 10_000,
  // Rounds of such retries before the stream fails with the last error.
  maxRetries: 5,
};
export const scanPolicy = new Aerospike.ScanPolicy(limits);
export const queryPolicy = new Aerospike.QueryPolicy(limits);

/**
 * A client whose scans and queries get these limits. A policy passed to one
 * call replaces them: what it leaves out takes the client's built-in
 * default, not the value set here.
 */
export function connectWithLimits(hosts: string): Promise<Aerospike.Client> {
  return Aerospike.connect({
    hosts,
    policies: { scan: scanPolicy, query: queryPolicy },
  });
}
// #endregion limits
