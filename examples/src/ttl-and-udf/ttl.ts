// #region imports
import * as Aerospike from 'aerospike';
// #endregion imports

// #region put-expiring
/**
 * Writes bins that expire `seconds` from now. A namespace whose nsup-period
 * is 0 refuses a TTL in seconds with ERR_FAIL_FORBIDDEN (22), and the error's
 * message does not say why: name the likely cause. It is a setting, so
 * sending the write again does not help.
 */
export async function putExpiring(
  client: Aerospike.Client,
  key: Aerospike.Key,
  bins: Aerospike.AerospikeBins,
  seconds: number,
): Promise<void> {
  try {
    await client.put(key, bins, { ttl: seconds });
  } catch (error) {
    if (
      error instanceof Aerospike.AerospikeError &&
      error.code === Aerospike.status.ERR_FAIL_FORBIDDEN
    ) {
      throw new Error(
        `namespace ${key.ns} refused a TTL (22): is its nsup-period 0?`,
        { cause: error },
      );
    }
    throw error;
  }
}
// #endregion put-expiring

// #region keep-ttl
/**
 * Updates bins and leaves the record's expiry as it was. A write that sets
 * no TTL gives the record the namespace's default-ttl again.
 */
export const updateKeepingTtl = (
  client: Aerospike.Client,
  key: Aerospike.Key,
  bins: Aerospike.AerospikeBins,
) => client.put(key, bins, { ttl: Aerospike.ttl.DONT_UPDATE });
// #endregion keep-ttl

// #region read-expiring
/**
 * Reads a record, or null when there is none. An expired record reads as
 * missing (ERR_RECORD_NOT_FOUND, 2) from the moment its TTL has passed.
 */
export async function readOrNull(
  client: Aerospike.Client,
  key: Aerospike.Key,
): Promise<Aerospike.AerospikeRecord | null> {
  try {
    return await client.get(key);
  } catch (error) {
    if (
      error instanceof Aerospike.AerospikeError &&
      error.code === Aerospike.status.ERR_RECORD_NOT_FOUND
    ) {
      return null;
    }
    throw error;
  }
}
// #endregion read-expiring
