// #region specific-first
import * as Aerospike from 'aerospike';

/** The bins of a user profile record. */
export type Profile = {
  /** Display name. */
  name: string;
  /** Subscription plan. */
  plan: string;
};

const DEFAULT_PROFILE: Profile = { name: 'guest', plan: 'free' };

/**
 * Reads a profile, handling the most specific errors first. `onTimeout` is the
 * hook for a circuit breaker: count the failure, then let it propagate.
 */
export async function getProfile(
  client: Aerospike.Client,
  key: Aerospike.Key,
  onTimeout: (error: Aerospike.AerospikeError) => void = () => {},
): Promise<Profile> {
  try {
    const record = await client.get<Profile>(key);
    return record.bins;
  } catch (error) {
    // our bug, not Aerospike's
    if (!(error instanceof Aerospike.AerospikeError)) throw error;
    switch (error.code) {
      case Aerospike.status.ERR_RECORD_NOT_FOUND:
        return { ...DEFAULT_PROFILE }; // a normal outcome, not a failure
      case Aerospike.status.ERR_TIMEOUT:
        onTimeout(error);
        throw error;
      default:
        console.error(`Aerospike error ${error.code}: ${error.message}`);
        throw error;
    }
  }
}
// #endregion specific-first
