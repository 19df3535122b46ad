// #region imports
import * as Aerospike from 'aerospike';
// #endregion imports

// #region create-only

/**
 * Writes the record only if it does not exist yet. Returns false when it
 * already did.
 */
export async function createIfAbsent(
  client: Aerospike.Client,
  key: Aerospike.Key,
  bins: Aerospike.AerospikeBins,
): Promise<boolean> {
  const createOnly = new Aerospike.WritePolicy({
    exists: Aerospike.policy.exists.CREATE,
  });
  try {
    await client.put(key, bins, null, createOnly);
    return true;
  } catch (error) {
    if (
      error instanceof Aerospike.AerospikeError &&
      error.code === Aerospike.status.ERR_RECORD_EXISTS
    ) {
      return false; // someone created it first: their record stays as it is
    }
    throw error;
  }
}
// #endregion create-only

// #region create-once
/**
 * createIfAbsent for a caller that retries after a timeout or a dropped
 * connection. The record carries who created it, so a retry that finds it
 * can tell its own earlier attempt (applied, but its answer lost) from a
 * record someone else created.
 */
export async function createOnce(
  client: Aerospike.Client,
  key: Aerospike.Key,
  bins: Aerospike.AerospikeBins,
  createdBy: string,
): Promise<'created' | 'exists'> {
  const createOnly = new Aerospike.WritePolicy({
    exists: Aerospike.policy.exists.CREATE,
  });
  try {
    await client.put(key, { ...bins, createdBy }, null, createOnly);
    return 'created';
  } catch (error) {
    if (
      !(error instanceof Aerospike.AerospikeError) ||
      error.code !== Aerospike.status.ERR_RECORD_EXISTS
    ) {
      throw error;
    }
    const existing = await client.get(key);
    return existing.bins.createdBy === createdBy ? 'created' : 'exists';
  }
}
// #endregion create-once

// #region upsert
/**
 * The default write policy is an upsert: create or replace bins, never
 * ERR_RECORD_EXISTS.
 */
export async function upsert(
  client: Aerospike.Client,
  key: Aerospike.Key,
  bins: Aerospike.AerospikeBins,
): Promise<void> {
  await client.put(key, bins);
}
// #endregion upsert
