// #region imports
import * as Aerospike from 'aerospike';
// #endregion imports

// #region user-key

/**
 * Builds a key from untrusted input (a URL parameter, a JSON body). The client
 * accepts only strings, safe integers, BigInts and Buffers as user keys, and
 * throws a plain `TypeError` (not an AerospikeError) for anything else, so
 * check at the boundary and say what was wrong.
 */
export function userKey(raw: unknown): Aerospike.Key {
  if (typeof raw === 'string' && raw.length > 0)
    return new Aerospike.Key('test', 'users', raw);
  if (typeof raw === 'number' && Number.isSafeInteger(raw))
    return new Aerospike.Key('test', 'users', raw);
  throw new RangeError(
    `user id must be a non-empty string or a safe integer, ` +
      `got ${JSON.stringify(raw)}`,
  );
}
// #endregion user-key

// #region bin-names
/**
 * Bin names are at most 15 bytes; the client refuses longer ones with ERR_PARAM
 * (-2).
 */
export const MAX_BIN_NAME_BYTES = 15;

/** Throws a RangeError naming the first bin name the server would refuse. */
export function checkBinNames(bins: Aerospike.AerospikeBins): void {
  for (const name of Object.keys(bins)) {
    if (Buffer.byteLength(name, 'utf8') > MAX_BIN_NAME_BYTES) {
      throw new RangeError(
        `bin name "${name}" is longer than ${MAX_BIN_NAME_BYTES} bytes`,
      );
    }
  }
}
// #endregion bin-names
